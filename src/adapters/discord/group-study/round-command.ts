import { ApplicationCommandOptionType as Option, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import type { GroupContext } from '../../../interviewer/context.ts';
import { endOpenRound, startPracticeRound } from '../../../interviewer/rounds/rounds.ts';
import { notice, problem, type BotResponse } from '../interactions/bot-response.ts';
import { IN_SERVERS, topicOption } from '../interactions/command-options.ts';
import { groupCommand, type SlashInput } from '../interactions/slash-command.ts';
import { discordTime, isModerator } from './moderator.ts';

const startOptions = z.object({ topic: z.string().max(100).optional() });

/** `/round start [topic]` (anyone, in a practice channel) and `/round end` (its starter or a moderator). */
async function handleRound(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  const place = { guildId: input.actor.guildId, channelId: input.channelId };
  if (input.subcommand === 'end') {
    const ended = await endOpenRound(ctx, input.actor, place, isModerator(input));
    return ended.ok
      ? notice('Round ended: the results are posted in the channel, with a thread to discuss them.')
      : problem(ended.error);
  }
  const parsed = startOptions.safeParse(input.options);
  const started = await startPracticeRound(ctx, input.actor, place, parsed.success ? parsed.data.topic : undefined);
  if (!started.ok) return problem(started.error, ctx.interviewer.bank.topics);
  return notice(
    `Round started: the question is in the channel. It closes ${discordTime(started.value.closesAt)}, then the results are posted.`,
  );
}

export const roundCommand = groupCommand({
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'round',
    description: 'A timed question for everyone in a practice channel',
    ...IN_SERVERS,
    options: [
      {
        type: Option.Subcommand,
        name: 'start',
        description: 'Start a round in this practice channel',
        options: [topicOption('Topic of the question (default: the channel’s)')],
      },
      {
        type: Option.Subcommand,
        name: 'end',
        description: 'End the open round now and post the results (its starter or a moderator)',
      },
    ],
  },
  handle: handleRound,
});
