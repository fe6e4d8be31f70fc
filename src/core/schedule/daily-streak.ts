import type { Attempt } from '../interview/types.ts';
import { localDate } from '../stats/local-date.ts';
import { computeStreak } from '../stats/streak.ts';
import type { Streak } from '../stats/types.ts';

/** The ISO times of the attempts that answered a daily question (source 'daily'). */
export function dailyAnswerTimes(attempts: readonly Attempt[]): string[] {
  return attempts.filter((a) => a.source === 'daily').map((a) => a.createdAt);
}

/**
 * The daily streak: consecutive local days (in `timeZone`) with at least one daily answer, counted up to
 * `today` ('YYYY-MM-DD' in that zone). The run still counts while today's answer may yet come.
 */
export function dailyStreak(answeredAt: readonly string[], timeZone: string, today: string): Streak {
  return computeStreak(answeredAt.map((at) => localDate(new Date(at), timeZone)), today);
}
