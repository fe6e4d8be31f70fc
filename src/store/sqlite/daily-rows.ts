import type {
  ChannelDailyConfig, DailySubscription, DeliveryFailure, DeliveryFailureReason,
} from '../../core/schedule/types.ts';

/** Column values of the daily question tables as SQLite returns them, and the mapping to and from the domain types. */
export interface DailySubscriptionRow {
  user_id: string;
  time: string;
  time_zone: string;
  topic: string | null;
  failure_reason: string | null;
  failed_at: string | null;
}

export interface ChannelDailyRow {
  channel_id: string;
  guild_id: string;
  time: string;
  time_zone: string;
  topic: string | null;
  role_id: string | null;
  failure_reason: string | null;
  failed_at: string | null;
}

export const SUBSCRIPTION_COLUMNS = 'user_id, time, time_zone, topic, failure_reason, failed_at';
export const CHANNEL_DAILY_COLUMNS = 'channel_id, guild_id, time, time_zone, topic, role_id, failure_reason, failed_at';

const toFailure = (reason: string | null, at: string | null): DeliveryFailure | null =>
  reason === null || at === null ? null : { reason: reason as DeliveryFailureReason, at };

export const toDailySubscription = (row: DailySubscriptionRow): DailySubscription => ({
  userId: row.user_id,
  time: row.time,
  timeZone: row.time_zone,
  topic: row.topic,
  deliveryFailure: toFailure(row.failure_reason, row.failed_at),
});

export const toDailySubscriptionRow = (sub: DailySubscription): DailySubscriptionRow => ({
  user_id: sub.userId,
  time: sub.time,
  time_zone: sub.timeZone,
  topic: sub.topic,
  failure_reason: sub.deliveryFailure?.reason ?? null,
  failed_at: sub.deliveryFailure?.at ?? null,
});

export const toChannelDaily = (row: ChannelDailyRow): ChannelDailyConfig => ({
  channelId: row.channel_id,
  guildId: row.guild_id,
  time: row.time,
  timeZone: row.time_zone,
  topic: row.topic,
  roleId: row.role_id,
  deliveryFailure: toFailure(row.failure_reason, row.failed_at),
});

export const toChannelDailyRow = (config: ChannelDailyConfig): ChannelDailyRow => ({
  channel_id: config.channelId,
  guild_id: config.guildId,
  time: config.time,
  time_zone: config.timeZone,
  topic: config.topic,
  role_id: config.roleId,
  failure_reason: config.deliveryFailure?.reason ?? null,
  failed_at: config.deliveryFailure?.at ?? null,
});
