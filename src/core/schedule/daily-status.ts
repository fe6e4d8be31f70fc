import { localDate } from '../stats/local-date.ts';
import type { Streak } from '../stats/types.ts';
import { dailyStreak } from './daily-streak.ts';
import { nextDueAt } from './next-due.ts';
import type { DailySubscription } from './types.ts';

/** What `/daily status` shows. */
export interface DailyStatus {
  subscription: DailySubscription | null;
  /** When the next daily question comes; null when not subscribed or paused. */
  nextAt: Date | null;
  /** True when a delivery failed (DMs closed): nothing is sent until the user subscribes again. */
  isPaused: boolean;
  /** In the subscription's zone, or UTC when not subscribed. */
  streak: Streak;
  answeredToday: boolean;
}

/** The daily status of a user from their subscription (or null) and the times of their daily answers. */
export function dailyStatus(
  subscription: DailySubscription | null,
  dailyAnsweredAt: readonly string[],
  now: Date,
): DailyStatus {
  const zone = subscription?.timeZone ?? 'UTC';
  const today = localDate(now, zone);
  const streak = dailyStreak(dailyAnsweredAt, zone, today);
  const isPaused = (subscription?.deliveryFailure ?? null) !== null;
  return {
    subscription,
    nextAt: subscription === null || isPaused ? null : nextDueAt(subscription, now),
    isPaused,
    streak,
    answeredToday: streak.lastPracticeDay === today,
  };
}
