import type { Bank } from '../bank/schema.ts';
import type { Attempt } from '../interview/types.ts';
import { localDate } from './local-date.ts';
import { topicMastery } from './mastery.ts';
import { computeStreak } from './streak.ts';
import type { TopicStats, UserStats } from './types.ts';
import { weakestKeyPoints } from './weakest-key-points.ts';

/**
 * A user's statistics from their attempts (any order; retries count as attempts).
 * `timeZone` is the user's IANA zone for streak days; null (or an unknown zone) means UTC.
 */
export function computeStats(attempts: readonly Attempt[], bank: Bank, now: Date, timeZone: string | null): UserStats {
  const ordered = [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const scores = ordered.map((a) => a.score);
  const sessions = new Set(ordered.flatMap((a) => (a.sessionId === null ? [] : [a.sessionId])));
  const days = ordered.map((a) => localDate(new Date(a.createdAt), timeZone));
  return {
    attempts: ordered.length,
    sessions: sessions.size,
    averageScore: mean(scores),
    bestScore: scores.length === 0 ? null : Math.max(...scores),
    perTopic: topicStats(ordered, bank),
    streak: computeStreak(days, localDate(now, timeZone)),
    weakestKeyPoints: weakestKeyPoints(ordered, bank),
  };
}

function topicStats(ordered: readonly Attempt[], bank: Bank): TopicStats[] {
  const byTopic = new Map<string, number[]>(bank.topics.map((t) => [t, []]));
  for (const attempt of ordered) {
    byTopic.set(attempt.topic, [...(byTopic.get(attempt.topic) ?? []), attempt.score]);
  }
  return [...byTopic.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([topic, scores]) => ({
      topic,
      attempts: scores.length,
      average: mean(scores),
      mastery: topicMastery(scores),
    }));
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}
