import { z } from 'zod';
import type { GroupContext } from '../../../interviewer/context.ts';
import { moderatedServer, removePracticeChannel, setPracticeChannel } from '../../../interviewer/rounds/practice-channels.ts';
import type { InteractionInput } from '../handler-context.ts';
import { notice, type BotResponse } from '../reply.ts';
import { problem } from '../session-guard.ts';
import { isModerator } from './group-context.ts';

export type SlashGroupInput = Extract<InteractionInput, { kind: 'slash' }>;

const snowflake = z.string().regex(/^\d{1,25}$/);
const setOptions = z.object({
  channel: snowflake,
  topic: z.string().max(100).optional(),
  'round-minutes': z.number().int().optional(),
});
const offOptions = z.object({ channel: snowflake.optional() });

/** `/practice-channel set|off`: moderators (Manage Server) only, in a server. */
export async function handlePracticeChannel(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  const server = moderatedServer({ guildId: input.actor.guildId, isModerator: isModerator(input) });
  if (!server.ok) return problem(server.error);
  const { topics } = ctx.interviewer.bank;
  if (input.subcommand === 'off') {
    const parsed = offOptions.safeParse(input.options);
    const removed = await removePracticeChannel(ctx, (parsed.success ? parsed.data.channel : undefined) ?? input.channelId);
    return removed.ok
      ? notice(`<#${removed.value}> is no longer a practice channel. Rounds already open there still close with results.`)
      : problem(removed.error);
  }
  const parsed = setOptions.safeParse(input.options);
  if (input.subcommand !== 'set' || !parsed.success) return problem('invalid_round_minutes');
  const { channel, topic, 'round-minutes': roundMinutes } = parsed.data;
  const set = await setPracticeChannel(ctx, server.value, { channelId: channel, topic, roundMinutes });
  if (!set.ok) return problem(set.error, topics);
  const { channelId, topic: chosen, roundMinutes: minutes } = set.value;
  return notice(`<#${channelId}> is now a practice channel: rounds of ${minutes} minute(s) on ${chosen ?? 'any topic'}. Anyone there can start one with /round start.`);
}
