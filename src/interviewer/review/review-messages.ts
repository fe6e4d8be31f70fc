const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The sentence for a review with nothing due: when the next key point falls due (ISO time, absent when
 * nothing is scheduled yet), as seen at `now`.
 */
export function nothingDueMessage(nextDueAt: string | undefined, now: Date): string {
  if (nextDueAt === undefined)
    return 'Nothing is due for review yet: answer a few questions first, and the ones you miss come back here.';
  return `Nothing is due for review. Next review ${inTime(Date.parse(nextDueAt) - now.getTime())}.`;
}

function inTime(ms: number): string {
  if (ms < HOUR_MS) return 'within the hour';
  if (ms < DAY_MS - HOUR_MS / 2) {
    const hours = Math.round(ms / HOUR_MS);
    return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const days = Math.round(ms / DAY_MS);
  return `in ${days} day${days === 1 ? '' : 's'}`;
}
