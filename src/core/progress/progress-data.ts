import type { Attempt } from '../interview/types.ts';
import type { ReviewSummary } from '../review/review-summary.ts';
import { addDays, localDate } from '../stats/local-date.ts';
import type { Streak, UserStats } from '../stats/types.ts';

export const DEFAULT_PROGRESS_SESSIONS = 10;
export const DEFAULT_CALENDAR_WEEKS = 26;

export interface TopicProgress {
  topic: string;
  /** Score-based mastery, 0-1 (see topicMastery). */
  mastery: number;
  /** Key points of the topic whose FSRS stability is over 21 days, and how many key points it has. */
  masteredKeyPoints: number;
  keyPoints: number;
}

export interface SessionScore {
  sessionId: string;
  /** ISO time of the session's first answer. */
  startedAt: string;
  /** Mean over the session's questions of each one's best score, 0-100. */
  score: number;
  questions: number;
}

export interface PracticeDay {
  /** 'YYYY-MM-DD' in the user's zone. */
  date: string;
  attempts: number;
}

/** What the progress picture and the terminal's text bars show, for one user. */
export interface Progress {
  topics: TopicProgress[];
  /** The last sessions, oldest first. */
  sessionScores: SessionScore[];
  /** The calendar's first day (a Monday) and last day (today), 'YYYY-MM-DD'. */
  calendar: { from: string; to: string; days: PracticeDay[] };
  streak: Streak;
}

export interface ProgressOptions {
  sessions?: number;
  weeks?: number;
}

/** The user's progress from their attempts, stats and review summary, in `timeZone` (null: UTC). */
export function buildProgress(
  attempts: readonly Attempt[],
  stats: UserStats,
  review: ReviewSummary,
  now: Date,
  timeZone: string | null,
  options: ProgressOptions = {},
): Progress {
  const reviewByTopic = new Map(review.perTopic.map((t) => [t.topic, t]));
  return {
    topics: stats.perTopic.map((t) => ({
      topic: t.topic,
      mastery: t.mastery,
      masteredKeyPoints: reviewByTopic.get(t.topic)?.mastered ?? 0,
      keyPoints: reviewByTopic.get(t.topic)?.keyPoints ?? 0,
    })),
    sessionScores: sessionScores(attempts).slice(-(options.sessions ?? DEFAULT_PROGRESS_SESSIONS)),
    calendar: practiceCalendar(attempts, now, timeZone, options.weeks ?? DEFAULT_CALENDAR_WEEKS),
    streak: stats.streak,
  };
}

/** Every session with an answer, by when it started: the mean of each question's best score. */
export function sessionScores(attempts: readonly Attempt[]): SessionScore[] {
  const sessions = new Map<string, { startedAt: string; best: Map<string, number> }>();
  for (const attempt of [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (attempt.sessionId === null) continue;
    const session = sessions.get(attempt.sessionId) ?? {
      startedAt: attempt.createdAt,
      best: new Map<string, number>(),
    };
    session.best.set(attempt.questionId, Math.max(session.best.get(attempt.questionId) ?? 0, attempt.score));
    sessions.set(attempt.sessionId, session);
  }
  return [...sessions.entries()]
    .map(([sessionId, { startedAt, best }]) => ({
      sessionId,
      startedAt,
      questions: best.size,
      score: [...best.values()].reduce((sum, s) => sum + s, 0) / best.size,
    }))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.sessionId.localeCompare(b.sessionId));
}

function practiceCalendar(
  attempts: readonly Attempt[],
  now: Date,
  timeZone: string | null,
  weeks: number,
): Progress['calendar'] {
  const to = localDate(now, timeZone);
  const from = addDays(mondayOf(to), -7 * (Math.max(1, weeks) - 1));
  const counts = new Map<string, number>();
  for (const attempt of attempts) {
    const date = localDate(new Date(attempt.createdAt), timeZone);
    if (date >= from && date <= to) counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  const days = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, n]) => ({ date, attempts: n }));
  return { from, to, days };
}

/** The Monday of the week holding a 'YYYY-MM-DD' date. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
