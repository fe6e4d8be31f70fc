import type { GroupContext } from '../../../interviewer/context.ts';
import { answerDaily, dailyAnswerBox } from '../../../interviewer/daily/daily-answer.ts';
import type { Actor } from '../../../interviewer/interviewer.ts';
import { answerBoxModal, answerText, groupAnswerModal } from '../group-study/group-answer.ts';
import { problem, update, type BotResponse } from '../interactions/bot-response.ts';
import { renderDailyFeedback } from './render-daily.ts';

const TITLE = 'Daily question';

/** Answer (on the daily DM or the nudge) or Retry (on the feedback): the answer box. */
export async function openDailyAnswer(ctx: GroupContext, actor: Actor, sessionId: string): Promise<BotResponse> {
  const box = await dailyAnswerBox(ctx, actor, sessionId);
  return box.ok
    ? answerBoxModal(box.value, (answersBefore) => ({ kind: 'daily-submit', sessionId, answersBefore }), TITLE)
    : problem(box.error);
}

export function dailyAnswerFallback(sessionId: string, isRetry: boolean): BotResponse {
  return groupAnswerModal({ kind: 'daily-submit', sessionId, answersBefore: isRetry ? 1 : 0 }, TITLE);
}

/** A daily answer from the box: checked, graded by the use case, feedback and streak in place. */
export async function submitDailyAnswer(
  ctx: GroupContext,
  actor: Actor,
  sessionId: string,
  answersBefore: number,
  fields: Record<string, string>,
): Promise<BotResponse> {
  const text = answerText(fields);
  if (!text.ok) return problem(text.error);
  const answered = await answerDaily(ctx, actor, sessionId, answersBefore, text.value);
  return answered.ok
    ? update(renderDailyFeedback(sessionId, answered.value.feedback, answered.value.streak))
    : problem(answered.error);
}
