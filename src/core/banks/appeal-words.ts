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

/**
 * The answer as the appeal box offers it to be cut down: whole when it fits in `max` characters, else the
 * `max` characters around the evidence the grader quoted for the point (where the words likely are), else
 * its beginning; a word cut at either edge is left out, so every word offered is one of the answer's.
 */
export function appealDraft(answer: string, max: number, evidence: string | null = null): string {
  if (answer.length <= max) return answer;
  const at = evidence === null || evidence === '' ? -1 : answer.indexOf(evidence);
  const centred = at < 0 ? 0 : at - Math.floor((max - (evidence?.length ?? 0)) / 2);
  const start = Math.max(0, Math.min(centred, answer.length - max));
  const end = start + max;
  let part = answer.slice(start, end);
  if (start > 0 && /\S/.test(answer[start - 1] ?? '')) part = part.replace(/^\S*/, '');
  if (end < answer.length && /\S/.test(answer[end] ?? '')) part = part.replace(/\S*$/, '');
  return part.trim();
}
