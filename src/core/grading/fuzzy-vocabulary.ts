import Fuse, { type IFuseOptions } from 'fuse.js';
import { editDistanceWithin } from '../text/edit-distance.ts';
import { stemWord } from '../text/normalize.ts';
import { SYNONYM_GROUPS } from '../text/thesaurus.ts';
import { ABBREVIATIONS, NUMBER_WORDS } from '../text/word-forms.ts';
import { FUZZY_STRENGTH, SYNONYM_STRENGTH, VECTOR_STRENGTH } from './thresholds.ts';
import { closestRubricWord, type RubricWord } from './vector-neighbours.ts';
import type { WordMeanings } from './word-vectors.ts';

export interface VocabularyMatch {
  stem: string;
  /** 1 for the same stem, less for a synonym or a near spelling. */
  strength: number;
}

interface Entry {
  word: string;
  stem: string;
  /** Only telling words (not the question's own, not "data" or "use") have meaning neighbours. */
  isTelling?: boolean;
}

/** Word vectors for this rubric, and the answer words that must never stand for a rubric word by meaning. */
export interface VocabularyMeaning {
  meanings: WordMeanings;
  blocked: ReadonlySet<string>;
}

/** A spelt-out abbreviation the rubric uses: its words' stems, and the abbreviation's stem. */
interface Abbreviation {
  stems: string[];
  abbreviation: string;
}

/** Every rubric stem one answer word states wherever it stands (prepare-answer.ts adds them in this order). */
export interface WordStatement {
  /** The number a number word names, when the rubric names it ("one" → "1"). */
  number: string | undefined;
  /** The word's own rubric stem, a synonym's or a near spelling's. */
  stems: readonly VocabularyMatch[];
  /** When the word is an abbreviation the rubric spells out ("sql"): the stems of its spelt-out form. */
  expansion: readonly string[];
  /** Abbreviations whose spelt-out form starts with this word; they count where the next words complete it. */
  abbreviations: readonly Abbreviation[];
}

/** Most answer words state nothing: they share one statement. */
const STATES_NOTHING: WordStatement = { number: undefined, stems: [], expansion: [], abbreviations: [] };

const MIN_TYPO_LENGTH = 4;
const MIN_SYNONYM_LENGTH = 3;
/** Long words tolerate two slips, shorter ones one: "accesed" is "accessed", but "cat" is not "car". */
const LONG_WORD = 8;
const CACHE_LIMIT = 20_000;
/**
 * How loose fuse.js's look-up may be (its share of the typed word's letters in error). Fuse is the net that
 * finds candidate words; it counts a swap of two letters as two errors ("qeury" for "query" scores 0.4), so
 * the net is wide, and the edit distance below decides what is a typo.
 */
const FUSE_OPTIONS: IFuseOptions<Entry> = {
  keys: ['word'],
  threshold: 0.5,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  shouldSort: true,
};

/**
 * The words of one rubric, looked up exactly by stem, then as a synonym (the built-in thesaurus), then by
 * near spelling: fuse.js finds the rubric words with the same first letter that look like the answer word,
 * and a typo is one of them within one or two edits; then, only when word vectors are passed in (the product
 * does not), by meaning (vector-neighbours.ts). What each answer word states is cached per vocabulary:
 * answers repeat the same words, and fuse is the slow path.
 */
export class FuzzyVocabulary {
  private readonly stems: ReadonlySet<string>;
  private readonly synonyms = new Map<string, string>();
  /** Abbreviations whose expansion the rubric spells out: "oop" states object, oriented, programming. */
  private readonly expansions = new Map<string, string[]>();
  /** Expansions the rubric abbreviates, by their first stem: "structured query language" states "sql". */
  private readonly abbreviations = new Map<string, Abbreviation[]>();
  /**
   * A fuse.js index of the rubric's words of four letters or more (each once, in the order the rubric writes
   * them) per first letter: a typo keeps its first letter, which also keeps "unstructured" apart from
   * "structured", and a small index keeps an uncached look-up to a few microseconds. Each index is built on
   * the first look-up that needs it, so compiling a whole bank stays quick.
   */
  private readonly wordsByFirstLetter = new Map<string, Entry[]>();
  private readonly fuseByFirstLetter = new Map<string, Fuse<Entry>>();
  private readonly statements = new Map<string, WordStatement>();
  private readonly tellingWords: readonly RubricWord[] = [];

  /** `questionStems`: an abbreviation the question uses ("What does ETL stand for?") spells out nothing. */
  constructor(
    entries: Entry[],
    questionStems: ReadonlySet<string> = new Set(),
    private readonly meaning?: VocabularyMeaning,
  ) {
    this.stems = new Set(entries.map((e) => e.stem));
    this.indexThesaurus(questionStems);
    if (meaning !== undefined) this.tellingWords = tellingWordsWithVectors(entries, meaning.meanings);
    const indexed = new Set<string>();
    for (const e of entries) {
      if (e.word.length < MIN_TYPO_LENGTH || indexed.has(e.word)) continue;
      indexed.add(e.word);
      const list = this.wordsByFirstLetter.get(e.word[0]!) ?? [];
      list.push(e);
      this.wordsByFirstLetter.set(e.word[0]!, list);
    }
  }

