import {
  ATTRIBUTIVE_DISMISSAL_SCOPE_TOKENS,
  BACK_SCOPE_STOP_WORDS,
  CLAUSE_BREAK_WORDS,
  CLAUSE_SUBJECTS,
  DISMISSAL_BACK_SCOPE_TOKENS,
  SUBORDINATE_WORDS,
  deniesADismissal,
  dismissalAt,
  isDismissal,
  isNegationCue,
  mayBeNegationCue,
  NEGATION_BACK_SCOPE_TOKENS,
  NEGATION_SCOPE_TOKENS,
} from './negation.ts';
import { normalizeWord, stemWord } from './normalize.ts';
import { STOPWORDS } from './stopwords.ts';

export interface Token {
  /** Offsets into the original text, for quoting evidence. */
  start: number;
  end: number;
  word: string;
  stem: string;
  isStopword: boolean;
  /** Index of the sentence the token is in (split on . ! ? ; and line breaks). */
  sentence: number;
  /** Index of the clause the token is in: sentences split further on , : ( ) dashes and words like "but". */
  clause: number;
  /** True when a negation cue in the same clause denies this token (see negation.ts for its reach). */
  negated: boolean;
  /** Denied by a cue after it ("first I don't …", "the base case is never reached"): the clause's subject side. */
  isDeniedBackwards: boolean;
  isNegationCue: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\p{Cf}]|['’](?=\p{L}))*/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const CLAUSE_BREAK = /[,:()\[\]"“”—–]|\s-\s/;

/** The words of a text, as parallel lists: where each starts and ends, and its normalized form. */
interface Words {
  starts: number[];
  ends: number[];
  words: string[];
}

/** What the text between two words does: nothing, end a clause, or end a sentence (and its clause). */
type Gap = 'plain' | 'clause' | 'sentence';

function findWords(text: string): Words {
  // Most answers are plain ASCII: a scan of character codes finds the same words as WORD, several times faster.
  return ASCII_ONLY.test(text) ? findAsciiWords(text) : findUnicodeWords(text);
}

function findUnicodeWords(text: string): Words {
  const found: Words = { starts: [], ends: [], words: [] };
  for (const m of text.matchAll(WORD)) {
    const suffix = languageSuffixAt(text, m.index, m.index + m[0].length);
    found.starts.push(m.index);
    found.ends.push(m.index + m[0].length + suffix);
    found.words.push(normalizeWord(m[0]) + text.slice(m.index + m[0].length, m.index + m[0].length + suffix));
  }
  return found;
}

/** WORD and normalizeWord on ASCII text: letters and digits, with an apostrophe only before a letter. */
function findAsciiWords(text: string): Words {
  const lower = text.toLowerCase();
  const found: Words = { starts: [], ends: [], words: [] };
  let i = 0;
  while (i < text.length) {
    if (!isAsciiLetterOrDigit(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i < text.length && (isAsciiLetterOrDigit(text.charCodeAt(i)) || isApostropheBeforeLetter(text, i))) i += 1;
    const next = text.charCodeAt(i);
    if (i - start <= 2 && (next === PLUS || next === HASH)) i += languageSuffixAt(text, start, i);
    found.starts.push(start);
    found.ends.push(i);
    found.words.push(lower.slice(start, i));
  }
  return found;
}

/**
 * "C++", "C#", "F#": a language named by a letter or two and a sign is one word, so a rubric's "c++" is never
 * stated by the "C" of "Vitamin C". Returns how many sign characters after the word belong to it.
 */
const PLUS = 43;
const HASH = 35;

function languageSuffixAt(text: string, start: number, end: number): number {
  if (end - start > 2) return 0;
  if (text.startsWith('++', end)) return 2;
  return text[end] === '#' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '') ? 1 : 0;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

function isApostropheBeforeLetter(text: string, i: number): boolean {
  return text.charCodeAt(i) === 39 && isAsciiLetter(text.charCodeAt(i + 1));
}

/** The same as testing the gap for . ! ? ; or a line break, then for CLAUSE_BREAK, without slicing a plain space. */
function gapBetween(text: string, from: number, to: number): Gap {
  let isOnlySpaces = true;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10) return 'sentence';
    if (code !== 32) isOnlySpaces = false;
  }
  return !isOnlySpaces && CLAUSE_BREAK.test(text.slice(from, to)) ? 'clause' : 'plain';
}

/** What tokenizing needs to know of a word whatever its neighbours, so that each word costs one look-up. */
interface WordFacts {
  stem: string;
  isStopword: boolean;
  endsClause: boolean;
  isSubordinate: boolean;
  mayDeny: boolean;
  mayDismiss: boolean;
}

