import { areOpposites, type WordMeanings } from './word-vectors.ts';
import { VECTOR_MIN_COSINE, VECTOR_MIN_RANK, VECTOR_NEAREST } from './thresholds.ts';

/** A rubric word an answer word may stand for by meaning, and that word's stem. */
export interface RubricWord {
  word: string;
  stem: string;
}

/**
 * The rubric word an answer word means, by its word vector: the closest above VECTOR_MIN_COSINE that is not
 * its opposite. Answer words the rubric's claims give as what a thing is not never count, and neither do the
 * most frequent English words (VECTOR_MIN_RANK) on either side: they sit close to everything.
 */
export function closestRubricWord(
  answerWord: string,
  rubricWords: readonly RubricWord[],
  meanings: WordMeanings,
  blocked: ReadonlySet<string>,
): { stem: string; cosine: number } | null {
  const rank = meanings.vectors.rank(answerWord);
  if (rank === undefined || rank < VECTOR_MIN_RANK || blocked.has(answerWord)) return null;
  let best: { stem: string; cosine: number } | null = null;
  for (const { word, stem } of rubricWords) {
    if ((meanings.vectors.rank(word) ?? 0) < VECTOR_MIN_RANK) continue;
    const cosine = meanings.vectors.cosine(answerWord, word);
    if (cosine === undefined || cosine < VECTOR_MIN_COSINE || (best !== null && cosine <= best.cosine)) continue;
    if (!areMutuallyNear(answerWord, word, cosine, meanings) || areOpposites(answerWord, word, meanings.antonyms))
      continue;
    best = { stem, cosine };
  }
  return best;
}

/**
 * Each is among the other's VECTOR_NEAREST nearest words: a word close to everything ("else", "happens") is
 * nobody's near neighbour, so it states nothing. Without the file's nearness data, cosine alone decides.
 */
function areMutuallyNear(a: string, b: string, cosine: number, meanings: WordMeanings, k = VECTOR_NEAREST): boolean {
  const floorA = meanings.vectors.nearestFloor(a, k) ?? 0;
  const floorB = meanings.vectors.nearestFloor(b, k) ?? 0;
  // The floors are stored in 1/255 steps; a pair on the step must not fall out by rounding.
  return cosine + 1 / 255 >= floorA && cosine + 1 / 255 >= floorB;
}

/** Authoring: a neighbour is proposed when each word is among the other's this many nearest. */
const PROPOSAL_NEAREST = 10;
/** The commonest English words (GloVe's first ones) are function-like: never proposed. */
const PROPOSAL_MIN_RANK = 300;

/**
 * Words an author might accept as another way to say `word` (for `rubric suggest`): its nearest words that are
 * mutually near, not its opposites and not among the commonest words. Vectors also put related words close
 * (co-hyponyms like "cpu" and "gpu"), so these are proposals to review, never used as they come.
 */
export function vectorNeighbours(word: string, meanings: WordMeanings, n: number): { word: string; cosine: number }[] {
  const lower = word.toLowerCase();
  return meanings.vectors
    .nearest(lower, n * 3)
    .filter(
      ({ word: other, cosine }) =>
        (meanings.vectors.rank(other) ?? 0) >= PROPOSAL_MIN_RANK && /^[a-z][a-z-]+$/.test(other),
    )
    .filter(({ word: other, cosine }) => areMutuallyNear(lower, other, cosine, meanings, PROPOSAL_NEAREST))
    .filter(({ word: other }) => !areOpposites(lower, other, meanings.antonyms))
    .slice(0, n);
}
