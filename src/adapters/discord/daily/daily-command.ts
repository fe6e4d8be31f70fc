import { ApplicationCommandOptionType as Option, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import type { GroupContext } from '../../../interviewer/context.ts';
import {
  dailyStatusOf,
  removeChannelDaily,
  setChannelDaily,
  subscribeDaily,
  unsubscribeDaily,
} from '../../../interviewer/daily/daily-settings.ts';
import { moderatedServer } from '../../../interviewer/rounds/practice-channels.ts';
import { notice, problem, reply, type BotResponse } from '../interactions/bot-response.ts';
import { discordTime, isModerator } from '../group-study/moderator.ts';
import {
  ANYWHERE,
  textChannelOption,
  timeOption,
  timezoneOption,
  topicOption,
} from '../interactions/command-options.ts';
import { groupCommand, type SlashInput } from '../interactions/slash-command.ts';
import { renderDailyStatus } from './render-daily.ts';
import { zoneChoices } from './zone-choices.ts';

const snowflake = z.string().regex(/^\d{1,25}$/);
const scheduleOptions = z.object({
  time: z.string().max(20),
  timezone: z.string().max(100),
  topic: z.string().max(100).optional(),
});
const channelOptions = scheduleOptions.extend({ channel: snowflake, role: snowflake.optional() });
const channelOffOptions = z.object({ channel: snowflake.optional() });

type DailyHandler = (ctx: GroupContext, input: SlashInput) => Promise<BotResponse>;

const SUBCOMMANDS: Record<string, DailyHandler> = {
  subscribe,
  off,
  status,
  channel: setChannel,
  'channel-off': channelOff,
};

/** `/daily subscribe|off|status` for oneself; `/daily channel|channel-off` for moderators. */
function handleDaily(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  const handler = SUBCOMMANDS[input.subcommand ?? ''];
  return handler === undefined ? Promise.resolve(problem('not_subscribed')) : handler(ctx, input);
}

async function subscribe(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  const parsed = scheduleOptions.safeParse(input.options);
  if (!parsed.success) return problem('invalid_time');
  const { time, timezone, topic } = parsed.data;
  const subscribed = await subscribeDaily(ctx, input.actor, { time, timeZone: timezone, topic });
  if (!subscribed.ok) return problem(subscribed.error, ctx.interviewer.bank.topics);
  const { subscription: sub, nextAt } = subscribed.value;
  return notice(
    `Subscribed: a daily question by direct message at ${sub.time} (${sub.timeZone}), ${sub.topic ?? 'from your weakest topics'}. The next one comes ${discordTime(nextAt, 'F')}. Keep direct messages from this server open.`,
  );
}

async function off(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  const stopped = await unsubscribeDaily(ctx, input.actor.userId);
  return stopped.ok
    ? notice('Daily questions stopped. Your streak and answers are kept; /daily subscribe starts them again.')
    : problem(stopped.error);
}

async function status(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  return reply(renderDailyStatus(await dailyStatusOf(ctx, input.actor.userId)));
}

async function setChannel(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  const server = moderatedServer({ guildId: input.actor.guildId, isModerator: isModerator(input) });
  if (!server.ok) return problem(server.error);
  const parsed = channelOptions.safeParse(input.options);
  if (!parsed.success) return problem('invalid_time');
  const { channel, time, timezone, topic, role } = parsed.data;
  const set = await setChannelDaily(ctx, server.value, {
    channelId: channel,
    time,
    timeZone: timezone,
    topic,
    roleId: role,
  });
  if (!set.ok) return problem(set.error, ctx.interviewer.bank.topics);
  const { config, firstAt } = set.value;
  const ping = config.roleId === null ? '' : `, pinging <@&${config.roleId}>`;
  return notice(
    `Daily question in <#${config.channelId}> at ${config.time} (${config.timeZone})${ping}, as a round that closes at the end of the day. The first one comes ${discordTime(firstAt, 'F')}.`,
  );
}

async function channelOff(ctx: GroupContext, input: SlashInput): Promise<BotResponse> {
  const server = moderatedServer({ guildId: input.actor.guildId, isModerator: isModerator(input) });
  if (!server.ok) return problem(server.error);
  const parsed = channelOffOptions.safeParse(input.options);
  const removed = await removeChannelDaily(ctx, (parsed.success ? parsed.data.channel : undefined) ?? input.channelId);
  if (!removed.ok) return problem(removed.error);
  return notice(`<#${removed.value}> gets no more daily questions. Today’s round, if open, still closes with results.`);
}

export const dailyCommand = groupCommand({
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'daily',
    description: 'A daily question by DM, or daily rounds in a channel',
    ...ANYWHERE,
    options: [
      {
        type: Option.Subcommand,
        name: 'subscribe',
        description: 'Get a question by DM every day at your time',
        options: [timeOption, timezoneOption, topicOption('Only this topic (default: your weakest)')],
      },
      { type: Option.Subcommand, name: 'off', description: 'Stop your daily question' },
      { type: Option.Subcommand, name: 'status', description: 'Your daily schedule and streak' },
      {
        type: Option.Subcommand,
        name: 'channel',
        description: 'Post a daily question round in a channel (Manage Server)',
        options: [
          textChannelOption('Where to post it'),
          timeOption,
          { ...timezoneOption, description: 'The channel’s time zone, e.g. Europe/Berlin' },
          topicOption('Only this topic (default: any)'),
          { type: Option.Role, name: 'role', description: 'A role to ping with the question (default: nobody)' },
        ],
      },
      {
        type: Option.Subcommand,
        name: 'channel-off',
        description: 'Stop a channel’s daily question (Manage Server)',
        options: [textChannelOption('Which channel (default: this one)', false)],
      },
    ],
  },
  handle: handleDaily,
  autocomplete: (_ctx, focused) =>
    focused.name === 'timezone' ? { kind: 'choices', choices: zoneChoices(focused.value) } : null,
});
