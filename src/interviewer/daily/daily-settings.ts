import { err, ok, type Result } from '../../core/result.ts';
import {
  dailyAnswerTimes,
  dailyStatus,
  nextDueAt,
  parseChannelDaily,
  parseDailySubscription,
  type ChannelDailyConfig,
  type DailyConfigError,
  type DailyStatus,
  type DailySubscription,
} from '../../core/schedule/index.ts';
import { inServerBank, type GroupContext } from '../context.ts';
import type { Actor } from '../types.ts';
import { rememberUser } from '../remember-user.ts';

export interface DailyTime {
  time: string;
  timeZone: string;
  topic?: string | undefined;
}

/**
 * `/daily subscribe`: a question by DM every day at the user's time; when the next one comes. The questions
 * come from the bank of the server the user subscribed in (the built-in bank when subscribed in DMs).
 */
export async function subscribeDaily(
  ctx: GroupContext,
  actor: Actor,
  input: DailyTime,
): Promise<Result<{ subscription: DailySubscription; nextAt: Date }, DailyConfigError>> {
  const { topics } = (await inServerBank(ctx, actor.guildId)).interviewer.bank;
  const checked = parseDailySubscription(
    { userId: actor.userId, time: input.time, timeZone: input.timeZone, topic: input.topic ?? null },
    topics,
  );
  if (!checked.ok) return checked;
  const subscription = { ...checked.value, guildId: actor.guildId };
  await ctx.store.upsertDailySubscription(subscription);
  // The zone they gave is the best guess for their other streaks too.
  await rememberUser(ctx.store, actor.userId, actor.displayName, subscription.timeZone);
  return ok({ subscription, nextAt: nextDueAt(subscription, ctx.clock()) });
}

/** `/daily off`: no more daily questions (streak and answers are kept). */
export async function unsubscribeDaily(ctx: GroupContext, userId: string): Promise<Result<true, 'not_subscribed'>> {
  return (await ctx.store.deleteDailySubscription(userId)) ? ok(true) : err('not_subscribed');
}

/** `/daily status`: the schedule, the next question, the streak. */
export async function dailyStatusOf(ctx: GroupContext, userId: string): Promise<DailyStatus> {
  const sub = await ctx.store.getDailySubscription(userId);
  const times = dailyAnswerTimes(await ctx.store.listAttempts(userId));
  return dailyStatus(sub, times, ctx.clock());
}

/** `/daily channel`: a daily question round in a channel of `guildId`, from its bank; when the first one comes. */
export async function setChannelDaily(
  ctx: GroupContext,
  guildId: string,
  input: DailyTime & { channelId: string; roleId?: string | undefined },
): Promise<Result<{ config: ChannelDailyConfig; firstAt: Date }, DailyConfigError>> {
  const { topics } = (await inServerBank(ctx, guildId)).interviewer.bank;
  const checked = parseChannelDaily(
    {
      channelId: input.channelId,
      guildId,
      time: input.time,
      timeZone: input.timeZone,
      topic: input.topic ?? null,
      roleId: input.roleId ?? null,
    },
    topics,
  );
  if (!checked.ok) return checked;
  await ctx.store.upsertChannelDaily(checked.value);
  return ok({ config: checked.value, firstAt: nextDueAt(checked.value, ctx.clock()) });
}

/** `/daily channel-off`: the channel gets no more daily questions (today's round still closes). */
export async function removeChannelDaily(
  ctx: GroupContext,
  channelId: string | undefined,
): Promise<Result<string, 'no_channel_daily'>> {
  if (channelId === undefined || !(await ctx.store.deleteChannelDaily(channelId))) return err('no_channel_daily');
  return ok(channelId);
}
