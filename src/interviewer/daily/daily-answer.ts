import type { Feedback } from '../../core/interview/index.ts';
import type { Session } from '../../core/interview/types.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { Streak } from '../../core/stats/types.ts';
import type { GroupContext } from '../context.ts';
import { answerBoxFor, takeGroupAnswer, type AnswerBox } from '../group-answer.ts';
import type { GroupNotice } from '../messages.ts';
import type { Actor, SessionError } from '../types.ts';
import { dailyBankOf, dailyStreakOf } from './daily-sessions.ts';

/** Answer (on the daily DM or the nudge) or Retry (on the feedback): the answer box. */
export async function dailyAnswerBox(
  ctx: GroupContext,
  actor: Actor,
  sessionId: string,
): Promise<Result<AnswerBox, GroupNotice | SessionError>> {
  const session = await ctx.store.getSession(sessionId);
  if (session === null) return err('unknown_daily');
  if (session.userId !== actor.userId) return err('not_your_session');
  if (session.status !== 'active') return err('session_not_active');
  if ((await dailyContextFor(ctx, session)) === null) return err('question_topic_removed');
  return answerBoxFor(ctx, actor.userId, sessionId, session.outcomes[0]?.answers ?? 0);
}

export interface DailyFeedback {
  sessionId: string;
  feedback: Feedback;
  streak: Streak;
}

/**
 * A daily answer: graded against the bank of the server the user subscribed in, stored with source 'daily'
 * ('voice' when spoken), counted for the streak by its session either way.
 */
export function answerDaily(
  ctx: GroupContext,
  actor: Actor,
  sessionId: string,
  answersBefore: number,
  text: string,
): Promise<Result<DailyFeedback, GroupNotice | SessionError>> {
  return ctx.sessionLock.run(sessionId, async () => {
    const session = await ctx.store.getSession(sessionId);
    if (session === null) return err('unknown_daily');
    const scoped = await dailyContextFor(ctx, session);
    if (scoped === null) return err('question_topic_removed');
    const graded = await takeGroupAnswer(scoped, actor, session, answersBefore, text, ctx.clock());
    if (!graded.ok) return graded;
    return ok({ sessionId, feedback: graded.value.feedback, streak: await dailyStreakOf(ctx, actor.userId) });
  });
}

/**
 * The context whose bank holds the daily session's question: the subscriber's server's, else the built-in one
 * (a question sent before they subscribed again elsewhere); null when neither has it (its topic was removed).
 */
async function dailyContextFor(ctx: GroupContext, session: Session): Promise<GroupContext | null> {
  const questionId = session.questionIds[0] ?? '';
  const scoped = await dailyBankOf(ctx, await ctx.store.getDailySubscription(session.userId));
  if (scoped.interviewer.bank.byId.has(questionId)) return scoped;
  const builtIn = { ...ctx, interviewer: ctx.serverBanks.builtIn };
  return builtIn.interviewer.bank.byId.has(questionId) ? builtIn : null;
}
