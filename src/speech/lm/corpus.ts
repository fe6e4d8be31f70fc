import type { Bank } from '../../core/bank/schema.ts';
import { normalizeWord } from '../../core/text/normalize.ts';

/** Everything a speaker answering from the bank is likely to say: prompts, model answers, hints, key points. */
export function bankTexts(bank: Bank): string[] {
  return bank.questions.flatMap((q) => [
    q.prompt,
    q.modelAnswer,
    ...q.hints,
    ...q.rubric.keyPoints.flatMap((k) => [k.text, ...k.aliases]),
  ]);
}

const SENTENCE_BREAK = /[.!?;:\n]+(?:\s|$)|[()"“”]/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Texts as sentences of spoken words, lowercase, the way the recogniser writes them: hyphenated terms are
 * separate words ("scikit-learn" → scikit learn), which is also how the grader tokenizes them.
 */
export function toSentences(texts: readonly string[]): string[][] {
  return texts
    .flatMap((text) => text.split(SENTENCE_BREAK))
    .map((sentence) =>
      [...sentence.matchAll(WORD)].map((m) => normalizeWord(m[0]).replace(/[^a-z0-9']/g, '')).filter((w) => w !== ''),
    )
    .filter((words) => words.length > 0);
}
