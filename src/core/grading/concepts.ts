import type { Concept } from '../bank/schema.ts';
import { tokenize } from '../text/tokenize.ts';

/** A concept's forms as the stems of their words, in order, so a phrase that says one can be respelt with another. */
export interface ConceptIndex {
  concepts: { forms: { text: string; stems: string[] }[] }[];
}

/** More respellings than this per key point would slow grading for little gain. */
const MAX_RESPELLINGS = 12;

export function buildConceptIndex(concepts: readonly Concept[]): ConceptIndex {
  return {
    concepts: concepts.map((c) => ({
      forms: c.forms.map((text) => ({ text, stems: tokenize(text).map((t) => t.stem) })),
    })),
  };
}

/**
 * The phrase said with each other form of every concept it names ("data lives in data lakes" →
 * "data lives in one big shared pool"): authored meaning, matched with the same lexical rules at run time.
 */
export function respell(phrase: string, index: ConceptIndex): string[] {
  const tokens = tokenize(phrase);
  const stems = tokens.map((t) => t.stem);
  const out: string[] = [];
  for (const concept of index.concepts) {
    for (const form of concept.forms) {
      const at = indexOfRun(stems, form.stems);
      if (at < 0) continue;
      const before = phrase.slice(0, tokens[at]!.start);
      const after = phrase.slice(tokens[at + form.stems.length - 1]!.end);
      for (const other of concept.forms) if (other !== form) out.push(`${before}${other.text}${after}`.trim());
      break;
    }
    if (out.length >= MAX_RESPELLINGS) break;
  }
  return out.slice(0, MAX_RESPELLINGS);
}

function indexOfRun(stems: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  for (let i = 0; i + run.length <= stems.length; i += 1) if (run.every((s, k) => stems[i + k] === s)) return i;
  return -1;
}
