import { hasNudge, NUDGE_TIME } from './nudge.ts';
import type { ChannelDailyConfig, DailySubscription, ScheduledJob } from './types.ts';

/**
 * Every repeating job of the given subscriptions and channels: a daily question for each, and an
 * evening nudge for each subscriber whose question comes before it. Paused targets (a delivery failed)
 * get nothing; lists from `listDailySubscriptions({ activeOnly: true })` have none anyway.
 */
export function scheduledJobs(
  subscriptions: readonly DailySubscription[],
  channels: readonly ChannelDailyConfig[],
): ScheduledJob[] {
  const users = subscriptions.filter((s) => s.deliveryFailure === null);
  return [
    ...users.map((s): ScheduledJob => ({
      kind: 'daily',
      target: { type: 'user', id: s.userId },
      time: s.time,
      timeZone: s.timeZone,
    })),
    ...users.filter(hasNudge).map((s): ScheduledJob => ({
      kind: 'nudge',
      target: { type: 'user', id: s.userId },
      time: NUDGE_TIME,
      timeZone: s.timeZone,
    })),
    ...channels
      .filter((c) => c.deliveryFailure === null)
      .map((c): ScheduledJob => ({
        kind: 'daily',
        target: { type: 'channel', id: c.channelId },
        time: c.time,
        timeZone: c.timeZone,
      })),
  ];
}
