import { localDate } from './local-date.ts';
import { computeStreak } from './streak.ts';
import type { Streak } from './types.ts';

export interface PracticeHistory {
  userId: string;
  displayName: string;
  /** IANA zone the user's days are counted in; null means UTC. */
  timeZone: string | null;
  /** ISO times the user practised. */
  times: readonly string[];
}

export interface StreakRow {
  userId: string;
  displayName: string;
  streak: Streak;
}

/**
 * Users by current streak (consecutive days practised, in each user's zone, up to today or yesterday),
 * then longest streak, then user id; users whose streak has lapsed are left out.
 */
export function rankByStreak(histories: readonly PracticeHistory[], now: Date, limit: number): StreakRow[] {
  return histories
    .map((h) => ({
      userId: h.userId,
      displayName: h.displayName,
      streak: computeStreak(
        h.times.map((t) => localDate(new Date(t), h.timeZone)),
        localDate(now, h.timeZone),
      ),
    }))
    .filter((row) => row.streak.current > 0)
    .sort(
      (a, b) =>
        b.streak.current - a.streak.current || b.streak.longest - a.streak.longest || a.userId.localeCompare(b.userId),
    )
    .slice(0, Math.max(0, Math.floor(limit)));
}
