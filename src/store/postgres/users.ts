import type { Pool } from 'pg';
import type { UserMethods } from '../method-groups.ts';
import { toUser, userValues, type UserRow } from './rows.ts';
import { withTransaction } from './transaction.ts';

const UPSERT = `
  INSERT INTO users (id, display_name, time_zone, leaderboard_opt_out) VALUES ($1, $2, $3, $4)
  ON CONFLICT (id) DO UPDATE SET
    display_name = excluded.display_name,
    time_zone = excluded.time_zone,
    leaderboard_opt_out = excluded.leaderboard_opt_out`;

/** The user half of the PostgreSQL store. `upsertUser` overwrites every profile field, opt-out included. */
export function createUserMethods(pool: Pool): UserMethods {
  return {
    async upsertUser(user) {
      await pool.query(UPSERT, userValues(user));
    },
    async getUser(userId) {
      const result = await pool.query<UserRow>(
        'SELECT id, display_name, time_zone, leaderboard_opt_out FROM users WHERE id = $1',
        [userId],
      );
      const row = result.rows[0];
      return row ? toUser(row) : null;
    },
    async setLeaderboardOptOut(userId, isOptedOut) {
      await pool.query('UPDATE users SET leaderboard_opt_out = $1 WHERE id = $2', [isOptedOut, userId]);
    },
    async deleteUserData(userId) {
      await withTransaction(pool, async (client) => {
        await client.query('DELETE FROM attempts WHERE user_id = $1', [userId]);
        await client.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        await client.query('DELETE FROM round_answers WHERE user_id = $1', [userId]);
        await client.query('DELETE FROM daily_subscriptions WHERE user_id = $1', [userId]);
        await client.query('DELETE FROM dm_channels WHERE user_id = $1', [userId]);
        await client.query('DELETE FROM review_cards WHERE user_id = $1', [userId]);
        await client.query('DELETE FROM appeals WHERE user_id = $1', [userId]);
        await client.query('DELETE FROM users WHERE id = $1', [userId]);
      });
    },
  };
}
