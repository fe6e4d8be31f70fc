import type { Actor } from '../../../interviewer/interviewer.ts';
import { update, type BotResponse } from '../reply.ts';
import { problem } from '../session-guard.ts';
import { answerText, gradeGroupAnswer, groupAnswerModal, openAnswerBox } from '../practice/group-answer.ts';
import { groupProblem, type GroupContext } from '../practice/group-context.ts';
import { dailyStreakOf } from './daily-sessions.ts';
import { renderDailyFeedback } from './render-daily.ts';

const TITLE = 'Daily question';

/** Answer (on the daily DM or the nudge) or Retry (on the feedback): the answer box. */
export async function openDailyAnswer(ctx: GroupContext, actor: Actor, sessionId: string): Promise<BotResponse> {
  const session = await ctx.store.getSession(sessionId);
  if (session === null) return groupProblem('unknown_daily');
  if (session.userId !== actor.userId) return problem('not_your_session');
  if (session.status !== 'active') return problem('session_not_active');
  const answersBefore = session.outcomes[0]?.answers ?? 0;
  return openAnswerBox(ctx, actor.userId, sessionId, { kind: 'daily-submit', sessionId, answersBefore }, TITLE);
}

export function dailyAnswerFallback(sessionId: string, isRetry: boolean): BotResponse {
  return groupAnswerModal({ kind: 'daily-submit', sessionId, answersBefore: isRetry ? 1 : 0 }, TITLE);
}

/**
 * A daily answer: graded, stored with source 'daily' ('voice' when spoken), counted for the streak by its
 * session either way, feedback in place.
 */
export async function submitDailyAnswer(
  ctx: GroupContext, actor: Actor, sessionId: string, answersBefore: number, fields: Record<string, string>,
): Promise<BotResponse> {
  const text = answerText(fields);
  if (!text.ok) return problem(text.error);
  return ctx.sessionLock.run(sessionId, async () => {
    const session = await ctx.store.getSession(sessionId);
    if (session === null) return groupProblem('unknown_daily');
    const graded = await gradeGroupAnswer(ctx, actor, session, answersBefore, text.value, ctx.clock());
    if (!graded.ok) return graded.response;
    const streak = await dailyStreakOf(ctx, actor.userId);
    return update(renderDailyFeedback(sessionId, graded.answer.feedback, streak));
  });
}
