import type { LeaderboardRow } from '../store.ts';

/** One ranked user as the leaderboard query of either engine returns it. */
export interface RankRow {
  user_id: string;
  display_name: string;
  attempts: number;
  average_score: number;
  total_score: number;
}

export const toLeaderboardRow = (row: RankRow): LeaderboardRow => ({
  userId: row.user_id,
  displayName: row.display_name,
  attempts: row.attempts,
  averageScore: Math.round(row.average_score * 10) / 10,
  totalScore: row.total_score,
});
