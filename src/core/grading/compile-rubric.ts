import type { KeyPoint, Rubric } from '../bank/schema.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { LOW_WEIGHT_WORDS } from '../text/stopwords.ts';
import { ABBREVIATIONS } from '../text/word-forms.ts';
import { buildEntityIndex, compileClaim, topicOf, type CompiledClaim, type EntityIndex } from './claims.ts';
import { respell, type ConceptIndex } from './concepts.ts';
import { FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { flippableWords, type Flippable, type OppositeIndex } from './opposites.ts';
import type { WordMeanings } from './word-vectors.ts';
import type { TermWeights } from './term-weights.ts';
import { LOW_WEIGHT_TERM, MIN_RARITY_WEIGHT, QUESTION_TERM_WEIGHT } from './thresholds.ts';

export interface Term {
  stem: string;
  /** The word as the rubric wrote it, to tell the candidate what was missing. */
  display: string;
  weight: number;
  /** True when the phrase itself states this term negatively ("no consistent schema"). */
  negated: boolean;
  /**
   * False for a frequent word ("use", "data") or one the question already says, unless the phrase has
   * nothing else: such words are not quoted as evidence nor listed as missing, and cannot carry a point alone.
   */
  isTelling: boolean;
  /** One of the key point's shared words (see the bank schema): alone it earns no partial credit. */
  isShared: boolean;
}

export interface Phrase {
  terms: Term[];
  totalWeight: number;
  /** The stems of its terms, to tell whether it says an abbreviation's whole spelt-out form. */
  stems: ReadonlySet<string>;
}

export interface CompiledKeyPoint {
  keyPoint: KeyPoint;
  /** The key point's text first, then each alias: any one of them states the point. */
  phrases: Phrase[];
  /** The point lists things ("cd, ls, pwd to navigate"), so a list of those things can state it. */
  isEnumeration: boolean;
  /** What the point claims, as structure (none for most points). */
  claims: CompiledClaim[];
  /** Its telling words that an opposite would flip ("fast" of "fast numerical computations"). */
  flippable: Flippable[];
}

/** A rubric prepared for fast repeated grading. Build once per rubric, reuse for every answer. */
export interface CompiledRubric {
  rubric: Rubric;
  keyPoints: CompiledKeyPoint[];
  vocabulary: FuzzyVocabulary;
  totalWeight: number;
  /** The things claims are about (the bank's, or this rubric's own), and the one the question is about. */
  entities: EntityIndex;
  topic: string | null;
  hasClaims: boolean;
  /** The base forms of the key points' words' opposites, each with the stems it opposes ("slow": "fast"). */
  opposites: ReadonlyMap<string, readonly string[]>;
}

export interface CompileOptions {
  /** Word rarity over the bank (or benchmark) texts; without it every content word weighs the same. */
  termWeights?: TermWeights;
  /** The things every claim of the bank is about, so that an answer naming another tool is caught; default: this rubric's. */
  entities?: EntityIndex;
  /** The bank's concept lexicon: each key point is also stated by its phrases said with another form of a concept. */
  concepts?: ConceptIndex;
  /** Word vectors: an answer word close in meaning to a telling rubric word states it, a little less. */
  meanings?: WordMeanings;
  /** Opposite words: a key point said with one of its words flipped ("slow" for "fast") is not stated. */
  opposites?: OppositeIndex;
}

interface TermContext {
  concepts?: ConceptIndex | undefined;
  opposites?: OppositeIndex | undefined;
  /** Every word the rubric and its question say. */
  rubricWords?: ReadonlySet<string>;
  /** Stems of the question: a candidate repeating the question has not said anything yet. */
  questionStems: ReadonlySet<string>;
  termWeights: TermWeights | undefined;
}

export function compileRubric(rubric: Rubric, options: CompileOptions = {}): CompiledRubric {
  const context: TermContext = {
    questionStems: stemsOf(rubric.question ?? ''),
    termWeights: options.termWeights,
    concepts: options.concepts,
    opposites: options.opposites,
    rubricWords: wordsOf(rubric),
  };
  const keyPoints = rubric.keyPoints.map((k) => compileKeyPoint(k, context));
  const entries = keyPoints.flatMap((k) =>
    k.phrases.flatMap((p) => p.terms.map((t) => ({ word: t.display, stem: t.stem, isTelling: t.isTelling }))),
  );
  const totalWeight = rubric.keyPoints.reduce((sum, k) => sum + (k.weight ?? 1), 0);
  const meaning =
    options.meanings === undefined ? undefined : { meanings: options.meanings, blocked: contraryWords(rubric) };
  const vocabulary = new FuzzyVocabulary(entries, context.questionStems, meaning);
  const entities = options.entities ?? buildEntityIndex(rubric.keyPoints.flatMap((k) => k.claims ?? []));
  const hasClaims = keyPoints.some((k) => k.claims.length > 0);
  return {
    rubric,
    keyPoints,
    vocabulary,
    totalWeight,
    entities,
    topic: topicOf(rubric.question ?? '', entities),
    hasClaims,
    opposites: oppositesOf(keyPoints),
  };
}

function wordsOf(rubric: Rubric): ReadonlySet<string> {
  const texts = [rubric.question ?? '', ...rubric.keyPoints.flatMap((k) => [k.text, ...(k.aliases ?? [])])];
  return new Set(texts.flatMap((text) => tokenize(text).map((t) => t.word)));
}

function oppositesOf(keyPoints: readonly CompiledKeyPoint[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const word of keyPoints.flatMap((k) => k.flippable)) {
    for (const opposite of word.opposites) {
      const stems = map.get(opposite);
      if (stems === undefined) map.set(opposite, [word.stem]);
      else if (!stems.includes(word.stem)) stems.push(word.stem);
    }
  }
  return map;
}

/** Words of what the rubric's claims say a thing is not: never a meaning neighbour of a rubric word. */
function contraryWords(rubric: Rubric): ReadonlySet<string> {
  const forms = rubric.keyPoints.flatMap((k) => (k.claims ?? []).flatMap((c) => c.contrary ?? []));
  return new Set(forms.flatMap((form) => tokenize(form).map((t) => t.word)));
}

function compileKeyPoint(keyPoint: KeyPoint, context: TermContext): CompiledKeyPoint {
  const written = [keyPoint.text, ...(keyPoint.aliases ?? [])];
  const respelt = context.concepts === undefined ? [] : written.flatMap((text) => respell(text, context.concepts!));
  const texts = [...written, ...respelt].filter((text, i, all) => all.indexOf(text) === i);
  const shared = stemsOf((keyPoint.sharedWords ?? []).join(' '));
  const compiled = new Map(texts.map((text) => [text, compilePhrase(text, context, shared)]));
  const phrases = texts.map((text) => compiled.get(text)!).filter((phrase) => phrase.terms.length > 0);
  // A concept's other forms are not the author's words: their opposites ("easy" of "quick") would flip too much.
  const own = { phrases: written.map((text) => compiled.get(text)!) };
  return {
    keyPoint,
    phrases,
    isEnumeration: isEnumeration(keyPoint.text),
    claims: (keyPoint.claims ?? []).map(compileClaim),
    flippable:
      context.opposites === undefined ? [] : flippableWords(own, context.opposites, context.rubricWords ?? new Set()),
  };
}

/**
 * The point lists things ("cd, ls, pwd to navigate"): two commas or more, unless they only spell out an
 * abbreviation the point names ("ETL knowledge: extract, transform, load" is one thing, ETL).
 */
function isEnumeration(text: string): boolean {
  if ((text.match(/,/g) ?? []).length < 2) return false;
  const words = new Set(tokenize(text).map((t) => t.word));
  return ![...ABBREVIATIONS].some(
    ([abbreviation, expansion]) => words.has(abbreviation) && expansion.every((w) => words.has(w)),
  );
}

const NO_CONTEXT: TermContext = { questionStems: new Set(), termWeights: undefined };
const NONE_SHARED: ReadonlySet<string> = new Set();

export function compilePhrase(
  text: string,
  context: TermContext = NO_CONTEXT,
  sharedStems: ReadonlySet<string> = NONE_SHARED,
): Phrase {
  const seen = new Set<string>();
  const terms: Term[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    // "remote server rather than a laptop": what follows the contrast is what the point is not.
    if (isContrast(tokens, i)) break;
    if (token.isStopword || seen.has(token.stem)) continue;
    seen.add(token.stem);
    // A single letter ("n" of "N-dimensional") says nothing alone, and a stray "n." must not state it.
    const isTelling =
      token.word.length > 1 && !LOW_WEIGHT_WORDS.has(token.word) && !context.questionStems.has(token.stem);
    const weight = termWeight(token.word, token.stem, context);
    const isShared = sharedStems.has(token.stem);
    terms.push({ stem: token.stem, display: token.word, weight, negated: token.negated, isTelling, isShared });
  }
  if (!terms.some((t) => t.isTelling)) for (const t of terms) t.isTelling = true;
  return { terms, totalWeight: terms.reduce((sum, t) => sum + t.weight, 0), stems: new Set(terms.map((t) => t.stem)) };
}

const CONTRASTS: readonly (readonly [string, string])[] = [
  ['rather', 'than'],
  ['instead', 'of'],
];

function isContrast(tokens: readonly Token[], i: number): boolean {
  return CONTRASTS.some(([first, second]) => tokens[i]!.word === first && tokens[i + 1]?.word === second);
}

function termWeight(word: string, stem: string, context: TermContext): number {
  const base = LOW_WEIGHT_WORDS.has(word) ? LOW_WEIGHT_TERM : 1;
  const rarity = context.termWeights?.rarityOf(stem) ?? 1;
  const rarityFactor = MIN_RARITY_WEIGHT + (1 - MIN_RARITY_WEIGHT) * rarity;
  return base * rarityFactor * (context.questionStems.has(stem) ? QUESTION_TERM_WEIGHT : 1);
}

function stemsOf(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => !t.isStopword)
      .map((t) => t.stem),
  );
}
