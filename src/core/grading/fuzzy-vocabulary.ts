import Fuse from 'fuse.js';
import { stemWord } from '../text/normalize.ts';
import { ABBREVIATIONS, SYNONYM_GROUPS } from '../text/thesaurus.ts';
import { FUZZY_STRENGTH, SYNONYM_STRENGTH } from './thresholds.ts';

export interface VocabularyMatch {
  stem: string;
  /** 1 for the same stem, less for a synonym or a near spelling. */
  strength: number;
}

const FUZZY_THRESHOLD = 0.34;
const MIN_FUZZY_LENGTH = 4;
const CACHE_LIMIT = 20_000;

/**
 * The words of one rubric, looked up exactly by stem, then as a synonym (the built-in thesaurus), then by
 * near spelling (typos) through fuse.js. Fuzzy look-ups are cached: answers repeat the same words, and fuse
 * is the slow path.
 */
export class FuzzyVocabulary {
  private readonly stems: ReadonlySet<string>;
  private readonly synonyms = new Map<string, string>();
  /** Abbreviations whose expansion the rubric spells out: "oop" states object, oriented, programming. */
  private readonly expansions = new Map<string, string[]>();
  /** Expansions the rubric abbreviates, by their first stem: "structured query language" states "sql". */
  private readonly abbreviations = new Map<string, { stems: string[]; abbreviation: string }[]>();
  private readonly fuse: Fuse<{ word: string; stem: string }>;
  private readonly cache = new Map<string, VocabularyMatch | null>();

  constructor(entries: { word: string; stem: string }[]) {
    this.stems = new Set(entries.map((e) => e.stem));
    this.indexThesaurus();
    const fuzzyEntries = dedupeByWord(entries.filter((e) => e.word.length >= MIN_FUZZY_LENGTH));
    this.fuse = new Fuse(fuzzyEntries, {
      keys: ['word'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true,
      isCaseSensitive: true, shouldSort: true,
    });
  }

  lookup(word: string, stem: string): VocabularyMatch | null {
    if (this.stems.has(stem)) return { stem, strength: 1 };
    const synonym = this.synonyms.get(stem);
    if (synonym !== undefined) return { stem: synonym, strength: SYNONYM_STRENGTH };
    if (word.length < MIN_FUZZY_LENGTH) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const found = this.fuzzyLookup(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  has(stem: string): boolean {
    return this.stems.has(stem);
  }

  /** The rubric stems an abbreviation in the answer stands for; none when it is not one the rubric spells out. */
  expansionOf(word: string): readonly string[] {
    return this.expansions.get(word) ?? [];
  }

  /** Spelt-out forms, starting with this stem, of abbreviations the rubric uses. */
  abbreviationsStartingWith(stem: string): readonly { stems: string[]; abbreviation: string }[] {
    return this.abbreviations.get(stem) ?? [];
  }

  private indexThesaurus(): void {
    for (const group of SYNONYM_GROUPS) {
      const groupStems = group.map(stemWord);
      const known = groupStems.find((s) => this.stems.has(s));
      if (known === undefined) continue;
      for (const s of groupStems) if (!this.stems.has(s) && !this.synonyms.has(s)) this.synonyms.set(s, known);
    }
    for (const [abbreviation, expansion] of ABBREVIATIONS) {
      const stems = expansion.map(stemWord);
      if (stems.every((s) => this.stems.has(s))) this.expansions.set(abbreviation, stems);
      const abbreviationStem = stemWord(abbreviation);
      if (!this.stems.has(abbreviationStem)) continue;
      const list = this.abbreviations.get(stems[0]!) ?? [];
      list.push({ stems, abbreviation: abbreviationStem });
      this.abbreviations.set(stems[0]!, list);
    }
  }

  private fuzzyLookup(word: string): VocabularyMatch | null {
    for (const { item, score = 1 } of this.fuse.search(word, { limit: 3 })) {
      if (isPlausibleTypo(word, item.word)) {
        return { stem: item.stem, strength: FUZZY_STRENGTH * (1 - score) };
      }
    }
    return null;
  }
}

/**
 * fuse.js also finds substrings ("data" in "database"); a typo keeps about the same length and the first
 * letter, which also keeps opposites apart ("unstructured" is not a misspelt "structured").
 */
function isPlausibleTypo(typed: string, known: string): boolean {
  if (typed[0] !== known[0]) return false;
  return Math.abs(typed.length - known.length) <= (known.length >= 8 ? 2 : 1);
}

function dedupeByWord<T extends { word: string }>(entries: T[]): T[] {
  const seen = new Map<string, T>();
  for (const e of entries) if (!seen.has(e.word)) seen.set(e.word, e);
  return [...seen.values()];
}
