import { tokenize, type Token } from '../text/tokenize.ts';
import { NUMBER_WORDS } from '../text/word-forms.ts';
import type { FuzzyVocabulary } from './fuzzy-vocabulary.ts';

export interface Occurrence {
  tokenIndex: number;
  sentence: number;
  strength: number;
  negated: boolean;
}

/** An answer tokenized once and indexed by the rubric stems its words match. */
export interface PreparedAnswer {
  text: string;
  tokens: Token[];
  occurrences: Map<string, Occurrence[]>;
}

export function prepareAnswer(text: string, vocabulary: FuzzyVocabulary): PreparedAnswer {
  const tokens = tokenize(text);
  const occurrences = new Map<string, Occurrence[]>();
  const add = (stem: string, tokenIndex: number, strength: number): void => {
    const token = tokens[tokenIndex]!;
    const list = occurrences.get(stem) ?? [];
    list.push({ tokenIndex, sentence: token.sentence, strength, negated: token.negated });
    occurrences.set(stem, list);
  };
  tokens.forEach((token, tokenIndex) => {
    const digits = NUMBER_WORDS.get(token.word);
    // "one" is a function word too; it counts only where the rubric names that number.
    if (digits !== undefined && vocabulary.has(digits)) add(digits, tokenIndex, 1);
    if (token.isStopword) return;
    const match = vocabulary.lookup(token.word, token.stem);
    if (match !== null) add(match.stem, tokenIndex, match.strength);
    for (const stem of vocabulary.expansionOf(token.word)) add(stem, tokenIndex, 1);
    for (const { stems, abbreviation } of vocabulary.abbreviationsStartingWith(token.stem)) {
      if (spellsOut(tokens, tokenIndex, stems)) add(abbreviation, tokenIndex, 1);
    }
  });
  return { text, tokens, occurrences };
}

/** True when the tokens from `start` on are exactly these stems ("structured query language"). */
function spellsOut(tokens: Token[], start: number, stems: readonly string[]): boolean {
  return stems.every((stem, i) => tokens[start + i]?.stem === stem);
}
