import { DISMISSAL_BACK_SCOPE_TOKENS, isDismissal } from '../text/negation.ts';
import type { Token } from '../text/tokenize.ts';
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

/**
 * Widens denied tokens to the negation cue that denies them, so the quote shows the denial: the cue before them in
 * their clause ("we never use SQL"), or else the one after them that reaches back ("SSH is hardly ever needed",
 * "checking the logs is pointless"), with the word it says of them.
 */
export function withNegationCue(answer: PreparedAnswer, tokenIndexes: number[]): number[] {
  if (tokenIndexes.length === 0) return tokenIndexes;
  const tokens = answer.tokens;
  const firstDenied = Math.min(...tokenIndexes);
  for (let i = firstDenied - 1; i >= Math.max(0, firstDenied - 8); i -= 1) {
    if (tokens[i]!.clause !== tokens[firstDenied]!.clause) break;
    if (tokens[i]!.isNegationCue) return [i, ...tokenIndexes];
  }
  const lastDenied = Math.max(...tokenIndexes);
  const end = Math.min(tokens.length, lastDenied + 1 + CUE_AFTER_DENIED_TOKENS);
  for (let i = lastDenied + 1; i < end && tokens[i]!.clause === tokens[lastDenied]!.clause; i += 1) {
    if (tokens[i]!.isNegationCue) return [...tokenIndexes, i, ...wordSaidBy(tokens, i)];
  }
  return tokenIndexes;
}

/** How far after what it denies a cue may stand: as far as a dismissal reaches back. */
const CUE_AFTER_DENIED_TOKENS = DISMISSAL_BACK_SCOPE_TOKENS;

/**
 * What a denying adverb says of them, the content word after it in its clause ("hardly ever needed", "never
 * reached"); a dismissal is itself what is said ("is pointless"), but for "a waste of time".
 */
function wordSaidBy(tokens: readonly Token[], cue: number): number[] {
  const word = tokens[cue]!.word;
  if (isDismissal(word) && word !== 'waste') return [];
  for (let i = cue + 1; i < Math.min(tokens.length, cue + 4) && tokens[i]!.clause === tokens[cue]!.clause; i += 1)
    if (!tokens[i]!.isStopword && tokens[i]!.word !== 'ever') return [i];
  return [];
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
