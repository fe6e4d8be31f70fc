import { STOPWORDS } from '../text/stopwords.ts';
import { normalizeWord } from '../text/normalize.ts';

/** One key point as found in a reference answer: its own words, and any parenthesised gloss. */
export interface DraftSegment {
  text: string;
  /** What the reference wrote in brackets after it ("data members (attributes)"): another way to say it. */
  glosses: string[];
}

const ABBREVIATION_DOTS = /\b(?:i\.e|e\.g|etc|vs|cf)\./gi;
const SENTENCE_END = /(?<=[.!?;])\s+|;|(?<=[.!?])$/;
const CLAUSE_SPLIT =
  /\s*,?\s*\b(?:whereas|however|although|but)\b\s*,?\s*|,\s*(?=(?:or|and)\s+if\b)|\s*,\s*(?:i\.e|e\.g)\.?,?\s*|:\s+/i;
const LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i;
const CONDITION_START = /^\s*(?:(?:or|and|but)\s+)?(?:if|when|whenever|unless|because|since|while|once)\b/i;
const PARENTHESIS = /\s*\(([^()]*)\)/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#'’-]*/gu;
/** Items of a list of concepts are short; a longer part is a clause that says something on its own. */
const MAX_CONCEPT_WORDS = 4;

/** Splits a reference answer into clauses, and clauses that list concepts into the concepts. */
export function splitKeyPoints(reference: string): DraftSegment[] {
  const protectedText = reference.replace(ABBREVIATION_DOTS, (m) => m.replace(/\./g, '\u2024'));
  const clauses = protectedText
    .split(SENTENCE_END)
    .map((sentence) => sentence.replace(/\u2024/g, '.'))
    .flatMap((sentence) => sentence.split(CLAUSE_SPLIT));
  const segments = clauses.flatMap(splitConcepts).map(toSegment);
  return mergeEmpty(segments);
}

/** The content words of a text: what a key point is made of. */
export function contentWords(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalizeWord).filter((w) => !STOPWORDS.has(w));
}

function splitConcepts(clause: string): string[] {
  // "If X, Y" states one condition and its consequence: one point, not a list.
  if (CONDITION_START.test(clause)) return [clause];
  const items = clause.split(LIST_SPLIT).filter((item) => item.trim() !== '');
  if (items.length < 2) return [clause];
  const isList = items.every((item) => {
    const n = contentWords(item.replace(PARENTHESIS, '')).length;
    return n >= 1 && n <= MAX_CONCEPT_WORDS;
  });
  return isList ? items : [clause];
}

function toSegment(raw: string): DraftSegment {
  const glosses: string[] = [];
  const text = raw.replace(PARENTHESIS, (_, inner: string) => {
    if (contentWords(inner).length > 0) glosses.push(cleanText(inner.replace(/^(?:or|i\.e\.?|e\.g\.?|aka)\s+/i, '')));
    return '';
  });
  return { text: cleanText(text), glosses };
}

/** A part with no content word of its own ("it", "both") joins the part before it. */
function mergeEmpty(segments: DraftSegment[]): DraftSegment[] {
  const out: DraftSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (contentWords(s.text).length > 0 || last === undefined) out.push(s);
    else last.glosses.push(...s.glosses);
  }
  return out.filter((s) => contentWords(s.text).length > 0);
}

const LEADING_CONNECTIVE = /^(?:and|or|but|that is|i\.e\.?|e\.g\.?|whereas)\b[\s,]*/i;

function cleanText(text: string): string {
  const trimmed = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:!?-]+|[\s,;:-]+$/g, '')
    .replace(/[.!?]+$/, '')
    .trim();
  return trimmed.replace(LEADING_CONNECTIVE, '').trim();
}
