import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import type { BotResponse } from '../interactions/bot-response.ts';
import { dailyAnswerFallback, openDailyAnswer, submitDailyAnswer } from '../daily/daily-answer.ts';
import { hasGroups } from '../../../interviewer/context.ts';
import { parseGroupId } from './group-ids.ts';
import { groupStudyOff } from './group-study-off.ts';
import { openRoundAnswer, roundAnswerFallback, submitRoundAnswer } from './round-answer.ts';

/**
 * The buttons and answer boxes of rounds and daily questions: the handler's answer for those that are
 * theirs, null for everything else; without group services in the context, a notice that they are off.
 */
export function routeGroupStudy(
  ctx: HandlerContext,
  input: Extract<InteractionInput, { kind: 'button' | 'modal' }>,
): Promise<BotResponse> | null {
  if (!hasGroups(ctx)) return groupStudyOff(input);
  switch (input.kind) {
    case 'button': {
      const id = parseGroupId(input.customId);
      if (id?.kind === 'round-answer' || id?.kind === 'round-retry')
        return openRoundAnswer(ctx, input.actor, id.roundId);
      if (id?.kind === 'daily-answer' || id?.kind === 'daily-retry')
        return openDailyAnswer(ctx, input.actor, id.sessionId);
      return null;
    }
    case 'modal': {
      const id = parseGroupId(input.customId);
      if (id?.kind === 'round-submit')
        return submitRoundAnswer(ctx, input.actor, id.roundId, id.answersBefore, input.fields);
      if (id?.kind === 'daily-submit')
        return submitDailyAnswer(ctx, input.actor, id.sessionId, id.answersBefore, input.fields);
      return null;
    }
  }
}

/** The answer box, opened anyway when the store is too slow to check a round or daily Answer in time. */
export function groupButtonFallback(customId: string): BotResponse | undefined {
  const id = parseGroupId(customId);
  if (id?.kind === 'round-answer' || id?.kind === 'round-retry')
    return roundAnswerFallback(id.roundId, id.kind === 'round-retry');
  if (id?.kind === 'daily-answer' || id?.kind === 'daily-retry')
    return dailyAnswerFallback(id.sessionId, id.kind === 'daily-retry');
  return undefined;
}
