import { z } from 'zod';
import { dailyAnswerTimes, dailyStatus, nextDueAt, parseChannelDaily, parseDailySubscription } from '../../../core/schedule/index.ts';
import { rememberUser } from '../../../interviewer/one-question.ts';
import { notice, reply, type BotResponse } from '../reply.ts';
import { discordTime, groupProblem, isModerator, type GroupContext } from '../practice/group-context.ts';
import type { SlashGroupInput } from '../practice/handle-practice-channel.ts';
import { renderDailyStatus } from './render-daily.ts';

const snowflake = z.string().regex(/^\d{1,25}$/);
const scheduleOptions = z.object({ time: z.string().max(20), timezone: z.string().max(100), topic: z.string().max(100).optional() });
const channelOptions = scheduleOptions.extend({ channel: snowflake, role: snowflake.optional() });
const channelOffOptions = z.object({ channel: snowflake.optional() });

type DailyHandler = (ctx: GroupContext, input: SlashGroupInput) => Promise<BotResponse>;

const SUBCOMMANDS: Record<string, DailyHandler> = {
  subscribe, off, status, channel: setChannelDaily, 'channel-off': channelOff,
};

/** `/daily subscribe|off|status` for oneself; `/daily channel|channel-off` for moderators. */
export function handleDaily(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  const handler = SUBCOMMANDS[input.subcommand ?? ''];
  return handler === undefined ? Promise.resolve(groupProblem('not_subscribed')) : handler(ctx, input);
}

async function subscribe(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  const parsed = scheduleOptions.safeParse(input.options);
  if (!parsed.success) return groupProblem('invalid_time');
  const { time, timezone, topic } = parsed.data;
  const { topics } = ctx.interviewer.bank;
  const checked = parseDailySubscription({ userId: input.actor.userId, time, timeZone: timezone, topic: topic ?? null }, topics);
  if (!checked.ok) return groupProblem(checked.error, topics);
  const sub = checked.value;
  await ctx.store.upsertDailySubscription(sub);
  // The zone they gave is the best guess for their other streaks too.
  await rememberUser(ctx.store, input.actor.userId, input.actor.displayName, sub.timeZone);
  const next = nextDueAt(sub, ctx.clock());
  return notice(`Subscribed: a daily question by direct message at ${sub.time} (${sub.timeZone}), ${sub.topic ?? 'from your weakest topics'}. The next one comes ${discordTime(next, 'F')}. Keep direct messages from this server open.`);
}

async function off(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  return (await ctx.store.deleteDailySubscription(input.actor.userId))
    ? notice('Daily questions stopped. Your streak and answers are kept; /daily subscribe starts them again.')
    : groupProblem('not_subscribed');
}

async function status(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  const userId = input.actor.userId;
  const sub = await ctx.store.getDailySubscription(userId);
  const times = dailyAnswerTimes(await ctx.store.listAttempts(userId));
  return reply(renderDailyStatus(dailyStatus(sub, times, ctx.clock())));
}

async function setChannelDaily(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  const guildId = input.actor.guildId;
  if (guildId === null) return groupProblem('needs_server');
  if (!isModerator(input)) return groupProblem('needs_manage_server');
  const parsed = channelOptions.safeParse(input.options);
  if (!parsed.success) return groupProblem('invalid_time');
  const { channel, time, timezone, topic, role } = parsed.data;
  const { topics } = ctx.interviewer.bank;
  const checked = parseChannelDaily({ channelId: channel, guildId, time, timeZone: timezone, topic: topic ?? null, roleId: role ?? null }, topics);
  if (!checked.ok) return groupProblem(checked.error, topics);
  await ctx.store.upsertChannelDaily(checked.value);
  const config = checked.value;
  const ping = config.roleId === null ? '' : `, pinging <@&${config.roleId}>`;
  return notice(`Daily question in <#${config.channelId}> at ${config.time} (${config.timeZone})${ping}, as a round that closes at the end of the day. The first one comes ${discordTime(nextDueAt(config, ctx.clock()), 'F')}.`);
}

async function channelOff(ctx: GroupContext, input: SlashGroupInput): Promise<BotResponse> {
  if (input.actor.guildId === null) return groupProblem('needs_server');
  if (!isModerator(input)) return groupProblem('needs_manage_server');
  const parsed = channelOffOptions.safeParse(input.options);
  const channelId = (parsed.success ? parsed.data.channel : undefined) ?? input.channelId;
  if (channelId === undefined || !(await ctx.store.deleteChannelDaily(channelId))) return groupProblem('no_channel_daily');
  return notice(`<#${channelId}> gets no more daily questions. Today’s round, if open, still closes with results.`);
}
