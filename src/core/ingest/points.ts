import { contentWords, splitKeyPoints } from '../rubric-draft/split-key-points.ts';
import type { Block } from './blocks.ts';
import { stripMarkup } from './markup.ts';

/** One key point as found in the document: its words, the label it had ("Format: …") and bracketed glosses. */
export interface DraftPoint {
  text: string;
  label: string | null;
  glosses: string[];
}

const LABELLED = /^([^:]{1,50}?)\s*:\s+(.+)$/;
const MAX_LABEL_WORDS = 5;
const PARENTHESIS = /\s*\(([^()]*)\)/g;
const ARROW = /\s*(?:→|->|=>|⇒)\s*/g;

/** A list item's label and value: "**Format**: Database tables" → Format / Database tables; no label → null. */
export function splitLabel(raw: string): { label: string | null; value: string } {
  const plain = stripMarkup(raw);
  const match = LABELLED.exec(plain);
  if (match && match[1]!.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.?!]$/.test(match[1]!)) {
    return { label: match[1]!.trim(), value: match[2]!.trim() };
  }
  return { label: null, value: plain.replace(/:$/, '').trim() };
}

/**
 * The key points a block makes: one per list item (its value; with its label too when the label is what a
 * list asks to name, "ROW_NUMBER: a unique number"), one per clause or listed concept of a paragraph.
 */
export function pointsOf(block: Block, isNamingList = false): DraftPoint[] {
  if (block.kind === 'item') {
    const { label, value } = splitLabel(block.text);
    if (stripMarkup(block.text).endsWith(':') || value === '') return [];
    const text = isNamingList && label !== null ? `${label}: ${value}` : value;
    return [withGlosses(text.replace(ARROW, ' to '), isNamingList ? null : label)];
  }
  return pointsOfText(stripMarkup(block.text));
}

/**
 * Key points of running text: its clauses (an arrow chain "A → B" is a sequence of clauses), a long clause
 * cut where a comma, "and" or "with" starts another statement. Commas inside brackets stay with their gloss.
 */
export function pointsOfText(text: string): DraftPoint[] {
  // A call ("MAX(salary)") is one word, not a word and its gloss.
  const guarded = text
    .replace(ARROW, '. ')
    .replace(/(\w)\(([^()]*)\)/g, `$1${OPEN_CALL}$2${CLOSE_CALL}`)
    .replace(/\(([^()]*)\)/g, (m) => m.replace(/,/g, GUARDED_COMMA));
  const parts = splitKeyPoints(guarded).flatMap((s) =>
    splitLongClause(s.text).map((part, i) => ({ text: part, label: null, glosses: i === 0 ? s.glosses : [] })),
  );
  return withTrailingWordsJoined(parts, guarded).map((p) => ({
    text: unguard(p.text),
    label: null,
    glosses: p.glosses.map(unguard),
  }));
}

const LIST_GAP = /^\s*(?:,\s*)?(?:(and|or)\s+)?$/i;

/**
 * A lone word listed after a longer clause ("NULL means the value is missing or unknown", "slows down inserts
 * and updates") completes that clause: on its own it states nothing a grader could tell apart from any other
 * answer using the word, so it stays with the clause it ends.
 */
function withTrailingWordsJoined(parts: DraftPoint[], text: string): DraftPoint[] {
  const joined: DraftPoint[] = [];
  let cursor = 0;
  let previousEnd = -1;
  for (const part of parts) {
    const start = text.indexOf(part.text, cursor);
    const last = joined[joined.length - 1];
    const gap = start < 0 || previousEnd < 0 ? null : LIST_GAP.exec(text.slice(previousEnd, start));
    const isLoneWord = contentWords(part.text).length === 1;
    if (last !== undefined && gap !== null && isLoneWord && contentWords(last.text).length >= 2) {
      last.text = `${last.text}${gap[1] === undefined ? ',' : ` ${gap[1]}`} ${part.text}`;
      last.glosses = [...last.glosses, ...part.glosses];
    } else {
      joined.push({ ...part, glosses: [...part.glosses] });
    }
    if (start >= 0) {
      cursor = start + part.text.length;
      previousEnd = cursor;
    } else {
      previousEnd = -1;
    }
  }
  return joined;
}

const GUARDED_COMMA = '\u201a';
const OPEN_CALL = '\u2768';
const CLOSE_CALL = '\u2769';
const unguard = (text: string): string =>
  text.replaceAll(GUARDED_COMMA, ',').replaceAll(OPEN_CALL, '(').replaceAll(CLOSE_CALL, ')');
const LONG_CLAUSE_WORDS = 8;
const CLAUSE_CUT = /,\s*(?:and\s+)?|\s+(?=(?:with|requiring|using|while|so that|and then)\b)/u;

/** A clause of many words said as several statements; every part keeps two content words at least. */
function splitLongClause(text: string): string[] {
  if (contentWords(text).length <= LONG_CLAUSE_WORDS) return [text];
  const parts: string[] = [];
  for (const piece of text
    .split(CLAUSE_CUT)
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    if (parts.length > 0 && contentWords(piece).length < 2) parts[parts.length - 1] += ` ${piece}`;
    else parts.push(piece);
  }
  if (parts.length > 1 && contentWords(parts[0]!).length < 2) parts.splice(0, 2, `${parts[0]}, ${parts[1]}`);
  return parts.map((p) => p.replace(/^(?:with|and|while)\s+/i, ''));
}

/** One bracket is another way to say the item ("Remote server access (SSH)"); several qualify its parts. */
function withGlosses(value: string, label: string | null): DraftPoint {
  if ((value.match(PARENTHESIS) ?? []).length > 1) return { text: value.replace(/[.;,\s]+$/, ''), label, glosses: [] };
  const glosses: string[] = [];
  const text = value
    .replace(PARENTHESIS, (_, inner: string) => {
      if (/[\p{L}\p{N}]/u.test(inner)) glosses.push(inner.trim());
      return '';
    })
    .replace(/[.;,\s]+$/, '')
    .trim();
  return { text: text === '' ? value : text, label, glosses };
}

/** The blocks as a model answer: each item a sentence ("Format: Database tables."), paragraphs as written. */
export function answerOf(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'paragraph') return stripMarkup(block.text).replace(ARROW, ', then ');
      const { label, value } = splitLabel(block.text);
      const sentence = (label === null ? value : `${label}: ${value}`).replace(ARROW, ', then ');
      return sentence === '' ? '' : /[.?!:]$/.test(sentence) ? sentence : `${sentence}.`;
    })
    .filter((s) => s !== '')
    .join(' ');
}
