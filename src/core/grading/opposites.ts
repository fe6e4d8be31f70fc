import type { Token } from '../text/tokenize.ts';
import type { PreparedAnswer } from './prepare-answer.ts';
import { baseForms, qualityForms } from './word-vectors.ts';

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
  /** The stems of the words it qualifies in the point ("numerical", "computations" of "fast"). */
  heads: ReadonlySet<string>;
  /** Said of the whole point ("makes the processing repeatable", "remotely"), not of a word after it. */
  isPredicate: boolean;
}

/** How many of the point's next words a qualifying word may qualify ("fine" of "fine-grained control"). */
const HEAD_TERMS = 2;

/**
 * The key point's telling words that have opposites, as it uses them: qualifying the words after them, or said
 * of the whole point. An opposite the rubric itself says is one of the things the question is about
 * ("structured" and "unstructured", "local" and "remote"), never a flip of the other.
 */
export function flippableWords(
  keyPoint: { phrases: readonly { terms: readonly TermLike[] }[] },
  index: OppositeIndex,
  rubricWords: ReadonlySet<string>,
): Flippable[] {
  const byStem = new Map<string, Flippable & { heads: Set<string> }>();
  for (const { terms } of keyPoint.phrases) {
    terms.forEach((term, i) => {
      const word = term.display.toLowerCase();
      if (!term.isTelling || term.isShared || term.negated || !/^[a-z]+$/.test(word)) return;
      const known = byStem.get(term.stem) ?? newFlippable(term, word, index, rubricWords);
      if (known === null) return;
      byStem.set(term.stem, known);
      const heads = terms.slice(i + 1, i + 1 + HEAD_TERMS).map((t) => t.stem);
      for (const head of heads) known.heads.add(head);
      if (heads.length === 0 || word.endsWith('ly')) known.isPredicate = true;
    });
  }
  return [...byStem.values()];
}

function newFlippable(
  term: TermLike,
  word: string,
  index: OppositeIndex,
  rubricWords: ReadonlySet<string>,
): (Flippable & { heads: Set<string> }) | null {
  // A superlative names one end of an order, and either end is often a right way ("the largest" or "the smallest").
  if (word.endsWith('est') && baseForms(word).some((w) => w !== word && index.has(w))) return null;
  // A plural or a verb's -s form names a thing or an act, not a quality: "hosts", "sits" ("lies" is no flip).
  if (/[^su]s$/.test(word)) return null;
  const opposites = new Set([...qualityForms(word).flatMap((w) => index.get(w) ?? [])]);
  if (ADJECTIVE_ENDING.test(word)) for (const prefix of NEGATING_PREFIXES) opposites.add(prefix + word);
  for (const said of rubricWords) opposites.delete(said);
  if (opposites.size === 0) return null;
  return { stem: term.stem, display: term.display, opposites, heads: new Set(), isPredicate: false };
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
    if (word === undefined || matched.includes(tokenIndex) || tokens[tokenIndex]!.isStopword) continue;
    const sentence = tokens[tokenIndex]!.sentence;
    const reach = FLIP_WINDOW_TOKENS + (isNon ? 1 : 0);
    const inPlace = word.isPredicate
      ? matched.some((m) => tokens[m]!.sentence === sentence && Math.abs(m - tokenIndex) <= reach)
      : qualifiesAHead(answer, word, tokenIndex, reach);
    if (inPlace && !saysItself(answer, word, sentence)) return { tokenIndex, word };
  }
  return null;
}

/**
 * The opposite stands where the word stands in the point: just before a word it qualifies ("slow numerical"),
 * or said of it ("the control is coarse").
 */
function qualifiesAHead(
  answer: Pick<PreparedAnswer, 'tokens' | 'occurrences'>,
  word: Flippable,
  tokenIndex: number,
  reach: number,
): boolean {
  const sentence = answer.tokens[tokenIndex]!.sentence;
  for (const head of word.heads) {
    for (const o of answer.occurrences.get(head) ?? []) {
      if (o.sentence !== sentence) continue;
      if (o.tokenIndex > tokenIndex && o.tokenIndex - tokenIndex <= reach) return true;
      if (
        o.tokenIndex < tokenIndex &&
        tokenIndex - o.tokenIndex <= reach &&
        saysOfIt(answer.tokens, o.tokenIndex, tokenIndex)
      )
        return true;
    }
  }
  return false;
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

const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** A copula between the head and the word after it: the word is said of the head ("the API is inconsistent"). */
function saysOfIt(tokens: readonly Token[], head: number, word: number): boolean {
  for (let i = head + 1; i < word; i += 1) if (COPULAS.has(tokens[i]!.word)) return true;
  return false;
}
