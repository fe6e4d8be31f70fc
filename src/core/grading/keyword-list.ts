import type { Token } from '../text/tokenize.ts';
import type { CompiledKeyPoint } from './compile-rubric.ts';

const LIST_SEPARATORS = /[,;|/\n•·*]|\s-\s/g;
const MAX_STOPWORD_SHARE = 0.15;
const MAX_WORDS_PER_ITEM = 3;
const MAX_CONCEPT_TERMS = 2;

/**
 * A bare list of terms ("SQL, data lake, ETL") rather than an explanation: almost no function words, and
 * items of a few words each. Such an answer names things without saying how they relate.
 */
export function isKeywordList(text: string, tokens: Token[]): boolean {
  if (tokens.length === 0) return false;
  const stopwords = tokens.filter((t) => t.isStopword).length;
  if (stopwords / tokens.length > MAX_STOPWORD_SHARE) return false;
  const items = text.split(LIST_SEPARATORS).filter((item) => /[\p{L}\p{N}]/u.test(item));
  const wordsPerItem = tokens.length / Math.max(1, items.length);
  // A single short phrase ("file scope") is a terse answer, not a list: it is judged on what it says.
  return items.length >= 2 && wordsPerItem <= MAX_WORDS_PER_ITEM;
}

/**
 * A rubric whose every key point is a bare concept of a word or two ("abstraction", "reusability") asks for
 * concepts to be named, so naming them in a list is a full answer, not a dodge.
 */
export function asksForConcepts(keyPoints: readonly CompiledKeyPoint[]): boolean {
  return keyPoints.every((k) => (k.phrases[0]?.terms.length ?? 0) <= MAX_CONCEPT_TERMS);
}
