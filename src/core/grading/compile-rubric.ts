import type { KeyPoint, Rubric } from '../bank/schema.ts';
import { tokenize } from '../text/tokenize.ts';
import { LOW_WEIGHT_WORDS } from '../text/stopwords.ts';
import { FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { LOW_WEIGHT_TERM } from './thresholds.ts';

export interface Term {
  stem: string;
  /** The word as the rubric wrote it, to tell the candidate what was missing. */
  display: string;
  weight: number;
  /** True when the phrase itself states this term negatively ("no consistent schema"). */
  negated: boolean;
}

export interface Phrase {
  terms: Term[];
  totalWeight: number;
}

export interface CompiledKeyPoint {
  keyPoint: KeyPoint;
  /** The key point's text first, then each alias: any one of them states the point. */
  phrases: Phrase[];
}

/** A rubric prepared for fast repeated grading. Build once per rubric, reuse for every answer. */
export interface CompiledRubric {
  rubric: Rubric;
  keyPoints: CompiledKeyPoint[];
  vocabulary: FuzzyVocabulary;
  totalWeight: number;
}

export function compileRubric(rubric: Rubric): CompiledRubric {
  const keyPoints = rubric.keyPoints.map(compileKeyPoint);
  const entries = keyPoints.flatMap((k) =>
    k.phrases.flatMap((p) => p.terms.map((t) => ({ word: t.display, stem: t.stem }))),
  );
  const totalWeight = rubric.keyPoints.reduce((sum, k) => sum + (k.weight ?? 1), 0);
  return { rubric, keyPoints, vocabulary: new FuzzyVocabulary(entries), totalWeight };
}

function compileKeyPoint(keyPoint: KeyPoint): CompiledKeyPoint {
  const phrases = [keyPoint.text, ...(keyPoint.aliases ?? [])]
    .map(compilePhrase)
    .filter((p) => p.terms.length > 0);
  return { keyPoint, phrases };
}

export function compilePhrase(text: string): Phrase {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    if (token.isStopword || seen.has(token.stem)) continue;
    seen.add(token.stem);
    const weight = LOW_WEIGHT_WORDS.has(token.word) ? LOW_WEIGHT_TERM : 1;
    terms.push({ stem: token.stem, display: token.word, weight, negated: token.negated });
  }
  return { terms, totalWeight: terms.reduce((sum, t) => sum + t.weight, 0) };
}
