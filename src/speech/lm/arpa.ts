/** A bigram language model in the ARPA text format pocketsphinx reads with `-lm`. Pure. */

export interface ArpaOptions {
  /** Absolute discount taken from each seen bigram and given to the unigram backoff. */
  discount?: number;
  /** Pseudo-count every word gets, so words the bank never uses (common English) stay possible. */
  unigramFloor?: number;
}

const START = '<s>';
const END = '</s>';

/**
 * Katz-style backoff model: unigrams are bank counts plus a floor for every word of the vocabulary
 * (bank and common words alike); seen bigrams are discounted, and each history's backoff weight makes
 * its distribution sum to one.
 */
export function buildArpa(
  sentences: readonly string[][],
  extraWords: readonly string[],
  options: ArpaOptions = {},
): string {
  const discount = options.discount ?? 0.5;
  const floor = options.unigramFloor ?? 1;
  const unigramCounts = new Map<string, number>();
  const bigramCounts = new Map<string, Map<string, number>>();
  const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const sentence of sentences) {
    const words = [START, ...sentence, END];
    words.forEach((word, i) => {
      if (word !== START) add(unigramCounts, word);
      if (i > 0)
        add(bigramCounts.get(words[i - 1]!) ?? bigramCounts.set(words[i - 1]!, new Map()).get(words[i - 1]!)!, word);
    });
  }
  for (const word of extraWords) if (!unigramCounts.has(word) && word !== START) unigramCounts.set(word, 0);
  unigramCounts.set(END, unigramCounts.get(END) ?? 0);

  const total = [...unigramCounts.values()].reduce((a, b) => a + b, 0) + floor * unigramCounts.size;
  const unigram = new Map([...unigramCounts].map(([w, c]) => [w, (c + floor) / total]));
  const unigramLines = [`-99.0000 ${START} ${log(backoffWeight(START))}`];
  for (const word of [...unigram.keys()].sort())
    unigramLines.push(
      `${log(unigram.get(word)!)} ${word}${bigramCounts.has(word) ? ` ${log(backoffWeight(word))}` : ''}`,
    );
  const bigramLines: string[] = [];
  for (const [history, followers] of [...bigramCounts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const historyCount = sum(followers.values());
    for (const [word, count] of [...followers].sort(([a], [b]) => (a < b ? -1 : 1))) {
      bigramLines.push(`${log((count - discount) / historyCount)} ${history} ${word}`);
    }
  }
  return [
    '\\data\\',
    `ngram 1=${unigramLines.length}`,
    `ngram 2=${bigramLines.length}`,
    '',
    '\\1-grams:',
    ...unigramLines,
    '',
    '\\2-grams:',
    ...bigramLines,
    '',
    '\\end\\',
    '',
  ].join('\n');

  function backoffWeight(history: string): number {
    const followers = bigramCounts.get(history);
    if (followers === undefined) return 1;
    const left = (discount * followers.size) / sum(followers.values());
    const seenMass = sum([...followers.keys()].map((w) => unigram.get(w) ?? 0));
    return left / Math.max(1e-9, 1 - seenMass);
  }
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function log(p: number): string {
  return Math.log10(p).toFixed(4);
}
