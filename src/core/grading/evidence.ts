import type { PreparedAnswer } from './prepare-answer.ts';
import { MAX_EVIDENCE_CHARACTERS } from './thresholds.ts';

/** The answer's own words around the matched tokens, as the candidate wrote them. */
export function quoteEvidence(answer: PreparedAnswer, tokenIndexes: number[]): string | null {
  if (tokenIndexes.length === 0) return null;
  const sorted = [...tokenIndexes].sort((a, b) => a - b);
  const first = answer.tokens[sorted[0]!]!;
  const last = answer.tokens[sorted[sorted.length - 1]!]!;
  const span = answer.text.slice(first.start, last.end);
  if (span.length <= MAX_EVIDENCE_CHARACTERS) return collapseSpaces(span);
  const words = sorted.map((i) => answer.text.slice(answer.tokens[i]!.start, answer.tokens[i]!.end));
  return collapseSpaces(words.join(' … ')).slice(0, MAX_EVIDENCE_CHARACTERS);
}

/** Widens denied tokens back to the negation cue that denies them, so the quote shows the denial. */
export function withNegationCue(answer: PreparedAnswer, tokenIndexes: number[]): number[] {
  if (tokenIndexes.length === 0) return tokenIndexes;
  const firstDenied = Math.min(...tokenIndexes);
  for (let i = firstDenied - 1; i >= Math.max(0, firstDenied - 8); i -= 1) {
    if (answer.tokens[i]!.isNegationCue) return [i, ...tokenIndexes];
  }
  return tokenIndexes;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
