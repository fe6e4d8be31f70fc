import type { Database } from 'better-sqlite3';
import type { Store } from '../store.ts';

/** DM channel ids in SQLite: one row per user, replaced when Discord hands out another channel. */
export function createDmChannelMethods(db: Database): Pick<Store, 'getDmChannel' | 'rememberDmChannel'> {
  const select = db.prepare<[string], { channel_id: string }>('SELECT channel_id FROM dm_channels WHERE user_id = ?');
  const upsert = db.prepare<[string, string]>(`
    INSERT INTO dm_channels (user_id, channel_id) VALUES (?, ?)
    ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id`);

  return {
    async getDmChannel(userId) {
      return select.get(userId)?.channel_id ?? null;
    },
    async rememberDmChannel(userId, channelId) {
      upsert.run(userId, channelId);
    },
  };
}
