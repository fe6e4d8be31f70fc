import {
  BACK_SCOPE_STOP_WORDS, CLAUSE_BREAK_WORDS, SUBORDINATE_WORDS, isNegationCue, NEGATION_BACK_SCOPE_TOKENS, NEGATION_SCOPE_TOKENS,
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
  /** True when a negation cue in the same clause denies this token (see negation.ts for its reach). */
  negated: boolean;
  isNegationCue: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\p{Cf}]|['’](?=\p{L}))*/gu;
const SENTENCE_BREAK = /[.!?;\n]/;
const CLAUSE_BREAK = /[,:()\[\]"“”—–]|\s-\s/;

interface RawWord { start: number; end: number; word: string }

function findWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push({ start: m.index, end: m.index + m[0].length, word: normalizeWord(m[0]) });
  }
  return words;
}

/** Splits text into stemmed tokens with sentence numbers and negation scope. */
export function tokenize(text: string): Token[] {
  const words = findWords(text);
  const tokens: Token[] = [];
  let sentence = 0;
  let negationLeft = 0;
  let clauseStart = 0;
  words.forEach((w, i) => {
    const gap = i === 0 ? '' : text.slice(words[i - 1]!.end, w.start);
    if (SENTENCE_BREAK.test(gap)) sentence += 1;
    if (SENTENCE_BREAK.test(gap) || CLAUSE_BREAK.test(gap) || CLAUSE_BREAK_WORDS.has(w.word)) {
      negationLeft = 0;
      clauseStart = i;
    }
    if (SUBORDINATE_WORDS.has(w.word)) negationLeft = 0;
    const cue = isNegationCue(w.word, words[i + 1]?.word, words[i - 1]?.word);
    const isStopword = STOPWORDS.has(w.word) || cue;
    tokens.push({
      start: w.start, end: w.end, word: w.word, stem: stemWord(w.word), sentence,
      isStopword, negated: negationLeft > 0 && !cue, isNegationCue: cue,
    });
    if (cue) {
      negationLeft = NEGATION_SCOPE_TOKENS;
      denyBackwards(tokens, clauseStart);
    } else if (negationLeft > 0 && !isStopword) negationLeft -= 1;
  });
  return tokens;
}

/** Marks the few words before the cue just pushed, within its clause, as denied. */
function denyBackwards(tokens: Token[], clauseStart: number): void {
  const cueIndex = tokens.length - 1;
  for (let i = cueIndex - 1; i >= Math.max(clauseStart, cueIndex - NEGATION_BACK_SCOPE_TOKENS); i -= 1) {
    const token = tokens[i]!;
    if (token.isNegationCue || BACK_SCOPE_STOP_WORDS.has(token.word)) return;
    token.negated = true;
  }
}
