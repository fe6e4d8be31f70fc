import type { HandlerContext, InteractionInput } from '../handler-context.ts';
import type { BotResponse } from '../reply.ts';
import { dailyAnswerFallback, openDailyAnswer, submitDailyAnswer } from '../daily/daily-answer.ts';
import { handleDaily } from '../daily/handle-daily.ts';
import { handleZoneAutocomplete } from '../daily/zone-choices.ts';
import { hasGroups, type GroupContext } from './group-context.ts';
import { parseGroupId } from './group-ids.ts';
import { groupStudyOff } from './group-study-off.ts';
import { handlePracticeChannel, type SlashGroupInput } from './handle-practice-channel.ts';
import { handleRound } from './handle-round.ts';
import { openRoundAnswer, roundAnswerFallback, submitRoundAnswer } from './round-answer.ts';

const COMMANDS: Record<string, (ctx: GroupContext, input: SlashGroupInput) => Promise<BotResponse>> = {
  'practice-channel': handlePracticeChannel,
  round: handleRound,
  daily: handleDaily,
};

/**
 * Practice channels, rounds and daily questions: the handler's answer for interactions that are theirs,
 * null for everything else; without group services in the context, a notice that they are off.
 */
export function routeGroupStudy(ctx: HandlerContext, input: InteractionInput): Promise<BotResponse> | null {
  if (!hasGroups(ctx)) return groupStudyOff(input);
  switch (input.kind) {
    case 'slash': return COMMANDS[input.command]?.(ctx, input) ?? null;
    case 'autocomplete': return input.command === 'daily' && input.focused.name === 'timezone' ? Promise.resolve(handleZoneAutocomplete(input.focused.value)) : null;
    case 'button': {
      const id = parseGroupId(input.customId);
      if (id?.kind === 'round-answer' || id?.kind === 'round-retry') return openRoundAnswer(ctx, input.actor, id.roundId);
      if (id?.kind === 'daily-answer' || id?.kind === 'daily-retry') return openDailyAnswer(ctx, input.actor, id.sessionId);
      return null;
    }
    case 'modal': {
      const id = parseGroupId(input.customId);
      if (id?.kind === 'round-submit') return submitRoundAnswer(ctx, input.actor, id.roundId, id.answersBefore, input.fields);
      if (id?.kind === 'daily-submit') return submitDailyAnswer(ctx, input.actor, id.sessionId, id.answersBefore, input.fields);
      return null;
    }
  }
}

/** The answer box, opened anyway when the store is too slow to check a round or daily Answer in time. */
export function groupButtonFallback(customId: string): BotResponse | undefined {
  const id = parseGroupId(customId);
  if (id?.kind === 'round-answer' || id?.kind === 'round-retry') return roundAnswerFallback(id.roundId, id.kind === 'round-retry');
  if (id?.kind === 'daily-answer' || id?.kind === 'daily-retry') return dailyAnswerFallback(id.sessionId, id.kind === 'daily-retry');
  return undefined;
}
