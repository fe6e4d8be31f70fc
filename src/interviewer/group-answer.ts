import { MAX_ANSWERS_PER_QUESTION } from '../core/interview/index.ts';
import type { Session } from '../core/interview/types.ts';
import { err, ok, type Result } from '../core/result.ts';
import { oneQuestionDeps, type GroupContext } from './context.ts';
import type { GroupNotice } from './messages.ts';
import { answerOneQuestion, type OneAnswer } from './one-question.ts';
import type { Actor, SessionError } from './types.ts';
import { rememberUser } from './remember-user.ts';

/*
 * What round and daily answers share: opening the answer box (first answer, or the one retry pre-filled
 * with the first) and taking a submitted answer.
 */

/** What an answer box opens with: how many answers came before, and the first answer on a retry. */
export interface AnswerBox {
  answersBefore: number;
  previous?: string;
}

/** The answer box of the user's one-question session `sessionId`; refused once the retry is used. */
export async function answerBoxFor(
  ctx: GroupContext,
  userId: string,
  sessionId: string,
  answersBefore: number,
): Promise<Result<AnswerBox, 'retry_used'>> {
  if (answersBefore >= MAX_ANSWERS_PER_QUESTION) return err('retry_used');
  if (answersBefore === 0) return ok({ answersBefore });
  const previous = (await ctx.store.listAttempts(userId)).findLast((a) => a.sessionId === sessionId)?.answer;
  return ok(previous === undefined ? { answersBefore } : { answersBefore, previous });
}

/**
 * A round or daily answer to `session`, as just read under its lock: taken only if it is the answer its
 * box was opened for (of two boxes opened before either was sent, only the first counts), then graded
 * and stored, the user's profile kept current.
 */
export async function takeGroupAnswer(
  ctx: GroupContext,
  actor: Actor,
  session: Session,
  answersBefore: number,
  text: string,
  now: Date,
): Promise<Result<OneAnswer, GroupNotice | SessionError>> {
  if ((session.outcomes[0]?.answers ?? 0) !== answersBefore) return err('answered_already');
  await rememberUser(ctx.store, actor.userId, actor.displayName);
  return answerOneQuestion(oneQuestionDeps(ctx), session, actor, text, now);
}
