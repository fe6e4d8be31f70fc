import { tokenize, type Token } from '../text/tokenize.ts';
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
  tokens.forEach((token, tokenIndex) => {
    if (token.isStopword) return;
    const match = vocabulary.lookup(token.word, token.stem);
    if (match === null) return;
    const list = occurrences.get(match.stem) ?? [];
    list.push({ tokenIndex, sentence: token.sentence, strength: match.strength, negated: token.negated });
    occurrences.set(match.stem, list);
  });
  return { text, tokens, occurrences };
}