  /** What an answer word (and `stem`, its stem) states, cached per word. */
  statedBy(word: string, stem: string): WordStatement {
    const cached = this.statements.get(word);
    if (cached !== undefined) return cached;
    const statement = this.statementOf(word, stem);
    if (this.statements.size >= CACHE_LIMIT) this.statements.clear();
    this.statements.set(word, statement);
    return statement;
  }

  private lookup(word: string, stem: string): VocabularyMatch | null {
    if (this.stems.has(stem)) return { stem, strength: 1 };
    // "pc" or "n" alone is too short to be taken for another word: only the rubric's own word counts.
    if (word.length < MIN_SYNONYM_LENGTH) return null;
    const synonym = this.synonyms.get(stem);
    if (synonym !== undefined) return { stem: synonym, strength: SYNONYM_STRENGTH };
    const typo = word.length < MIN_TYPO_LENGTH ? null : this.typoLookup(word);
    return typo ?? this.meaningLookup(word);
  }

  /** A word the rubric does not spell, but whose vector is close to a telling rubric word's. */
  private meaningLookup(word: string): VocabularyMatch | null {
    if (this.meaning === undefined || this.tellingWords.length === 0) return null;
    const closest = closestRubricWord(word, this.tellingWords, this.meaning.meanings, this.meaning.blocked);
    return closest === null ? null : { stem: closest.stem, strength: VECTOR_STRENGTH };
  }

  /** The rubric stems an abbreviation in the answer stands for; none when it is not one the rubric spells out. */
  private expansionOf(word: string): readonly string[] {
    return this.expansions.get(word) ?? [];
  }

  /** Spelt-out forms, starting with this stem, of abbreviations the rubric uses. */
  private abbreviationsStartingWith(stem: string): readonly Abbreviation[] {
    return this.abbreviations.get(stem) ?? [];
  }

  private statementOf(word: string, stem: string): WordStatement {
    const digits = NUMBER_WORDS.get(word);
    const number = digits !== undefined && this.stems.has(digits) ? digits : undefined;
    const match = this.lookup(word, stem);
    const stems = match === null ? [] : [match];
    const expansion = this.expansionOf(word);
    const abbreviations = this.abbreviationsStartingWith(stem);
    const statesNothing = stems.length === 0 && expansion.length === 0 && abbreviations.length === 0;
    if (number === undefined && statesNothing) return STATES_NOTHING;
    return { number, stems, expansion, abbreviations };
  }

  private indexThesaurus(questionStems: ReadonlySet<string>): void {
    for (const group of SYNONYM_GROUPS) {
      const groupStems = group.map(stemWord);
      const known = groupStems.find((s) => this.stems.has(s));
      if (known === undefined) continue;
      for (const s of groupStems) if (!this.stems.has(s) && !this.synonyms.has(s)) this.synonyms.set(s, known);
    }
    for (const [abbreviation, expansion] of ABBREVIATIONS) {
      const stems = expansion.map(stemWord);
      const abbreviationStem = stemWord(abbreviation);
      const isRepeat = questionStems.has(abbreviationStem);
      if (!isRepeat && stems.every((s) => this.stems.has(s))) this.expansions.set(abbreviation, stems);
      if (!this.stems.has(abbreviationStem)) continue;
      const list = this.abbreviations.get(stems[0]!) ?? [];
      list.push({ stems, abbreviation: abbreviationStem });
      this.abbreviations.set(stems[0]!, list);
    }
  }

  private fuseFor(letter: string): Fuse<Entry> | undefined {
    let fuse = this.fuseByFirstLetter.get(letter);
    if (fuse === undefined) {
      const words = this.wordsByFirstLetter.get(letter);
      if (words === undefined) return undefined;
      fuse = new Fuse(words, FUSE_OPTIONS);
      this.fuseByFirstLetter.set(letter, fuse);
    }
    return fuse;
  }

  /**
   * Of fuse's candidates, the closest within the typo limit; the first written wins a tie. Fuse also finds a
   * rubric word that merely contains the answer word ("data" in "database"): the edit distance keeps it out.
   */
  private typoLookup(word: string): VocabularyMatch | null {
    let best: VocabularyMatch | null = null;
    let bestDistance = Infinity;
    let bestIndex = Infinity;
    for (const { item, refIndex } of this.fuseFor(word[0]!)?.search(word) ?? []) {
      const limit = item.word.length >= LONG_WORD ? 2 : 1;
      const distance = editDistanceWithin(word, item.word, limit);
      if (distance > limit || distance > bestDistance || (distance === bestDistance && refIndex > bestIndex)) continue;
      bestDistance = distance;
      bestIndex = refIndex;
      best = { stem: item.stem, strength: FUZZY_STRENGTH * (1 - (distance - 1) * 0.1) };
    }
    return best;
  }
}

/** Each telling rubric word the vectors know, once (lower case, as the vectors spell words). */
function tellingWordsWithVectors(entries: readonly Entry[], meanings: WordMeanings): RubricWord[] {
  const words = new Map<string, RubricWord>();
  for (const { word, stem, isTelling } of entries) {
    const lower = word.toLowerCase();
    if (isTelling === true && lower.length >= MIN_SYNONYM_LENGTH && meanings.vectors.has(lower)) {
      words.set(lower, { word: lower, stem });
    }
  }
  return [...words.values()];
}
