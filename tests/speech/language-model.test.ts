import { describe, expect, it } from 'vitest';
import { buildArpa } from '../../src/speech/lm/arpa.ts';
import { toSentences } from '../../src/speech/lm/corpus.ts';
import { ipaToArpabet, spellLetters } from '../../src/speech/lm/ipa-to-arpabet.ts';

interface Arpa {
  unigrams: Map<string, { p: number; bow: number }>;
  bigrams: Map<string, number>;
}

function parseArpa(text: string): Arpa {
  const unigrams = new Map<string, { p: number; bow: number }>();
  const bigrams = new Map<string, number>();
  let section = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('\\')) section = line;
    const parts = line.trim().split(/\s+/);
    if (section === '\\1-grams:' && parts.length >= 2)
      unigrams.set(parts[1]!, { p: 10 ** Number(parts[0]), bow: 10 ** Number(parts[2] ?? 0) });
    if (section === '\\2-grams:' && parts.length === 3) bigrams.set(`${parts[1]} ${parts[2]}`, 10 ** Number(parts[0]));
  }
  return { unigrams, bigrams };
}

/** P(word | history) the way pocketsphinx reads an ARPA model: the bigram, or backoff × unigram. */
function probability(arpa: Arpa, history: string, word: string): number {
  return arpa.bigrams.get(`${history} ${word}`) ?? arpa.unigrams.get(history)!.bow * arpa.unigrams.get(word)!.p;
}

describe('buildArpa', () => {
  const sentences = [
    ['data', 'lakes', 'hold', 'raw', 'data'],
    ['data', 'lakes', 'live', 'on', 'servers'],
    ['raw', 'data'],
  ];
  const arpa = parseArpa(buildArpa(sentences, ['the', 'we', 'data']));

  it('writes the header counts that match its sections', () => {
    const text = buildArpa(sentences, ['the']);
    const count = (n: number) => Number(new RegExp(`ngram ${n}=(\\d+)`).exec(text)![1]);
    expect(count(1)).toBe(parseArpa(text).unigrams.size);
    expect(count(2)).toBe(parseArpa(text).bigrams.size);
    expect(text.trimEnd().endsWith('\\end\\')).toBe(true);
  });

  it('gives every history a distribution that sums to one over the vocabulary', () => {
    const vocabulary = [...arpa.unigrams.keys()].filter((w) => w !== '<s>');
    for (const history of ['<s>', 'data', 'lakes', 'raw', 'servers', 'the']) {
      const total = vocabulary.reduce((sum, word) => sum + probability(arpa, history, word), 0);
      expect(total).toBeCloseTo(1, 3);
    }
  });

  it('keeps common words possible and prefers the bank wording after a bank word', () => {
    expect(arpa.unigrams.get('we')!.p).toBeGreaterThan(0);
    expect(probability(arpa, 'data', 'lakes')).toBeGreaterThan(probability(arpa, 'data', 'we'));
    expect(arpa.unigrams.get('<s>')!.p).toBeLessThan(1e-90);
  });
});

describe('toSentences', () => {
  it('splits sentences, lowercases, and splits hyphenated terms as the grader does', () => {
    expect(toSentences(["We use scikit-learn; NumPy's arrays.\nETL (extract, transform, load) pipelines"])).toEqual([
      ['we', 'use', 'scikit', 'learn'],
      ["numpy's", 'arrays'],
      ['etl'],
      ['extract', 'transform', 'load'],
      ['pipelines'],
    ]);
  });
});

describe('ipaToArpabet', () => {
  it.each([
    ['d\u200dʒˈʌpa\u200dɪɾɚ', 'JH AH P AY T ER'],
    ['nˈʌmpi', 'N AH M P IY'],
    ['ˌɛmˈɛl', 'EH M EH L'],
    ['tˈuː dˈiː', 'T UW D IY'],
    ['ˌɑː\u200dɹɹˈɛm', 'AA R EH M'],
  ])('%s → %s', (ipa, phones) => {
    expect(ipaToArpabet(ipa)).toBe(phones);
  });

  it('spells acronyms letter by letter and refuses anything else', () => {
    expect(spellLetters('ssh')).toBe('EH S EH S EY CH');
    expect(spellLetters('2d')).toBeNull();
  });
});
