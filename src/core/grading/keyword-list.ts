import type { Token } from '../text/tokenize.ts';

const LIST_SEPARATORS = /[,;|/\n•·*]|\s-\s/g;
const MAX_STOPWORD_SHARE = 0.15;
const MAX_WORDS_PER_ITEM = 3;

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
  return items.length >= 2 ? wordsPerItem <= MAX_WORDS_PER_ITEM : tokens.length <= MAX_WORDS_PER_ITEM + 1;
}
