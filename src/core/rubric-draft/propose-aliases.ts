import { normalizeWord, stemWord } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { SYNONYM_GROUPS } from '../text/thesaurus.ts';
import { ABBREVIATIONS, IRREGULAR_FORMS } from '../text/word-forms.ts';
import type { DraftSegment } from './split-key-points.ts';

const MAX_ALIASES = 4;
/** Only a short concept gets an inflected alias; in a clause it would only repeat what stemming does. */
const MAX_INFLECTED_WORDS = 3;
const WORD_OR_GAP = /([\p{L}\p{N}][\p{L}\p{N}+#'’]*)|([^\p{L}\p{N}]+)/gu;

/**
 * Other ways to state a key point, for the author to keep, edit or delete: the reference's own bracketed
 * glosses, the abbreviation or its expansion, the wording with the thesaurus's synonyms, and for a short
 * concept its other inflection ("member function" / "member functions").
 */
export function proposeAliases(segment: DraftSegment): string[] {
  const candidates = [
    ...segment.glosses,
    ...abbreviationVariants(segment.text).map(withArticlesAgreeing),
    synonymVariant(segment.text),
    inflectedVariant(segment.text),
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

/**
 * The text with each content word the thesaurus knows swapped for its first synonym; '' when none is.
 * Words of a compound ("object-oriented") or of a spelt-out abbreviation keep their meaning only together.
 */
function synonymVariant(text: string): string {
  let changed = false;
  const fixed = fixedWords(text);
  const swapped = text.replace(WORD_OR_GAP, (part, word: string | undefined, _gap, offset: number) => {
    if (word === undefined || fixed.has(offset)) return part;
    const normal = normalizeWord(word).replace(/['’]$/, '');
    const synonym = STOPWORDS.has(normal) ? undefined : firstSynonym(normal);
    if (synonym === undefined) return part;
    changed = true;
    const possessive = /['’]$/.exec(word)?.[0] ?? '';
    return withCaseOf(word, synonym.isBaseForm ? synonym.word : inflectLike(synonym.word, normal)) + possessive;
  });
  return changed ? withArticlesAgreeing(swapped) : '';
}

const withCaseOf = (original: string, word: string): string =>
  /^\p{Lu}/u.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;

/**
 * "an initializer" with "initializer" swapped for "start" reads "a start". An abbreviation is left as the
 * author wrote it: "an ML engineer" is said letter by letter.
 */
function withArticlesAgreeing(text: string): string {
  return text.replace(/\b(an?) ([\p{L}\p{N}]+)/giu, (whole, article: string, word: string) => {
    if (/^\p{Lu}{2,}$/u.test(word)) return whole;
    const wanted = /^[aeiou]/i.test(word) ? 'an' : 'a';
    if (article.toLowerCase() === wanted) return whole;
    return `${article[0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted} ${word}`;
  });
}

const groupByStem = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS)
  for (const word of group) if (!groupByStem.has(stemWord(word))) groupByStem.set(stemWord(word), group);

/**
 * The first word of the word's synonym group with another stem and another root ("called" → "invoke"):
 * "reusable" for "reuses" would only be the same word in another part of speech. The group must hold the
 * word itself, bare or regularly inflected: a shared stem alone would make "except" a synonym of "error"
 * (through "exception") and "structures" one of "tabular" (through "structured").
 * `isBaseForm`: the group lists the word as written ("unlimited"), so the synonym needs no ending.
 */
function firstSynonym(word: string): { word: string; isBaseForm: boolean } | undefined {
  const stem = stemWord(word);
  const group = groupByStem.get(stem);
  if (group === undefined) return undefined;
  const isBaseForm = group.includes(word);
  if (!isBaseForm && !bareForms(word).some((form) => group.includes(form))) return undefined;
  const synonym = group.find((w) => stemWord(w) !== stem && w.slice(0, 4) !== word.slice(0, 4));
  return synonym === undefined ? undefined : { word: synonym, isBaseForm };
}

/** The word without a regular ending: "calls" → call, "supplied" → supply, "defined" → define. */
function bareForms(word: string): string[] {
  const forms = [IRREGULAR_FORMS.get(word) ?? ''];
  for (const ending of ['ies', 'ied']) if (word.endsWith(ending)) forms.push(`${word.slice(0, -3)}y`);
  for (const ending of ['es', 'ed', 's', 'd']) if (word.endsWith(ending)) forms.push(word.slice(0, -ending.length));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return forms.filter((f) => f !== '');
}

/** Offsets of words that belong to a hyphenated compound or to an abbreviation's expansion. */
function fixedWords(text: string): Set<number> {
  const fixed = new Set<number>();
  const mark = (pattern: RegExp): void => {
    for (const m of text.matchAll(pattern))
      for (const w of m[0].matchAll(/[\p{L}\p{N}]+/gu)) fixed.add(m.index + w.index);
  };
  mark(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu);
  for (const expansion of ABBREVIATIONS.values()) mark(new RegExp(`\\b${expansion.join('[\\s-]+')}\\b`, 'gi'));
  return fixed;
}

const pastForms = new Map([...IRREGULAR_FORMS].map(([form, base]) => [base, form]));

/** The synonym with the ending of the word it replaces ("invoke" for "called" → "invoked"). */
function inflectLike(base: string, original: string): string {
  // An irregular past ("made", "built") takes the synonym's past too.
  const ending =
    IRREGULAR_FORMS.has(original) && !original.endsWith('s') ? 'ed' : /(?:ing|ed|es|s)$/.exec(original)?.[0];
  if (ending === undefined || base.endsWith(ending)) return base;
  if (ending === 'ed')
    return (
      pastForms.get(base) ??
      (base.endsWith('e') ? `${base}d` : endsInConsonantY(base) ? `${base.slice(0, -1)}ied` : `${base}ed`)
    );
  if (ending === 'ing') return `${base.replace(/e$/, '')}ing`;
  return plural(base);
}

const endsInConsonantY = (word: string): boolean => /[^aeiou]y$/.test(word);

function plural(word: string): string {
  if (endsInConsonantY(word)) return `${word.slice(0, -1)}ies`;
  return /(?:s|x|sh|ch)$/.test(word) ? `${word}es` : `${word}s`;
}

/** A short concept with its last word in the other number: irregular forms first, else -s added or removed. */
function inflectedVariant(text: string): string {
  const words = text.split(/\s+/);
  const last = words[words.length - 1]!;
  const normal = normalizeWord(last);
  // Only a bare noun phrase (no function word, no inflected word before the head), not a Latin plural like "data".
  const isNounPhrase = words.every(
    (w, i) => !STOPWORDS.has(normalizeWord(w)) && (i === words.length - 1 || !/(?:s|ed|ing)$/i.test(w)),
  );
  if (words.length > MAX_INFLECTED_WORDS || !isNounPhrase || !/^[a-z]{3,}$/.test(normal) || normal.endsWith('a'))
    return '';
  const irregular = [...IRREGULAR_FORMS].find(([form, base]) => base === normal || form === normal);
  const other = irregular === undefined ? toggleS(normal) : irregular[0] === normal ? irregular[1] : irregular[0];
  return [...words.slice(0, -1), withCaseOf(last, other)].join(' ');
}

function toggleS(word: string): string {
  if (word.endsWith('ss')) return `${word}es`;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : plural(word);
}

function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(normalizeWord);
}
