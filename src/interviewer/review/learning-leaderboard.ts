import { MASTERED_STABILITY_DAYS } from '../../core/review/index.ts';
import { rankByStreak, type StreakRow } from '../../core/stats/index.ts';
import type { LeaderboardRow, MasteryRow, Store } from '../../store/store.ts';

export const LEADERBOARD_ORDERS = ['score', 'mastered', 'streak'] as const;
export type LeaderboardOrder = (typeof LEADERBOARD_ORDERS)[number];

export interface LearningLeaderboardQuery {
  by: LeaderboardOrder;
  /** Only this guild's members (by their attempts there); null for all. */
  guildId: string | null;
  /** Only attempts at or after this ISO time (score only); null for all time. */
  since: string | null;
  limit: number;
}

export type LearningLeaderboard =
  | { by: 'score'; rows: LeaderboardRow[] }
  | { by: 'mastered'; rows: MasteryRow[] }
  | { by: 'streak'; rows: StreakRow[] };

/** Streaks are counted over the last year of practice: enough for any current streak worth ranking. */
const STREAK_WINDOW_DAYS = 366;

/** The leaderboard by total score, key points mastered or current streak; opted-out users never appear. */
export async function learningLeaderboard(
  deps: { store: Store; clock: () => Date },
  query: LearningLeaderboardQuery,
): Promise<LearningLeaderboard> {
  const { store } = deps;
  const { guildId, limit } = query;
  if (query.by === 'mastered') {
    return {
      by: 'mastered',
      rows: await store.masteryLeaderboard({ guildId, minStabilityDays: MASTERED_STABILITY_DAYS, limit }),
    };
  }
  if (query.by === 'streak') {
    const now = deps.clock();
    const since = new Date(now.getTime() - STREAK_WINDOW_DAYS * 86_400_000).toISOString();
    return { by: 'streak', rows: rankByStreak(await store.listPracticeTimes({ guildId, since }), now, limit) };
  }
  return { by: 'score', rows: await store.leaderboard({ guildId, since: query.since, limit }) };
}
