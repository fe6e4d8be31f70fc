import type { Attempt } from '../interview/types.ts';
import { localDate } from '../stats/local-date.ts';
import { computeStreak } from '../stats/streak.ts';
import type { Streak } from '../stats/types.ts';
import { isDailySessionId } from './daily-session-id.ts';

/**
 * True when the attempt answered a daily question. What it answered decides, not how it arrived: an
 * attempt in a daily session (`isDailySessionId`) counts whatever its source (a voice answer is stored
 * as 'voice'); source 'daily' counts too, as every typed daily answer has it.
 */
export function isDailyAnswer(attempt: Pick<Attempt, 'sessionId' | 'source'>): boolean {
  return attempt.source === 'daily' || isDailySessionId(attempt.sessionId);
}

/** The ISO times of the attempts that answered a daily question (see `isDailyAnswer`). */
export function dailyAnswerTimes(attempts: readonly Attempt[]): string[] {
  return attempts.filter(isDailyAnswer).map((a) => a.createdAt);
}

/**
 * The daily streak: consecutive local days (in `timeZone`) with at least one daily answer, counted up to
 * `today` ('YYYY-MM-DD' in that zone). The run still counts while today's answer may yet come.
 */
export function dailyStreak(answeredAt: readonly string[], timeZone: string, today: string): Streak {
  return computeStreak(
    answeredAt.map((at) => localDate(new Date(at), timeZone)),
    today,
  );
}