/** Answers repeat their words and the bank's; bounded like the stem cache. */
const factsCache = new Map<string, WordFacts>();
const FACTS_CACHE_LIMIT = 50_000;

function factsOf(word: string): WordFacts {
  const cached = factsCache.get(word);
  if (cached !== undefined) return cached;
  const facts: WordFacts = {
    stem: stemWord(word),
    isStopword: STOPWORDS.has(word),
    endsClause: CLAUSE_BREAK_WORDS.has(word),
    isSubordinate: SUBORDINATE_WORDS.has(word),
    mayDeny: mayBeNegationCue(word),
    mayDismiss: isDismissal(word),
  };
  if (factsCache.size >= FACTS_CACHE_LIMIT) factsCache.clear();
  factsCache.set(word, facts);
  return facts;
}

/** Splits text into stemmed tokens with sentence numbers and negation scope. */
export function tokenize(text: string): Token[] {
  const { starts, ends, words } = findWords(text);
  const tokens: Token[] = [];
  let sentence = 0;
  let negationLeft = 0;
  let clauseStart = 0;
  let clause = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const facts = factsOf(word);
    const gap = i === 0 ? 'plain' : gapBetween(text, ends[i - 1]!, starts[i]!);
    if (gap === 'sentence') sentence += 1;
    if (gap !== 'plain' || facts.endsClause) {
      negationLeft = 0;
      clauseStart = i;
      if (i > 0) clause += 1;
    }
    if (facts.isSubordinate || startsCoordinateClause(word, words[i + 1])) negationLeft = 0;
    const dismissal = facts.mayDismiss ? dismissalAt(words, i) : null;
    const cue =
      dismissal !== null ||
      (facts.mayDeny &&
        isNegationCue(word, i + 1 < words.length ? words[i + 1] : undefined, i > 0 ? words[i - 1] : undefined) &&
        !deniesADismissal(words, i));
    const isStopword = facts.isStopword || cue;
    tokens.push({
      start: starts[i]!,
      end: ends[i]!,
      word,
      stem: facts.stem,
      sentence,
      clause,
      isStopword,
      negated: negationLeft > 0 && !cue,
      isDeniedBackwards: false,
      isNegationCue: cue,
    });
    if (dismissal === 'attributive') negationLeft = ATTRIBUTIVE_DISMISSAL_SCOPE_TOKENS;
    else if (cue) {
      negationLeft = NEGATION_SCOPE_TOKENS;
      if (dismissal === 'predicative') denyBackwards(tokens, clauseStart, DISMISSAL_BACK_SCOPE_TOKENS, true);
      else denyBackwards(tokens, clauseStart, NEGATION_BACK_SCOPE_TOKENS, false);
    } else if (negationLeft > 0 && !isStopword) negationLeft -= 1;
  }
  return tokens;
}

function startsCoordination(word: string, next: string | undefined): boolean {
  return (word === 'and' || word === 'or') && !startsCoordinateClause(word, next);
}

function startsCoordinateClause(word: string, next: string | undefined): boolean {
  return (word === 'and' || word === 'or') && next !== undefined && CLAUSE_SUBJECTS.has(next);
}

/**
 * Marks the few words before the cue just pushed, within its clause, as denied; a dismissal's subject may be
 * two things joined by "and" / "or" (`overCoordination`).
 */
function denyBackwards(tokens: Token[], clauseStart: number, reach: number, overCoordination: boolean): void {
  const cueIndex = tokens.length - 1;
  let from = cueIndex;
  let joinedAt = -1;
  for (let i = cueIndex - 1; i >= Math.max(clauseStart, cueIndex - reach); i -= 1) {
    const token = tokens[i]!;
    // "Debugging and version control are useless": "and" joins the things said useless, unless a clause of
    // its own starts after it ("we use SQL and it's pointless to copy files") or went before it ("we use SQL
    // and copying files is pointless": a subject of its own before "and").
    if (overCoordination && startsCoordination(token.word, tokens[i + 1]?.word)) {
      joinedAt = i;
      continue;
    }
    if (joinedAt >= 0 && CLAUSE_SUBJECTS.has(token.word)) {
      from = joinedAt + 1;
      break;
    }
    if (token.isNegationCue || BACK_SCOPE_STOP_WORDS.has(token.word)) break;
    from = i;
  }
  for (let i = from; i < cueIndex; i += 1) {
    if (!tokens[i]!.negated) tokens[i]!.isDeniedBackwards = true;
    tokens[i]!.negated = true;
  }
}
