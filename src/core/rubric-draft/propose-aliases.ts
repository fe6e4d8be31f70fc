import { normalizeWord } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { ABBREVIATIONS, synonymsOf } from '../text/thesaurus.ts';
import type { DraftSegment } from './split-key-points.ts';

const MAX_ALIASES = 4;
const WORD_OR_GAP = /([\p{L}\p{N}][\p{L}\p{N}+#'’]*)|([^\p{L}\p{N}]+)/gu;

/**
 * Other ways to state a key point, for the author to keep, edit or delete: the reference's own bracketed
 * glosses, the abbreviation or its expansion, and the wording with the thesaurus's synonyms.
 */
export function proposeAliases(segment: DraftSegment): string[] {
  const candidates = [
    ...segment.glosses,
    ...abbreviationVariants(segment.text),
    synonymVariant(segment.text),
  ];
  const own = normalizeWord(segment.text);
  const unique = [...new Set(candidates.filter((a) => a.trim() !== '' && normalizeWord(a) !== own))];
  return unique.slice(0, MAX_ALIASES);
}

function abbreviationVariants(text: string): string[] {
  const words = wordsOf(text);
  const variants: string[] = [];
  for (const [abbreviation, expansion] of ABBREVIATIONS) {
    if (words.includes(abbreviation)) {
      variants.push(text.replace(new RegExp(`\\b${abbreviation}\\b`, 'i'), expansion.join(' ')));
    }
    const pattern = new RegExp(`\\b${expansion.join('[\\s-]+')}\\b`, 'i');
    if (pattern.test(text)) variants.push(text.replace(pattern, abbreviation.toUpperCase()));
  }
  return variants;
}

/** The text with each content word the thesaurus knows swapped for its first synonym; '' when none is. */
function synonymVariant(text: string): string {
  let changed = false;
  const swapped = text.replace(WORD_OR_GAP, (part, word: string | undefined) => {
    if (word === undefined) return part;
    const normal = normalizeWord(word);
    const synonym = STOPWORDS.has(normal) ? undefined : synonymsOf(normal)[0];
    if (synonym === undefined) return part;
    changed = true;
    return synonym;
  });
  return changed ? swapped : '';
}

function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(normalizeWord);
}
