import { describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../../src/adapters/fs/load-bank.ts';
import { loadWordMeanings } from '../../../src/adapters/fs/word-vectors.ts';
import { tokenize } from '../../../src/core/text/tokenize.ts';

describe('the shipped word vectors (assets/word-vectors.bin)', () => {
  const meanings = loadWordMeanings();

  it('hold the 40,000 most frequent English words and the nearness data', () => {
    expect(meanings.vectors.size).toBeGreaterThanOrEqual(40_000);
    expect(meanings.vectors.rank('the')).toBe(0);
    expect(meanings.vectors.cosine('unix', 'linux')).toBeGreaterThan(0.65);
    expect(meanings.vectors.nearestFloor('linux', 5)).toBeGreaterThan(0);
    expect(meanings.antonyms.has('fast slow')).toBe(true);
  });

  it("hold the bank's vocabulary: every content word of its key points, but tool names GloVe never saw", async () => {
    const { bank } = await loadBank(defaultBankRoot());
    const words = new Set(
      bank!.questions.flatMap((q) =>
        q.rubric.keyPoints.flatMap((k) =>
          tokenize([k.text, ...k.aliases].join(' . '))
            .filter((t) => !t.isStopword && /^[a-z]{3,}$/.test(t.word))
            .map((t) => t.word),
        ),
      ),
    );
    const missing = [...words].filter((w) => !meanings.vectors.has(w));
    // GloVe (2014) never saw "jupyter", "pycharm", "dataframes", "scipy": 29 of the 794 words today.
    expect(missing.length / words.size).toBeLessThan(0.05);
    for (const word of ['linux', 'sql', 'schema', 'notebook', 'pandas', 'numpy', 'etl', 'preprocessing'])
      expect(meanings.vectors.has(word), word).toBe(true);
  });
});
