import { err, ok, type Result } from '../result.ts';
import { parseDailySchedule, type ScheduleError } from './time-of-day.ts';
import type { ChannelDailyConfig, DailySubscription } from './types.ts';

export type DailyConfigError = ScheduleError | 'unknown_topic';

export interface DailySubscribeInput {
  userId: string;
  time: string;
  timeZone: string;
  topic?: string | null;
}

export interface ChannelDailyInput {
  channelId: string;
  guildId: string;
  time: string;
  timeZone: string;
  topic?: string | null;
  roleId?: string | null;
}

/**
 * A user's `/daily subscribe`: checks the time, the zone and the topic (one of `topics`, the bank's).
 * The result has no delivery failure: subscribing again is how a paused subscription resumes.
 */
export function parseDailySubscription(
  input: DailySubscribeInput,
  topics: readonly string[],
): Result<DailySubscription, DailyConfigError> {
  const schedule = parseDailySchedule(input.time, input.timeZone);
  if (!schedule.ok) return schedule;
  const topic = checkTopic(input.topic, topics);
  if (!topic.ok) return topic;
  return ok({ userId: input.userId, ...schedule.value, topic: topic.value, deliveryFailure: null });
}

/** A channel's daily question settings, checked like a subscription. */
export function parseChannelDaily(
  input: ChannelDailyInput,
  topics: readonly string[],
): Result<ChannelDailyConfig, DailyConfigError> {
  const schedule = parseDailySchedule(input.time, input.timeZone);
  if (!schedule.ok) return schedule;
  const topic = checkTopic(input.topic, topics);
  if (!topic.ok) return topic;
  return ok({
    channelId: input.channelId,
    guildId: input.guildId,
    ...schedule.value,
    topic: topic.value,
    roleId: input.roleId ?? null,
    deliveryFailure: null,
  });
}

/** A topic of the bank (null or blank for any); case-insensitive, returned as the bank spells it. */
export function checkTopic(
  topic: string | null | undefined,
  topics: readonly string[],
): Result<string | null, 'unknown_topic'> {
  const wanted = topic?.trim() ?? '';
  if (wanted === '') return ok(null);
  const found = topics.find((t) => t.toLowerCase() === wanted.toLowerCase());
  return found === undefined ? err('unknown_topic', wanted) : ok(found);
}
