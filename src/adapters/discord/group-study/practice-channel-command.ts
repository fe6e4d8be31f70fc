import { ApplicationCommandOptionType as Option, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import type { GroupContext } from '../../../interviewer/context.ts';
import {
  moderatedServer,
  removePracticeChannel,
  setPracticeChannel,
} from '../../../interviewer/rounds/practice-channels.ts';
import { notice, problem, type BotResponse } from '../interactions/bot-response.ts';
import { IN_SERVERS, textChannelOption, topicOption } from '../interactions/command-options.ts';
import { groupCommand, type SlashInput } from '../interactions/slash-command.ts';
import { isModerator } from './moderator.ts';

const snowflake = z.string().regex(/^\d{1,25}$/);
const setOptions = z.object({
  channel: snowflake,
  topic: z.string().max(100).optional(),
  'round-minutes': z.number().int().optional(),
});
const offOptions = z.object({ channel: snowflake.optional() });

/** `/practice-channel set|off`: moderators (Manage Server) only, in a server. */
async function handlePracticeChannel(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  const server = moderatedServer({ guildId: input.actor.guildId, isModerator: isModerator(input) });
  if (!server.ok) return problem(server.error);
  const { topics } = ctx.interviewer.bank;
  if (input.subcommand === 'off') {
    const parsed = offOptions.safeParse(input.options);
    const removed = await removePracticeChannel(
      ctx,
      (parsed.success ? parsed.data.channel : undefined) ?? input.channelId,
    );
    return removed.ok
      ? notice(
          `<#${removed.value}> is no longer a practice channel. Rounds already open there still close with results.`,
        )
      : problem(removed.error);
  }
  const parsed = setOptions.safeParse(input.options);
  if (input.subcommand !== 'set' || !parsed.success) return problem('invalid_round_minutes');
  const { channel, topic, 'round-minutes': roundMinutes } = parsed.data;
  const set = await setPracticeChannel(ctx, server.value, { channelId: channel, topic, roundMinutes });
  if (!set.ok) return problem(set.error, topics);
  const { channelId, topic: chosen, roundMinutes: minutes } = set.value;
  return notice(
    `<#${channelId}> is now a practice channel: rounds of ${minutes} minute(s) on ${chosen ?? 'any topic'}. Anyone there can start one with /round start.`,
  );
}

export const practiceChannelCommand = groupCommand({
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'practice-channel',
    description: 'Set up a channel for group practice rounds (Manage Server)',
    ...IN_SERVERS,
    options: [
      {
        type: Option.Subcommand,
        name: 'set',
        description: 'Make a channel a practice channel',
        options: [
          textChannelOption('The channel where rounds run'),
          topicOption('Rounds draw from this topic (default: any)'),
          {
            type: Option.Integer,
            name: 'round-minutes',
            description: 'How long a round stays open (1-120, default 10)',
            min_value: 1,
            max_value: 120,
          },
        ],
      },
      {
        type: Option.Subcommand,
        name: 'off',
        description: 'Stop using a channel for practice rounds',
        options: [textChannelOption('Which channel (default: this one)', false)],
      },
    ],
  },
  handle: handlePracticeChannel,
});
