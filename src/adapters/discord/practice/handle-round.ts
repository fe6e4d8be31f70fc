import { z } from 'zod';
import type { GroupContext } from '../../../interviewer/context.ts';
import { endOpenRound, startPracticeRound } from '../../../interviewer/rounds/rounds.ts';
import { notice, type BotResponse } from '../reply.ts';
import { problem } from '../session-guard.ts';
import { discordTime, isModerator } from './group-context.ts';
import type { SlashGroupInput } from './handle-practice-channel.ts';

const startOptions = z.object({ topic: z.string().max(100).optional() });

/** `/round start [topic]` (anyone, in a practice channel) and `/round end` (its starter or a moderator). */
export async function handleRound(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  const place = { guildId: input.actor.guildId, channelId: input.channelId };
  if (input.subcommand === 'end') {
    const ended = await endOpenRound(ctx, input.actor, place, isModerator(input));
    return ended.ok ? notice('Round ended: the results are posted in the channel, with a thread to discuss them.') : problem(ended.error);
  }
  const parsed = startOptions.safeParse(input.options);
  const started = await startPracticeRound(ctx, input.actor, place, parsed.success ? parsed.data.topic : undefined);
  if (!started.ok) return problem(started.error, ctx.interviewer.bank.topics);
  return notice(`Round started: the question is in the channel. It closes ${discordTime(started.value.closesAt)}, then the results are posted.`);
}
