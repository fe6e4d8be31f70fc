import type { Pool } from 'pg';
import { toLeaderboardRow, type RankRow } from '../rows/leaderboard-rows.ts';
import type { Store } from '../store.ts';

// COUNT is a bigint, which pg returns as a string; no user makes 2^31 attempts, so int is safe.
const RANK = `
  SELECT u.id AS user_id, u.display_name, COUNT(*)::int AS attempts,
    AVG(a.score) AS average_score, SUM(a.score) AS total_score
  FROM attempts a JOIN users u ON u.id = a.user_id
  WHERE NOT u.leaderboard_opt_out
    AND ($1::text IS NULL OR a.guild_id = $1)
    AND ($2::text IS NULL OR a.created_at >= $2)
  GROUP BY u.id, u.display_name
  ORDER BY total_score DESC, average_score DESC, u.id
  LIMIT $3`;

/**
 * Ranks users by total score, then average. Only users with a users row who have not opted out are
 * listed: attempts whose user was never upserted do not count (callers upsert the user before saving).
 */
export function createLeaderboardMethod(pool: Pool): Pick<Store, 'leaderboard'> {
  return {
    async leaderboard({ guildId, since, limit }) {
      // PostgreSQL refuses a negative LIMIT; a caller asking for none gets none, as with SQLite.
      const safeLimit = Math.max(0, Math.floor(limit));
      const result = await pool.query<RankRow>(RANK, [guildId, since, safeLimit]);
      return result.rows.map(toLeaderboardRow);
    },
  };
}
