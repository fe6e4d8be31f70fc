import { dailyStreak } from './daily-streak.ts';
import { endOfLocalDay } from './next-due.ts';
import type { DailySubscription } from './types.ts';

/**
 * Subscribers who have not answered by 20:00 local time are nudged, once a local day (job key
 * `nudge:user:<id>:<date>`). A fixed wall-clock evening, not "4 hours before midnight": the same time
 * every day, DST days included.
 */
export const NUDGE_TIME = '20:00';

export interface Nudge {
  userId: string;
  /** The streak that ends at midnight without an answer today ("your 6-day streak ends at midnight"). */
  streak: number;
  /** The local day the nudge is for. */
  localDate: string;
  /** Local midnight at the end of that day. */
  endsAt: Date;
}

/** A daily question sent at or after the nudge time is its own reminder: such subscribers get no nudge. */
export function hasNudge(subscription: DailySubscription): boolean {
  return subscription.time < NUDGE_TIME;
}

/**
 * The nudge to send for local date `date`, or null: when the subscriber has no running streak, has
 * already answered that day, or the day is over at `now`.
 */
export function nudgeFor(
  subscription: DailySubscription,
  dailyAnsweredAt: readonly string[],
  date: string,
  now: Date,
): Nudge | null {
  const endsAt = endOfLocalDay(date, subscription.timeZone);
  if (now.getTime() >= endsAt.getTime()) return null;
  const streak = dailyStreak(dailyAnsweredAt, subscription.timeZone, date);
  if (streak.current === 0 || streak.lastPracticeDay === date) return null;
  return { userId: subscription.userId, streak: streak.current, localDate: date, endsAt };
}
