import { z } from 'zod';
import { canEndRound, startRound } from '../../../core/rounds/index.ts';
import type { Round } from '../../../core/rounds/types.ts';
import { checkTopic, pickDailyQuestion } from '../../../core/schedule/index.ts';
import { notice, type BotResponse } from '../reply.ts';
import { discordTime, groupProblem, isModerator, type GroupContext } from './group-context.ts';
import type { SlashGroupInput } from './handle-practice-channel.ts';
import { closeRoundAndPost, openRound } from './round-lifecycle.ts';

const startOptions = z.object({ topic: z.string().max(100).optional() });
/** Questions of this many recent rounds in the channel are asked again only when nothing else fits. */
const RECENT_ROUNDS = 20;

/** `/round start [topic]` (anyone, in a practice channel) and `/round end` (its starter or a moderator). */
export function handleRound(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  if (input.actor.guildId === null || input.channelId === undefined) return Promise.resolve(groupProblem('needs_server'));
  return input.subcommand === 'end' ? endRound(ctx, input, input.channelId) : beginRound(ctx, input, input.channelId);
}

async function beginRound(ctx: GroupContext, input: SlashGroupInput, channelId: string): Promise<BotResponse> {
  const channel = await ctx.store.getPracticeChannel(channelId);
  if (channel === null) return groupProblem('not_practice_channel');
  const parsed = startOptions.safeParse(input.options);
  const { topics } = ctx.interviewer.bank;
  const topic = checkTopic((parsed.success ? parsed.data.topic : undefined) ?? channel.topic, topics);
  if (!topic.ok) return groupProblem('unknown_topic', topics);
  const open = await ctx.store.listOpenRounds(channelId);
  const recent = (await ctx.store.listRecentRounds(channelId, RECENT_ROUNDS)).map((r) => r.questionId);
  const picked = pickDailyQuestion(ctx.interviewer.bank, topic.value, recent, ctx.groups.random);
  if (!picked.ok) return groupProblem('unknown_topic', topics);
  const now = ctx.clock();
  const started = startRound({ id: ctx.groups.newId(), channel, questionId: picked.value, startedBy: input.actor.userId, now }, open);
  if (!started.ok) return groupProblem('round_already_open');
  const opened = await openRound(ctx, started.value);
  if (!opened.ok) return groupProblem(opened.error === 'round_already_open' ? 'round_already_open' : 'cannot_post');
  return notice(`Round started: the question is in the channel. It closes ${discordTime(opened.round.closesAt)}, then the results are posted.`);
}

/** The channel's open practice round if there is one, else its open daily round. */
function roundToEnd(open: readonly Round[]): Round | undefined {
  return open.find((r) => r.kind === 'practice') ?? open[0];
}

async function endRound(ctx: GroupContext, input: SlashGroupInput, channelId: string): Promise<BotResponse> {
  const round = roundToEnd(await ctx.store.listOpenRounds(channelId));
  if (round === undefined) return groupProblem('no_open_round');
  const allowed = canEndRound(round, input.actor.userId, isModerator(input));
  if (!allowed.ok) return groupProblem(allowed.error === 'not_allowed' ? 'not_allowed_to_end' : 'no_open_round');
  const closed = await closeRoundAndPost(ctx, round, ctx.clock());
  return closed ? notice('Round ended: the results are posted in the channel, with a thread to discuss them.') : groupProblem('no_open_round');
}
