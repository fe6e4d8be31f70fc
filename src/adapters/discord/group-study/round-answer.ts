import type { Actor } from '../../../interviewer/interviewer.ts';
import type { GroupContext } from '../../../interviewer/context.ts';
import { answerRound, roundAnswerBox } from '../../../interviewer/rounds/rounds.ts';
import { problem, reply, type BotResponse } from '../interactions/bot-response.ts';
import { answerBoxModal, answerText, groupAnswerModal } from './group-answer.ts';
import { renderRoundFeedback } from './render-round.ts';

const TITLE = 'Round question';

/** Answer (on the round's message) or Retry (on the private feedback): the answer box, while the round is open. */
export async function openRoundAnswer(ctx: GroupContext, actor: Actor, roundId: string): Promise<BotResponse> {
  const box = await roundAnswerBox(ctx, actor, roundId);
  return box.ok
    ? answerBoxModal(box.value, (answersBefore) => ({ kind: 'round-submit', roundId, answersBefore }), TITLE)
    : problem(box.error);
}

/** When the store is too slow to check in time: the answer box anyway (the submission is checked in full). */
export function roundAnswerFallback(roundId: string, isRetry: boolean): BotResponse {
  return groupAnswerModal({ kind: 'round-submit', roundId, answersBefore: isRetry ? 1 : 0 }, TITLE);
}

/** A member's answer from the box: checked, then graded by the use case; the feedback is shown to them alone. */
export async function submitRoundAnswer(
  ctx: GroupContext,
  actor: Actor,
  roundId: string,
  answersBefore: number,
  fields: Record<string, string>,
): Promise<BotResponse> {
  const text = answerText(fields);
  if (!text.ok) return problem(text.error);
  const answered = await answerRound(ctx, actor, roundId, answersBefore, text.value);
  return answered.ok ? reply(renderRoundFeedback(answered.value)) : problem(answered.error);
}
