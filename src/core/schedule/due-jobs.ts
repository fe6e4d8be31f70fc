import { jobKey } from './job-key.ts';
import { nextOccurrence } from './next-due.ts';
import type { DueJob, DueJobs, ScheduledJob } from './types.ts';

const HOUR_MS = 3_600_000;

/** How far back occurrences are listed at all, so that a bot down for months does not list every day. */
export const SKIPPED_REPORT_HOURS = 48;

/**
 * The occurrences of `jobs` after `lastRunAt` and at or before `now`. Those older than `maxCatchUpHours`
 * before `now` are skipped (listed in `skipped`, never run): a short outage is caught up when the bot
 * returns, a long one does not flood anyone with yesterday's questions. Skipped occurrences are listed
 * back to `SKIPPED_REPORT_HOURS` before `now` at most.
 * `lastRunAt` null (never run) catches nothing up: the first run only sets the cursor.
 * Each occurrence carries its exactly-once key; the caller claims it before running it.
 */
export function dueJobs(
  jobs: readonly ScheduledJob[],
  lastRunAt: Date | null,
  now: Date,
  maxCatchUpHours = 3,
): DueJobs {
  if (lastRunAt === null) return { due: [], skipped: [] };
  const cutoff = now.getTime() - maxCatchUpHours * HOUR_MS;
  const from = new Date(Math.max(lastRunAt.getTime(), now.getTime() - SKIPPED_REPORT_HOURS * HOUR_MS));
  const due: DueJob[] = [];
  const skipped: DueJob[] = [];
  for (const job of jobs) {
    for (
      let next = nextOccurrence(job, from);
      next.at.getTime() <= now.getTime();
      next = nextOccurrence(job, next.at)
    ) {
      const occurrence: DueJob = {
        key: jobKey(job.kind, job.target, next.localDate),
        kind: job.kind,
        target: job.target,
        localDate: next.localDate,
        dueAt: next.at,
      };
      (next.at.getTime() >= cutoff ? due : skipped).push(occurrence);
    }
  }
  return { due: due.sort(byDueAt), skipped: skipped.sort(byDueAt) };
}

const byDueAt = (a: DueJob, b: DueJob): number => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key);
