import type { Database } from 'better-sqlite3';
import { toLeaderboardRow, type RankRow } from '../rows/leaderboard-rows.ts';
import type { Store } from '../store.ts';

interface RankParams {
  guildId: string | null;
  since: string | null;
  limit: number;
}

/**
 * Ranks users by total score, then average. Only users with a users row who have not opted out are
 * listed: attempts whose user was never upserted do not count (callers upsert the user before saving).
 */
export function createLeaderboardMethod(db: Database): Pick<Store, 'leaderboard'> {
  const rank = db.prepare<RankParams, RankRow>(`
    SELECT u.id AS user_id, u.display_name, COUNT(*) AS attempts,
      AVG(a.score) AS average_score, SUM(a.score) AS total_score
    FROM attempts a JOIN users u ON u.id = a.user_id
    WHERE u.leaderboard_opt_out = 0
      AND (@guildId IS NULL OR a.guild_id = @guildId)
      AND (@since IS NULL OR a.created_at >= @since)
    GROUP BY u.id, u.display_name
    ORDER BY total_score DESC, average_score DESC, u.id
    LIMIT @limit`);

  return {
    async leaderboard({ guildId, since, limit }) {
      // SQLite reads a negative LIMIT as "no limit"; a caller asking for none gets none.
      const safeLimit = Math.max(0, Math.floor(limit));
      return rank.all({ guildId, since, limit: safeLimit }).map(toLeaderboardRow);
    },
  };
}
