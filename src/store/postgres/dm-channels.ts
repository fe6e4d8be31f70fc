import type { Pool } from 'pg';
import type { Store } from '../store.ts';

const UPSERT = `
  INSERT INTO dm_channels (user_id, channel_id) VALUES ($1, $2)
  ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id`;

/** DM channel ids in PostgreSQL: one row per user, replaced when Discord hands out another channel. */
export function createDmChannelMethods(pool: Pool): Pick<Store, 'getDmChannel' | 'rememberDmChannel'> {
  return {
    async getDmChannel(userId) {
      const result = await pool.query<{ channel_id: string }>('SELECT channel_id FROM dm_channels WHERE user_id = $1', [
        userId,
      ]);
      return result.rows[0]?.channel_id ?? null;
    },
    async rememberDmChannel(userId, channelId) {
      await pool.query(UPSERT, [userId, channelId]);
    },
  };
}
