import { tokenize } from '../text/tokenize.ts';

/**
 * How telling each word is, from a pool of texts on the same subject (the bank's questions and model
 * answers, or a benchmark's questions and reference answers; never graded answers): a word found in most
 * texts of the pool ("function" in a programming course) says less than one found in few ("prototype").
 */
export interface TermWeights {
  /** 0-1 rarity of a stem in the pool; stems the pool never uses count as rare (1). */
  rarityOf(stem: string): number;
}

export function buildTermWeights(texts: readonly string[]): TermWeights {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) {
    const stems = new Set(
      tokenize(text)
        .filter((t) => !t.isStopword)
        .map((t) => t.stem),
    );
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const n = texts.length;
  const maxIdf = Math.log(1 + n);
  return {
    rarityOf(stem) {
      const df = documentFrequency.get(stem);
      return df === undefined || n === 0 ? 1 : Math.log(1 + n / df) / maxIdf;
    },
  };
}
