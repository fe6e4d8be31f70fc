import type {
  ChannelDailyConfig,
  DailySubscription,
  DeliveryFailure,
  DeliveryFailureReason,
} from '../../core/schedule/types.ts';
import { columnList } from './row-codec.ts';

/** Rows of the daily question tables, and the mapping to and from the domain types. */
export interface DailySubscriptionRow {
  user_id: string;
  time: string;
  time_zone: string;
  topic: string | null;
  failure_reason: string | null;
  failed_at: string | null;
  guild_id: string | null;
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

/** Column order of every subscription insert and select. */
export const SUBSCRIPTION_COLUMN_NAMES = [
  'user_id',
  'time',
  'time_zone',
  'topic',
  'failure_reason',
  'failed_at',
  'guild_id',
] as const;
export const SUBSCRIPTION_COLUMNS = columnList(SUBSCRIPTION_COLUMN_NAMES);
/** Column order of every channel daily insert and select. */
export const CHANNEL_DAILY_COLUMN_NAMES = [
  'channel_id',
  'guild_id',
  'time',
  'time_zone',
  'topic',
  'role_id',
  'failure_reason',
  'failed_at',
] as const;
export const CHANNEL_DAILY_COLUMNS = columnList(CHANNEL_DAILY_COLUMN_NAMES);

const toFailure = (reason: string | null, at: string | null): DeliveryFailure | null =>
  reason === null || at === null ? null : { reason: reason as DeliveryFailureReason, at };

const toFailureColumns = (failure: DeliveryFailure | null) => ({
  failure_reason: failure?.reason ?? null,
  failed_at: failure?.at ?? null,
});

export const toDailySubscription = (row: DailySubscriptionRow): DailySubscription => ({
  userId: row.user_id,
  time: row.time,
  timeZone: row.time_zone,
  topic: row.topic,
  deliveryFailure: toFailure(row.failure_reason, row.failed_at),
  ...(row.guild_id === null ? {} : { guildId: row.guild_id }),
});

export const toDailySubscriptionRow = (sub: DailySubscription): DailySubscriptionRow => ({
  user_id: sub.userId,
  time: sub.time,
  time_zone: sub.timeZone,
  topic: sub.topic,
  ...toFailureColumns(sub.deliveryFailure),
  guild_id: sub.guildId ?? null,
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
  ...toFailureColumns(config.deliveryFailure),
});
