import type { BankQuestion } from '../bank/schema.ts';
import type { KeyPointResult } from '../grading/types.ts';
import { hintOrder } from '../interview/session-state.ts';
import type { Attempt } from '../interview/types.ts';
import type { KeyPointRating, ReviewRating } from './types.ts';

/**
 * Rates every key point of the attempt's question from what the answer covered: covered -> good, nearly
 * covered -> hard, missed or denied -> again. A key point revealed by a hint was not recalled: again.
 * Key points the grade does not mention (added to the rubric since) count as missed.
 */
export function rateAttempt(
  attempt: Pick<Attempt, 'keyPoints' | 'hintsUsed'>,
  question: BankQuestion,
): KeyPointRating[] {
  const hinted = new Set(
    hintOrder(question.rubric)
      .slice(0, attempt.hintsUsed)
      .map((k) => k.id),
  );
  const results = new Map(attempt.keyPoints.map((k) => [k.id, k]));
  return question.rubric.keyPoints.map((keyPoint) => ({
    keyPointId: keyPoint.id,
    rating: hinted.has(keyPoint.id) ? 'again' : ratingOf(results.get(keyPoint.id)),
  }));
}

function ratingOf(result: KeyPointResult | undefined): ReviewRating {
  if (result === undefined || result.negated) return 'again';
  if (result.status === 'hit') return 'good';
  return result.status === 'partial' ? 'hard' : 'again';
}
