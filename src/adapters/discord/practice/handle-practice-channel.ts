import { z } from 'zod';
import { parsePracticeChannel } from '../../../core/rounds/index.ts';
import type { InteractionInput } from '../handler-context.ts';
import { notice, type BotResponse } from '../reply.ts';
import { groupProblem, isModerator, type GroupContext } from './group-context.ts';

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
  const guildId = input.actor.guildId;
  if (guildId === null) return groupProblem('needs_server');
  if (!isModerator(input)) return groupProblem('needs_manage_server');
  if (input.subcommand === 'off') {
    const parsed = offOptions.safeParse(input.options);
    const channelId = (parsed.success ? parsed.data.channel : undefined) ?? input.channelId;
    if (channelId === undefined) return groupProblem('no_practice_channel');
    return (await ctx.store.deletePracticeChannel(channelId))
      ? notice(`<#${channelId}> is no longer a practice channel. Rounds already open there still close with results.`)
      : groupProblem('no_practice_channel');
  }
  const parsed = setOptions.safeParse(input.options);
  if (input.subcommand !== 'set' || !parsed.success) return groupProblem('invalid_round_minutes');
  const checked = parsePracticeChannel({
    channelId: parsed.data.channel, guildId, topic: parsed.data.topic ?? null, roundMinutes: parsed.data['round-minutes'] ?? null,
  }, ctx.interviewer.bank.topics);
  if (!checked.ok) return groupProblem(checked.error, ctx.interviewer.bank.topics);
  await ctx.store.upsertPracticeChannel(checked.value);
  const { channelId, topic, roundMinutes } = checked.value;
  return notice(`<#${channelId}> is now a practice channel: rounds of ${roundMinutes} minute(s) on ${topic ?? 'any topic'}. Anyone there can start one with /round start.`);
}
