import type { Database } from 'better-sqlite3';
import type { DailyMethods } from '../method-groups.ts';
import {
  CHANNEL_DAILY_COLUMNS,
  SUBSCRIPTION_COLUMNS,
  toChannelDaily,
  toChannelDailyRow,
  toDailySubscription,
  toDailySubscriptionRow,
  type ChannelDailyRow,
  type DailySubscriptionRow,
} from '../rows/daily-rows.ts';

/**
 * The daily question half of the SQLite store: user subscriptions and channel dailies. A delivery failure
 * is two columns on the target's row; an upsert writes them like every other field.
 */
export function createDailyMethods(db: Database): DailyMethods {
  const upsertSubscription = db.prepare<DailySubscriptionRow>(`
    INSERT INTO daily_subscriptions (${SUBSCRIPTION_COLUMNS})
    VALUES (@user_id, @time, @time_zone, @topic, @failure_reason, @failed_at, @guild_id)
    ON CONFLICT (user_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
      topic = excluded.topic, failure_reason = excluded.failure_reason, failed_at = excluded.failed_at,
      guild_id = excluded.guild_id`);
  const selectSubscription = db.prepare<[string], DailySubscriptionRow>(
    `SELECT ${SUBSCRIPTION_COLUMNS} FROM daily_subscriptions WHERE user_id = ?`,
  );
  const deleteSubscription = db.prepare<[string]>('DELETE FROM daily_subscriptions WHERE user_id = ?');
  const listSubscriptions = db.prepare<[number], DailySubscriptionRow>(`
    SELECT ${SUBSCRIPTION_COLUMNS} FROM daily_subscriptions
    WHERE ? = 0 OR failure_reason IS NULL ORDER BY user_id`);
  const failSubscription = db.prepare<[string, string, string]>(
    'UPDATE daily_subscriptions SET failure_reason = ?, failed_at = ? WHERE user_id = ?',
  );

  const upsertChannel = db.prepare<ChannelDailyRow>(`
    INSERT INTO channel_dailies (${CHANNEL_DAILY_COLUMNS})
    VALUES (@channel_id, @guild_id, @time, @time_zone, @topic, @role_id, @failure_reason, @failed_at)
    ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, time = excluded.time,
      time_zone = excluded.time_zone, topic = excluded.topic, role_id = excluded.role_id,
      failure_reason = excluded.failure_reason, failed_at = excluded.failed_at`);
  const selectChannel = db.prepare<[string], ChannelDailyRow>(
    `SELECT ${CHANNEL_DAILY_COLUMNS} FROM channel_dailies WHERE channel_id = ?`,
  );
  const deleteChannel = db.prepare<[string]>('DELETE FROM channel_dailies WHERE channel_id = ?');
  const listChannels = db.prepare<{ activeOnly: number; guildId: string | null }, ChannelDailyRow>(`
    SELECT ${CHANNEL_DAILY_COLUMNS} FROM channel_dailies
    WHERE (@activeOnly = 0 OR failure_reason IS NULL) AND (@guildId IS NULL OR guild_id = @guildId)
    ORDER BY channel_id`);
  const failChannel = db.prepare<[string, string, string]>(
    'UPDATE channel_dailies SET failure_reason = ?, failed_at = ? WHERE channel_id = ?',
  );

  return {
    async upsertDailySubscription(subscription) {
      upsertSubscription.run(toDailySubscriptionRow(subscription));
    },
    async getDailySubscription(userId) {
      const row = selectSubscription.get(userId);
      return row ? toDailySubscription(row) : null;
    },
    async deleteDailySubscription(userId) {
      return deleteSubscription.run(userId).changes > 0;
    },
    async listDailySubscriptions(options = {}) {
      return listSubscriptions.all(options.activeOnly ? 1 : 0).map(toDailySubscription);
    },
    async upsertChannelDaily(config) {
      upsertChannel.run(toChannelDailyRow(config));
    },
    async getChannelDaily(channelId) {
      const row = selectChannel.get(channelId);
      return row ? toChannelDaily(row) : null;
    },
    async deleteChannelDaily(channelId) {
      return deleteChannel.run(channelId).changes > 0;
    },
    async listChannelDailies(options = {}) {
      const rows = listChannels.all({ activeOnly: options.activeOnly ? 1 : 0, guildId: options.guildId ?? null });
      return rows.map(toChannelDaily);
    },
    async recordDeliveryFailure(target, reason, at) {
      const fail = target.type === 'user' ? failSubscription : failChannel;
      return fail.run(reason, at, target.id).changes > 0;
    },
  };
}
