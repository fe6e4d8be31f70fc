import Fuse from 'fuse.js';

export interface VocabularyMatch {
  stem: string;
  /** 1 for the same stem, less for a near spelling. */
  strength: number;
}

const FUZZY_THRESHOLD = 0.34;
const FUZZY_STRENGTH = 0.85;
const MIN_FUZZY_LENGTH = 4;
const CACHE_LIMIT = 20_000;

/**
 * The words of one rubric, looked up exactly by stem, or by near spelling (typos) through fuse.js.
 * Fuzzy look-ups are cached: answers repeat the same words, and fuse is the slow path.
 */
export class FuzzyVocabulary {
  private readonly stems: ReadonlySet<string>;
  private readonly fuse: Fuse<{ word: string; stem: string }>;
  private readonly cache = new Map<string, VocabularyMatch | null>();

  constructor(entries: { word: string; stem: string }[]) {
    this.stems = new Set(entries.map((e) => e.stem));
    const fuzzyEntries = dedupeByWord(entries.filter((e) => e.word.length >= MIN_FUZZY_LENGTH));
    this.fuse = new Fuse(fuzzyEntries, {
      keys: ['word'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true,
      isCaseSensitive: true, shouldSort: true,
    });
  }

  lookup(word: string, stem: string): VocabularyMatch | null {
    if (this.stems.has(stem)) return { stem, strength: 1 };
    if (word.length < MIN_FUZZY_LENGTH) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const found = this.fuzzyLookup(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found);
    return found;
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
