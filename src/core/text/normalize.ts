import { stemmer } from 'stemmer';
import { IRREGULAR_FORMS } from './word-forms.ts';

const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Lowercase, compatibility-folded, accent-free form of one word ("Café" → "cafe", "ＳＱＬ" → "sql"). */
export function normalizeWord(raw: string): string {
  // Plain ASCII (most answers) has nothing to fold; Unicode normalisation is the slow path.
  if (PLAIN_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKD').replace(MARKS_AND_FORMAT, '').normalize('NFKC').toLowerCase().replace(/’/g, "'");
}

/**
 * Porter stem of a normalized word; contractions keep their apostrophe-free form ("don't" → "dont"), and
 * irregular forms join their base word ("indices" → "index"), which the stemmer alone cannot do.
 */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = /\d/.test(word) ? word : stemmer(IRREGULAR_FORMS.get(word) ?? word.replace(/'/g, ''));
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}
