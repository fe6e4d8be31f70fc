import { normalizeWord } from '../text/normalize.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’+#-]*/gu;

/** The words as a candidate chose them: spaces collapsed, no line breaks. */
export function cleanAppealWords(words: string): string {
  return words.replace(/\s+/g, ' ').trim();
}

/**
 * True when every word chosen is a word of the answer, in the answer's order (words may be left out
 * between them, as when an answer is cut down to the phrase that makes the point). Case, accents and
 * punctuation do not matter.
 */
export function areWordsOfAnswer(words: string, answer: string): boolean {
  const chosen = (words.match(WORD) ?? []).map(normalizeWord);
  const said = (answer.match(WORD) ?? []).map(normalizeWord);
  if (chosen.length === 0) return false;
  let at = 0;
  for (const word of chosen) {
    while (at < said.length && said[at] !== word) at += 1;
    if (at === said.length) return false;
    at += 1;
  }
  return true;
}
