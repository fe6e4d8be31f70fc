import type { BankQuestion } from '../bank/schema.ts';
import type { Attempt } from '../interview/types.ts';
import { scheduleReview } from './fsrs-schedule.ts';
import { rateAttempt } from './rate-attempt.ts';
import type { ReviewCard } from './types.ts';

/** What one attempt counts as for review: its session (a retry there is the same review), else itself. */
export const reviewKeyOf = (attempt: Pick<Attempt, 'id' | 'sessionId'>): string => attempt.sessionId ?? attempt.id;

/**
 * The cards to save after `attempt`: one per key point of its question, each rated (see rateAttempt) and
 * scheduled at the attempt's time. `existing` holds the user's cards of that question. A key point whose
 * last review already counted this attempt's session (a retry) is left as it is, so nothing is returned
 * for it.
 */
export function cardsAfterAttempt(
  existing: readonly ReviewCard[],
  attempt: Attempt,
  question: BankQuestion,
): ReviewCard[] {
  const key = reviewKeyOf(attempt);
  const now = new Date(attempt.createdAt);
  const byKeyPoint = new Map(existing.filter((c) => c.questionId === question.id).map((c) => [c.keyPointId, c]));
  return rateAttempt(attempt, question).flatMap(({ keyPointId, rating }) => {
    const card = byKeyPoint.get(keyPointId) ?? null;
    if (card !== null && (card.lastReviewKey === key || card.lastReview > attempt.createdAt)) return [];
    return [
      {
        userId: attempt.userId,
        questionId: question.id,
        keyPointId,
        ...scheduleReview(card, rating, now),
        lastReviewKey: key,
      },
    ];
  });
}
