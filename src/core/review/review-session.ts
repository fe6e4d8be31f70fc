import { activeSession } from '../interview/start-session.ts';
import type { AnswerSource, Session } from '../interview/types.ts';
import { err, ok, type Result } from '../result.ts';
import type { DueQuestion } from './due-questions.ts';

/** Questions in one review when the caller does not say. */
export const DEFAULT_REVIEW_COUNT = 5;
export const MAX_REVIEW_COUNT = 20;

export interface ReviewSessionInput {
  id: string;
  userId: string;
  guildId: string | null;
  source: AnswerSource;
  /** Most overdue first (see dueQuestions). */
  due: readonly DueQuestion[];
  count: number;
  now: Date;
}

/**
 * An interview made of the due questions, most overdue first, at most `count` (1-20) of them; the
 * error carries no detail, since only the caller knows when the next review is.
 */
export function startReviewSession(input: ReviewSessionInput): Result<Session, 'nothing_due'> {
  const count = Math.min(MAX_REVIEW_COUNT, Math.max(1, Math.floor(input.count)));
  const questionIds = input.due.slice(0, count).map((d) => d.questionId);
  if (questionIds.length === 0) return err('nothing_due');
  return ok(activeSession(input, { topic: null, difficulty: null, count: questionIds.length }, questionIds, input.now));
}
