import type { Pool } from 'pg';
import type { DailyMethods } from '../method-groups.ts';
import {
  CHANNEL_DAILY_COLUMNS,
  SUBSCRIPTION_COLUMNS,
  toChannelDaily,
  toDailySubscription,
  type ChannelDailyRow,
  type DailySubscriptionRow,
} from '../rows/daily-rows.ts';
import { channelDailyValues, subscriptionValues } from './rows.ts';

const UPSERT_SUBSCRIPTION = `
  INSERT INTO daily_subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (user_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
    topic = excluded.topic, failure_reason = excluded.failure_reason, failed_at = excluded.failed_at,
    guild_id = excluded.guild_id`;

const UPSERT_CHANNEL = `
  INSERT INTO channel_dailies (${CHANNEL_DAILY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, time = excluded.time,
    time_zone = excluded.time_zone, topic = excluded.topic, role_id = excluded.role_id,
    failure_reason = excluded.failure_reason, failed_at = excluded.failed_at`;

/**
 * The daily question half of the PostgreSQL store: user subscriptions and channel dailies. A delivery
 * failure is two columns on the target's row; an upsert writes them like every other field.
 */
export function createDailyMethods(pool: Pool): DailyMethods {
  return {
    async upsertDailySubscription(subscription) {
      await pool.query(UPSERT_SUBSCRIPTION, subscriptionValues(subscription));
    },
    async getDailySubscription(userId) {
      const result = await pool.query<DailySubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM daily_subscriptions WHERE user_id = $1`,
        [userId],
      );
      const row = result.rows[0];
      return row ? toDailySubscription(row) : null;
    },
    async deleteDailySubscription(userId) {
      const result = await pool.query('DELETE FROM daily_subscriptions WHERE user_id = $1', [userId]);
      return (result.rowCount ?? 0) > 0;
    },
    async listDailySubscriptions(options = {}) {
      const result = await pool.query<DailySubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM daily_subscriptions
         WHERE NOT $1::boolean OR failure_reason IS NULL ORDER BY user_id`,
        [options.activeOnly ?? false],
      );
      return result.rows.map(toDailySubscription);
    },
    async upsertChannelDaily(config) {
      await pool.query(UPSERT_CHANNEL, channelDailyValues(config));
    },
    async getChannelDaily(channelId) {
      const result = await pool.query<ChannelDailyRow>(
        `SELECT ${CHANNEL_DAILY_COLUMNS} FROM channel_dailies WHERE channel_id = $1`,
        [channelId],
      );
      const row = result.rows[0];
      return row ? toChannelDaily(row) : null;
    },
    async deleteChannelDaily(channelId) {
      const result = await pool.query('DELETE FROM channel_dailies WHERE channel_id = $1', [channelId]);
      return (result.rowCount ?? 0) > 0;
    },
    async listChannelDailies(options = {}) {
      const result = await pool.query<ChannelDailyRow>(
        `SELECT ${CHANNEL_DAILY_COLUMNS} FROM channel_dailies
         WHERE (NOT $1::boolean OR failure_reason IS NULL) AND ($2::text IS NULL OR guild_id = $2)
         ORDER BY channel_id`,
        [options.activeOnly ?? false, options.guildId ?? null],
      );
      return result.rows.map(toChannelDaily);
    },
    async recordDeliveryFailure(target, reason, at) {
      const sql =
        target.type === 'user'
          ? 'UPDATE daily_subscriptions SET failure_reason = $1, failed_at = $2 WHERE user_id = $3'
          : 'UPDATE channel_dailies SET failure_reason = $1, failed_at = $2 WHERE channel_id = $3';
      const result = await pool.query(sql, [reason, at, target.id]);
      return (result.rowCount ?? 0) > 0;
    },
  };
}
