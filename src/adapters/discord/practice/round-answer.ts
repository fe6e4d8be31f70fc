import { isRoundOpen, roundAnswer } from '../../../core/rounds/index.ts';
import type { Actor } from '../../../interviewer/interviewer.ts';
import { ensureOneQuestionSession } from '../../../interviewer/one-question.ts';
import { reply, type BotResponse } from '../reply.ts';
import { problem } from '../session-guard.ts';
import { answerText, gradeGroupAnswer, groupAnswerModal, openAnswerBox } from './group-answer.ts';
import { groupProblem, oneQuestionDeps, type GroupContext } from './group-context.ts';
import { roundSessionId } from './group-ids.ts';
import { renderRoundFeedback } from './render-round.ts';

const TITLE = 'Round question';

/** Answer (on the round's message) or Retry (on the private feedback): the answer box, while the round is open. */
export async function openRoundAnswer(ctx: GroupContext, actor: Actor, roundId: string): Promise<BotResponse> {
  const round = await ctx.store.getRound(roundId);
  if (round === null) return groupProblem('unknown_round');
  if (!isRoundOpen(round, ctx.clock())) return groupProblem('round_closed');
  const sessionId = roundSessionId(roundId, actor.userId);
  const answersBefore = (await ctx.store.getSession(sessionId))?.outcomes[0]?.answers ?? 0;
  return openAnswerBox(ctx, actor.userId, sessionId, { kind: 'round-submit', roundId, answersBefore }, TITLE);
}

/** When the store is too slow to check in time: the answer box anyway (the submission is checked in full). */
export function roundAnswerFallback(roundId: string, isRetry: boolean): BotResponse {
  return groupAnswerModal({ kind: 'round-submit', roundId, answersBefore: isRetry ? 1 : 0 }, TITLE);
}

/**
 * A member's answer: graded at once, stored with source 'round' ('voice' when spoken), recorded in the
 * round (the first one counts), and the feedback shown to them alone.
 */
export async function submitRoundAnswer(
  ctx: GroupContext, actor: Actor, roundId: string, answersBefore: number, fields: Record<string, string>,
): Promise<BotResponse> {
  const text = answerText(fields);
  if (!text.ok) return problem(text.error);
  const sessionId = roundSessionId(roundId, actor.userId);
  return ctx.sessionLock.run(sessionId, async () => {
    const round = await ctx.store.getRound(roundId);
    if (round === null) return groupProblem('unknown_round');
    const now = ctx.clock();
    if (!isRoundOpen(round, now)) return groupProblem('round_closed');
    const session = await ensureOneQuestionSession(oneQuestionDeps(ctx), {
      id: sessionId, userId: actor.userId, guildId: round.guildId, source: 'round', questionId: round.questionId, now,
    });
    if (!session.ok) return problem(session.error);
    const graded = await gradeGroupAnswer(ctx, actor, session.value, answersBefore, text.value, now);
    if (!graded.ok) return graded.response;
    const entry = roundAnswer(round, graded.answer.attempt, now);
    if (!entry.ok) return groupProblem('round_closed');
    const counted = await ctx.store.addRoundAnswer(entry.value);
    return reply(renderRoundFeedback({ roundId, sessionId, feedback: graded.answer.feedback, counted, closesAt: round.closesAt }));
  });
}
