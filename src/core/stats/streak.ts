import { addDays } from './local-date.ts';
import type { Streak } from './types.ts';

/**
 * Streaks from the local dates ('YYYY-MM-DD') on which the user practised, in any order, repeats allowed.
 * The current run still counts when its last day is `today` or the day before (today's practice may
 * not have happened yet).
 */
export function computeStreak(practiceDays: readonly string[], today: string): Streak {
  const days = [...new Set(practiceDays)].sort();
  const last = days.at(-1);
  if (last === undefined) return { current: 0, longest: 0, lastPracticeDay: null };
  let longest = 1;
  let run = 1;
  for (let i = 1; i < days.length; i++) {
    run = addDays(days[i - 1] as string, 1) === days[i] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const isCurrent = last === today || addDays(last, 1) === today;
  return { current: isCurrent ? run : 0, longest, lastPracticeDay: last };
}
