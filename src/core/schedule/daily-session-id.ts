/**
 * A subscriber's daily session for a local date ('YYYY-MM-DD' in their zone): `d-<userId>-<date>`.
 * Derived, so the DM, the nudge and every process agree on it.
 */
export function dailySessionId(userId: string, localDate: string): string {
  return `d-${userId}-${localDate}`;
}

const DAILY_SESSION_ID = /^d-.+-\d{4}-\d{2}-\d{2}$/;

/**
 * True for the id of a daily session (see `dailySessionId`). Interview sessions have random UUIDs and
 * round sessions `r-…` ids, so neither can be taken for one.
 */
export function isDailySessionId(sessionId: string | null): boolean {
  return sessionId !== null && DAILY_SESSION_ID.test(sessionId);
}
