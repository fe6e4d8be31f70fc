import type { Token } from '../text/tokenize.ts';
import type { PreparedAnswer } from './prepare-answer.ts';
import { baseForms } from './word-vectors.ts';

/** Each word's opposites (WordNet antonyms, adjective satellites included), built once from the pairs. */
export type OppositeIndex = ReadonlyMap<string, readonly string[]>;

export function buildOppositeIndex(pairs: ReadonlySet<string>): OppositeIndex {
  const index = new Map<string, string[]>();
  for (const pair of pairs) {
    const [a, b] = pair.split(' ');
    if (a === undefined || b === undefined) continue;
    push(index, a, b);
    push(index, b, a);
  }
  return index;
}

function push(index: Map<string, string[]>, word: string, opposite: string): void {
  const list = index.get(word);
  if (list === undefined) index.set(word, [opposite]);
  else list.push(opposite);
}

const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis'];

/** Only a quality is negated by a prefix: "inconsistent", "unstructured", not "inplace" (in place). */
const ADJECTIVE_ENDING = /(?:ent|ant|ive|able|ible|al|ed|ful|ous|ic|ar|ary|ory)$/;

/** What a compiled phrase's term says of a word (compile-rubric's Term). */
interface TermLike {
  stem: string;
  display: string;
  isTelling: boolean;
  isShared: boolean;
  negated: boolean;
}

/** A telling word of a key point and the words that say its opposite ("fast": "slow", "sluggish"). */
export interface Flippable {
  stem: string;
  display: string;
  /** Base forms of its opposites, and its negations by prefix. */
  opposites: ReadonlySet<string>;
}

/**
 * The key point's telling words that have opposites. An opposite the rubric itself says is one of the things
 * the question is about ("structured" and "unstructured", "local" and "remote"), never a flip of the other.
 */
export function flippableWords(
  keyPoint: { phrases: readonly { terms: readonly TermLike[] }[] },
  index: OppositeIndex,
  rubricWords: ReadonlySet<string>,
): Flippable[] {
  const seen = new Set<string>();
  const flippable: Flippable[] = [];
  for (const term of keyPoint.phrases.flatMap((p) => p.terms)) {
    const word = term.display.toLowerCase();
    if (!term.isTelling || term.isShared || term.negated || seen.has(term.stem) || !/^[a-z]+$/.test(word)) continue;
    seen.add(term.stem);
    // A superlative names one end of an order, and either end is often a right way ("the largest" or "the smallest").
    if (word.endsWith('est') && baseForms(word).some((w) => w !== word && index.has(w))) continue;
    const opposites = new Set([...baseForms(word).flatMap((w) => index.get(w) ?? [])]);
    if (ADJECTIVE_ENDING.test(word)) for (const prefix of NEGATING_PREFIXES) opposites.add(prefix + word);
    for (const said of rubricWords) opposites.delete(said);
    if (opposites.size > 0) flippable.push({ stem: term.stem, display: term.display, opposites });
  }
  return flippable;
}

/** How far (in tokens) a flipped word may sit from the rest of the point it flips: it qualifies a word of it. */
export const FLIP_WINDOW_TOKENS = 3;

export interface Flip {
  /** The answer's opposite word. */
  tokenIndex: number;
  word: Flippable;
}

/**
 * "slow numerical calculations" for "fast numerical computations": a word of the point said by its opposite
 * right beside the point's other words, in the same sentence that does not also say the word itself. Denied
 * ("not slow"), it is no flip: it says the point.
 */
export function findFlip(
  flippable: readonly Flippable[],
  answer: Pick<PreparedAnswer, 'tokens' | 'opposed' | 'occurrences'>,
  matched: readonly number[],
): Flip | null {
  if (flippable.length === 0 || matched.length === 0 || answer.opposed.length === 0) return null;
  const { tokens } = answer;
  for (const { tokenIndex, stems } of answer.opposed) {
    const isNon = tokens[tokenIndex]!.word === 'non';
    // "non constant" where the rubric itself says "nonconstant" is the rubric's own word, spelt apart.
    const word = flippable.find((w) => stems.includes(w.stem) && (!isNon || w.opposites.has(`non${w.display}`)));
    if (word === undefined || matched.includes(tokenIndex)) continue;
    const sentence = tokens[tokenIndex]!.sentence;
    const near = matched.some(
      (m) => tokens[m]!.sentence === sentence && Math.abs(m - tokenIndex) <= FLIP_WINDOW_TOKENS + (isNon ? 1 : 0),
    );
    if (near && !saysItself(answer, word, sentence)) return { tokenIndex, word };
  }
  return null;
}

/** The sentence also says the word itself, or what states it ("lowest (or highest)" for "smallest"). */
function saysItself(
  answer: Pick<PreparedAnswer, 'tokens' | 'occurrences'>,
  word: Flippable,
  sentence: number,
): boolean {
  const { tokens } = answer;
  return (answer.occurrences.get(word.stem) ?? []).some(
    (o) => o.sentence === sentence && !o.negated && tokens[o.tokenIndex - 1]?.word !== 'non',
  );
}
