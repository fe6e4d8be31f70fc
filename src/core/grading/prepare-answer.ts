import { tokenize, type Token } from '../text/tokenize.ts';
import type { FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { qualityForms } from './word-vectors.ts';

export interface Occurrence {
  tokenIndex: number;
  sentence: number;
  strength: number;
  negated: boolean;
  /**
   * Set when an abbreviation states this stem ("sql" states "structured"): the stems of its whole spelt-out
   * form. It states them only in a phrase that says that whole form, never one word of it alone.
   */
  expansion: readonly string[] | null;
}

/** An answer tokenized once and indexed by the rubric stems its words match. */
export interface PreparedAnswer {
  text: string;
  tokens: Token[];
  occurrences: Map<string, Occurrence[]>;
  /** Words said, not denied, that are the opposite of a rubric word: each with the stems it opposes. */
  opposed: readonly OpposedWord[];
}

export interface OpposedWord {
  tokenIndex: number;
  stems: readonly string[];
}

/** `opposites`: the base forms of the rubric words' opposites, each with the stems of the words it opposes. */
export function prepareAnswer(
  text: string,
  vocabulary: FuzzyVocabulary,
  opposites: ReadonlyMap<string, readonly string[]> = NO_OPPOSITES,
): PreparedAnswer {
  const tokens = tokenize(text);
  const occurrences = new Map<string, Occurrence[]>();
  const opposed: OpposedWord[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    indexToken(tokens, i, vocabulary, occurrences);
    if (opposites.size > 0) indexOpposite(tokens, i, opposites, occurrences, opposed);
  }
  return { text, tokens, occurrences, opposed };
}

const NO_OPPOSITES: ReadonlyMap<string, readonly string[]> = new Map();
const INFLECTED = /(?:s|ed|er|est|ing|ly)$/;

/**
 * A rubric word's opposite, said, may flip a point ("slow numerical calculations"); denied, it states the
 * word ("not slow" states "fast"). "non" before a rubric word ("non-interactive") says its opposite too.
 */
function indexOpposite(
  tokens: Token[],
  tokenIndex: number,
  opposites: ReadonlyMap<string, readonly string[]>,
  occurrences: Map<string, Occurrence[]>,
  opposed: OpposedWord[],
): void {
  const token = tokens[tokenIndex]!;
  const next = tokens[tokenIndex + 1];
  if (token.word === 'non' && next !== undefined && !token.negated) opposed.push({ tokenIndex, stems: [next.stem] });
  // Most words are no opposite of a rubric word, nor inflected: only those are looked up in their base forms.
  if (!opposites.has(token.word) && !INFLECTED.test(token.word)) return;
  const stems = [...new Set(qualityForms(token.word).flatMap((form) => opposites.get(form) ?? []))];
  if (stems.length === 0) return;
  if (!token.negated) return void opposed.push({ tokenIndex, stems });
  // "not slow" says fast; a word before the denial ("first, I don't …") is not what it denies.
  if (token.isDeniedBackwards) return;
  const stated = { ...token, negated: false };
  for (const stem of stems) addOccurrence(occurrences, stem, stated, tokenIndex, 1);
}

function indexToken(
  tokens: Token[],
  tokenIndex: number,
  vocabulary: FuzzyVocabulary,
  occurrences: Map<string, Occurrence[]>,
): void {
  const token = tokens[tokenIndex]!;
  const stated = vocabulary.statedBy(token.word, token.stem);
  // "one" is a function word too; it counts only where the rubric names that number.
  if (stated.number !== undefined) addOccurrence(occurrences, stated.number, token, tokenIndex, 1);
  if (token.isStopword) return;
  for (const match of stated.stems) addOccurrence(occurrences, match.stem, token, tokenIndex, match.strength);
  for (const stem of stated.expansion) addOccurrence(occurrences, stem, token, tokenIndex, 1, stated.expansion);
  for (const { stems, abbreviation } of stated.abbreviations) {
    if (spellsOut(tokens, tokenIndex, stems)) addOccurrence(occurrences, abbreviation, token, tokenIndex, 1);
  }
}

function addOccurrence(
  occurrences: Map<string, Occurrence[]>,
  stem: string,
  token: Token,
  tokenIndex: number,
  strength: number,
  expansion: readonly string[] | null = null,
): void {
  const occurrence: Occurrence = { tokenIndex, sentence: token.sentence, strength, negated: token.negated, expansion };
  const list = occurrences.get(stem);
  if (list === undefined) occurrences.set(stem, [occurrence]);
  else list.push(occurrence);
}

/** True when the tokens from `start` on are exactly these stems ("structured query language"). */
function spellsOut(tokens: Token[], start: number, stems: readonly string[]): boolean {
  return stems.every((stem, i) => tokens[start + i]?.stem === stem);
}

/** The same answer with these words denied ("never touch it" denies the thing "it" stands for). */
export function denyWords(answer: PreparedAnswer, indices: readonly number[]): PreparedAnswer {
  if (indices.length === 0) return answer;
  const denied = new Set(indices);
  const tokens = answer.tokens.map((t, i) => (denied.has(i) ? { ...t, negated: true } : t));
  const occurrences = new Map<string, Occurrence[]>();
  for (const [stem, list] of answer.occurrences)
    occurrences.set(
      stem,
      list.map((o) => (denied.has(o.tokenIndex) ? { ...o, negated: true } : o)),
    );
  return { text: answer.text, tokens, occurrences, opposed: answer.opposed.filter((o) => !denied.has(o.tokenIndex)) };
}
