import { startDailyRound } from '../../core/rounds/index.ts';
import {
  dailyAnswerTimes,
  dailyStatus,
  nudgeFor,
  pickDailyQuestion,
  type ChannelDailyConfig,
  type DailySubscription,
  type DueJob,
  type JobTarget,
} from '../../core/schedule/index.ts';
import type { Bank } from '../../core/bank/schema.ts';
import { inServerBank, type GroupContext } from '../context.ts';
import { dailyBankOf, ensureDailySession } from '../daily/daily-sessions.ts';
import type { Delivery } from '../group-messenger.ts';
import { openRound } from '../rounds/round-lifecycle.ts';

/**
 * sent; skipped (nothing to do, e.g. a nudge after the day's answer); paused (target refused for good);
 * failed; abandoned (the bot stopped before the DM was handed to Discord: the next run sends it).
 */
export type JobOutcome = 'sent' | 'skipped' | 'paused' | 'failed' | 'abandoned';

/** The subscriptions and channel dailies a tick read, by user and channel id. */
export interface JobTargets {
  subscriptions: ReadonlyMap<string, DailySubscription>;
  channels: ReadonlyMap<string, ChannelDailyConfig>;
}

/** Runs one claimed occurrence: a daily DM, a nudge, or a channel's daily round; `stop` gives up a DM not yet sent. */
export function runDueJob(
  ctx: GroupContext,
  job: DueJob,
  targets: JobTargets,
  now: Date,
  stop?: AbortSignal,
): Promise<JobOutcome> {
  if (job.target.type === 'channel') {
    const config = targets.channels.get(job.target.id);
    return config === undefined ? Promise.resolve('skipped') : postChannelDaily(ctx, config, job, now);
  }
  const sub = targets.subscriptions.get(job.target.id);
  if (sub === undefined) return Promise.resolve('skipped');
  return job.kind === 'nudge' ? sendNudge(ctx, sub, job, now, stop) : sendDailyQuestion(ctx, sub, job, now, stop);
}

async function sendDailyQuestion(
  base: GroupContext,
  given: DailySubscription,
  job: DueJob,
  now: Date,
  stop: AbortSignal | undefined,
): Promise<JobOutcome> {
  const ctx = await dailyBankOf(base, given);
  const { target: sub, topicRemoved } = withoutRemovedTopic(given, ctx.interviewer.bank);
  if (topicRemoved) await ctx.store.upsertDailySubscription(sub);
  const attempts = await ctx.store.listAttempts(sub.userId);
  const session = await ensureDailySession(ctx, sub, job.localDate, attempts, now);
  const question = session.ok ? ctx.interviewer.bank.byId.get(session.value.questionIds[0] ?? '') : undefined;
  if (!session.ok || question === undefined) {
    ctx.logger.warn('no daily question to send', { user: sub.userId, topic: sub.topic });
    return 'failed';
  }
  const status = dailyStatus(sub, dailyAnswerTimes(attempts), now);
  const view = {
    sessionId: session.value.id,
    question,
    localDate: job.localDate,
    streak: status.streak,
    answeredToday: status.answeredToday,
    ...(topicRemoved ? { note: 'daily_topic_removed' as const } : {}),
  };
  const delivery = await ctx.groups.messenger.sendDailyQuestion(sub.userId, view, job.key, stop);
  return settle(ctx, job.target, delivery, now);
}

async function sendNudge(
  base: GroupContext,
  sub: DailySubscription,
  job: DueJob,
  now: Date,
  stop: AbortSignal | undefined,
): Promise<JobOutcome> {
  const ctx = await dailyBankOf(base, sub);
  const attempts = await ctx.store.listAttempts(sub.userId);
  const nudge = nudgeFor(sub, dailyAnswerTimes(attempts), job.localDate, now);
  if (nudge === null) return 'skipped';
  // Today's question comes with the nudge, so a streak can be kept even by someone who subscribed late.
  const session = await ensureDailySession(ctx, sub, job.localDate, attempts, now);
  const open = session.ok && session.value.status === 'active' && (session.value.outcomes[0]?.answers ?? 0) === 0;
  const openSessionId = open && session.ok ? session.value.id : null;
  const delivery = await ctx.groups.messenger.sendNudge(sub.userId, nudge, openSessionId, job.key, stop);
  return settle(ctx, job.target, delivery, now);
}

const RECENT_ROUNDS = 30;

async function postChannelDaily(
  base: GroupContext,
  given: ChannelDailyConfig,
  job: DueJob,
  now: Date,
): Promise<JobOutcome> {
  const ctx = await inServerBank(base, given.guildId);
  const { target: config, topicRemoved } = withoutRemovedTopic(given, ctx.interviewer.bank);
  if (topicRemoved) await ctx.store.upsertChannelDaily(config);
  const recent = (await ctx.store.listRecentRounds(config.channelId, RECENT_ROUNDS)).map((r) => r.questionId);
  const picked = pickDailyQuestion(ctx.interviewer.bank, config.topic, recent, ctx.groups.random);
  if (!picked.ok) {
    ctx.logger.warn('no channel daily question to post', { channel: config.channelId, topic: config.topic });
    return 'failed';
  }
  const round = startDailyRound(config, picked.value, job.localDate, now);
  // Caught up after that local day ended: a round that would close at once is not worth posting.
  if (Date.parse(round.closesAt) <= now.getTime()) return 'skipped';
  const opened = await openRound(ctx, round, config.roleId, topicRemoved ? 'channel_daily_topic_removed' : undefined);
  if (opened.ok) return 'sent';
  if (opened.error !== 'cannot_post') return opened.error === 'round_already_open' ? 'skipped' : 'failed';
  return settle(ctx, job.target, { ok: false, failure: opened.failure, error: 'round not posted' }, now);
}

/**
 * A daily whose topic its server removed from its bank takes every topic from now on (the caller saves it,
 * so the note saying so is shown once).
 */
function withoutRemovedTopic<T extends { topic: string | null }>(
  target: T,
  bank: Bank,
): { target: T; topicRemoved: boolean } {
  const topicRemoved = target.topic !== null && !bank.topics.includes(target.topic);
  return { target: topicRemoved ? { ...target, topic: null } : target, topicRemoved };
}

/**
 * A refused delivery pauses the target (recorded in the store, left out of later ticks until it is set up
 * again), so a blocked DM or a deleted channel is tried once, not every day. Passing failures are logged.
 */
async function settle(ctx: GroupContext, target: JobTarget, delivery: Delivery, now: Date): Promise<JobOutcome> {
  if (delivery.ok) return 'sent';
  if (delivery.unsent === true) return 'abandoned';
  if (delivery.failure === null) {
    ctx.logger.warn('delivery failed', { target: target.type, id: target.id, error: delivery.error });
    return 'failed';
  }
  await ctx.store.recordDeliveryFailure(target, delivery.failure, now.toISOString());
  ctx.logger.info('delivery refused; target paused', { target: target.type, id: target.id, reason: delivery.failure });
  return 'paused';
}
