import type { Bank } from '../../core/bank/schema.ts';
import type { Attempt } from '../../core/interview/types.ts';
import { cardsAfterAttempt } from '../../core/review/index.ts';
import type { Store } from '../../store/store.ts';

/**
 * Rates every key point of the attempt's question and saves the rescheduled review cards (a retry in the
 * same session changes nothing). Called wherever an attempt is stored; an attempt on a question no longer
 * in the bank is ignored.
 */
export async function recordReview(deps: { bank: Bank; store: Store }, attempt: Attempt): Promise<void> {
  const question = deps.bank.byId.get(attempt.questionId);
  if (question === undefined) return;
  const cards = await deps.store.listReviewCards(attempt.userId);
  const changed = cardsAfterAttempt(cards, attempt, question);
  if (changed.length > 0) await deps.store.saveReviewCards(changed);
}
