import { dueJobs, scheduledJobs, type DueJob } from '../../core/schedule/index.ts';
import type { GroupContext } from '../context.ts';
import { createKeyedLock } from '../keyed-lock.ts';
import { describeError } from '../logger.ts';
import { closeDueRounds } from '../rounds/round-lifecycle.ts';
import { runDueJob, type JobOutcome, type JobTargets } from './daily-jobs.ts';
import { createJobLease, defaultLeaseTtlMs, type JobLease } from './job-lease.ts';

export interface SchedulerOptions {
  /** Names this process in job claims and in the daily-jobs lease: unique per process. */
  owner: string;
  /** How often it ticks (15-30 s in production); undefined: only `tick` runs it (tests, benchmarks). */
  intervalMs?: number | undefined;
  /** Occurrences missed for longer than this are skipped, not sent late (default 3 hours). */
  catchUpHours?: number | undefined;
  /** Daily jobs run at once; Discord's rate limits (the REST queue) set the real pace (default 16). */
  concurrency?: number | undefined;
  /**
   * How long the daily-jobs lease lasts unrenewed, so how soon another process takes over the daily
   * questions when this one dies (default 3 × intervalMs, at least 60 s).
   */
  leaseTtlMs?: number | undefined;
}

export interface TickReport {
  /**
   * True when this process held the daily-jobs lease and so ran the daily jobs; false when another process
   * holds it (this tick ran none and left the cursor; rounds still close).
   */
  leader: boolean;
  /** True on the very first run against a store: it only sets the cursor. */
  firstRun: boolean;
  due: number;
  /** Occurrences missed for too long (listed back 48 h at most), not run. */
  skipped: number;
  /**
   * Each due job's outcome; claimed_elsewhere: its run is over (here or in another process);
   * running_elsewhere: another process claimed it and has not finished it (the cursor stays until it has).
   */
  outcomes: Record<JobOutcome | 'claimed_elsewhere' | 'running_elsewhere', number>;
  roundsClosed: number;
  /**
   * False when stopped part-way (or its lease lost), or a job is still running elsewhere: the cursor stays,
   * and the next run carries on (claims prevent repeats; jobs given up unsent at a stop are sent then).
   */
  complete: boolean;
}

export interface Scheduler {
  /** Starts ticking every `intervalMs` (a no-op without one). */
  start(): void;
  /**
   * Stops ticking; a run in progress takes no more jobs, gives up the DMs not yet handed to Discord (their
   * claims are released, so the next process sends them) and lets those already sent finish; then frees
   * the lease.
   */
  stop(): Promise<void>;
  /** One tick at `now`: close due rounds, then run due daily jobs. Runs of each kind never overlap. */
  tick(now: Date): Promise<TickReport>;
}

const MIN_DELAY_MS = 250;

/**
 * An unfinished claim older than two lease ttls is a job whose process died mid-job (a live one finishes
 * or gives up each job well within that: discord.js gives up a request after four 15 s tries): another run
 * takes it over. So after a kill a DM may be sent twice, never lost; the same nonce makes Discord return
 * the first message instead when the retry comes within its few minutes.
 */
const ABANDONED_AFTER_TTLS = 2;

/**
 * The scheduler: holds the daily-jobs lease (one process sends the daily questions at a time), reads the
 * cursor, lists the occurrences due since then (core `dueJobs`: DST-aware, short outages caught up, long
 * ones skipped), claims each through the store before running it (exactly once across restarts and
 * processes), closes due rounds (every process may; the store closes each once), then moves the cursor.
 */
export function createScheduler(ctx: GroupContext, options: SchedulerOptions): Scheduler {
  let stopping = false;
  const stopSending = new AbortController();
  const leaseTtlMs = options.leaseTtlMs ?? defaultLeaseTtlMs(options.intervalMs);
  const run: JobRun = {
    owner: options.owner,
    stop: stopSending.signal,
    abandonedAfterMs: ABANDONED_AFTER_TTLS * leaseTtlMs,
  };
  const lock = createKeyedLock();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  const lease = createJobLease({
    store: ctx.store,
    clock: ctx.clock,
    logger: ctx.logger,
    owner: options.owner,
    ttlMs: leaseTtlMs,
  });

  /** One run of each kind at a time, each remembered until it settles so that `stop` can wait for it. */
  const serially = <T>(kind: 'jobs' | 'rounds', task: () => Promise<T>): Promise<T> => {
    const next = lock.run(kind, task);
    const settled = next.catch(() => undefined);
    running.add(settled);
    void settled.finally(() => running.delete(settled));
    return next;
  };

  const closeRounds = (now: Date) => serially('rounds', () => closeDueRounds(ctx, now));
  const runJobs = (now: Date) =>
    serially('jobs', () => runDueJobsIfLeading(ctx, options, run, lease, now, () => stopping));

  function repeat(task: () => Promise<number>): void {
    const step = async () => {
      let delay = options.intervalMs ?? 0;
      try {
        delay = await task();
      } catch (error) {
        ctx.logger.error('scheduler tick failed', describeError(error));
      }
      if (!stopping) schedule(step, delay);
    };
    schedule(step, 0);
  }

  function schedule(step: () => Promise<void>, delay: number): void {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        void step();
      },
      Math.max(MIN_DELAY_MS, delay),
    );
    timers.add(timer);
  }

  return {
    start() {
      const interval = options.intervalMs;
      if (interval === undefined || stopping) return;
      // Rounds close on time even while a long fan-out of daily DMs is running.
      repeat(async () => {
        const { nextCloseAt } = await closeRounds(ctx.clock());
        return nextCloseAt === null ? interval : Math.min(interval, nextCloseAt - ctx.clock().getTime());
      });
      repeat(async () => {
        await runJobs(ctx.clock());
        return interval;
      });
    },
    async stop() {
      stopping = true;
      stopSending.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
      await lease.release().catch((error: unknown) => {
        ctx.logger.warn(
          'scheduler could not free its lease; another process takes over when it expires',
          describeError(error),
        );
      });
    },
    async tick(now) {
      const [rounds, jobs] = await Promise.all([closeRounds(now), runJobs(now)]);
      return { ...jobs, roundsClosed: rounds.closed };
    },
  };
}

type JobsReport = Omit<TickReport, 'roundsClosed'>;

const noOutcomes = (): TickReport['outcomes'] => ({
  sent: 0,
  skipped: 0,
  paused: 0,
  failed: 0,
  abandoned: 0,
  claimed_elsewhere: 0,
  running_elsewhere: 0,
});

/** What every job of a run shares: who claims, the signal that gives up unsent DMs, when a claim is abandoned. */
interface JobRun {
  owner: string;
  stop: AbortSignal;
  abandonedAfterMs: number;
}

/** The daily jobs, if this process holds the lease; it is kept (renewed) before each job, and the run stops once lost. */
async function runDueJobsIfLeading(
  ctx: GroupContext,
  options: SchedulerOptions,
  run: JobRun,
  lease: JobLease,
  now: Date,
  isStopping: () => boolean,
): Promise<JobsReport> {
  if (isStopping() || !(await lease.hold())) {
    return { leader: false, firstRun: false, due: 0, skipped: 0, outcomes: noOutcomes(), complete: false };
  }
  return runDueJobs(ctx, options, run, now, async () => !isStopping() && (await lease.keep()));
}

/** Runs the due jobs while `mayGoOn` (checked before each job) says so; moves the cursor once all are over. */
async function runDueJobs(
  ctx: GroupContext,
  options: SchedulerOptions,
  run: JobRun,
  now: Date,
  mayGoOn: () => Promise<boolean>,
): Promise<JobsReport> {
  const cursor = await ctx.store.getSchedulerCursor();
  const [subscriptions, channels] = await Promise.all([
    ctx.store.listDailySubscriptions({ activeOnly: true }),
    ctx.store.listChannelDailies({ activeOnly: true }),
  ]);
  const { due, skipped } = dueJobs(
    scheduledJobs(subscriptions, channels),
    cursor === null ? null : new Date(cursor),
    now,
    options.catchUpHours ?? 3,
  );
  if (skipped.length > 0) {
    ctx.logger.warn('scheduler skipped occurrences missed for too long', {
      count: skipped.length,
      oldest: skipped[0]?.dueAt.toISOString(),
    });
  }
  const targets: JobTargets = {
    subscriptions: new Map(subscriptions.map((s) => [s.userId, s])),
    channels: new Map(channels.map((c) => [c.channelId, c])),
  };
  const outcomes = noOutcomes();
  let next = 0;
  const worker = async (): Promise<void> => {
    // The check awaits (it may renew the lease), so `next` is compared after it.
    while (next < due.length && (await mayGoOn()) && next < due.length) {
      const job = due[next++] as DueJob;
      outcomes[await runClaimed(ctx, run, job, targets, now)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, due.length) }, worker));
  const complete = next >= due.length && outcomes.abandoned === 0 && outcomes.running_elsewhere === 0;
  if (complete) await ctx.store.setSchedulerCursor(now.toISOString());
  if (due.length > 0) ctx.logger.info('scheduler ran due jobs', { due: due.length, ...outcomes, complete });
  return { leader: true, firstRun: cursor === null, due: due.length, skipped: skipped.length, outcomes, complete };
}

/**
 * Claims the job, runs it, and then marks its claim: released when the DM was given up unsent (the next run
 * sends it), finished otherwise (it is never run again). A claim left unmarked (the store failed, or the
 * process died) is taken over once abandoned.
 */
async function runClaimed(
  ctx: GroupContext,
  run: JobRun,
  job: DueJob,
  targets: JobTargets,
  now: Date,
): Promise<keyof TickReport['outcomes']> {
  // The clock, not the tick's `now`: a fan-out can run for many minutes, and a claim's age is about whether
  // the process that made it is still at work.
  const claimedAt = ctx.clock();
  const abandonedBefore = new Date(claimedAt.getTime() - run.abandonedAfterMs).toISOString();
  const claim = await ctx.store.takeJob(job.key, run.owner, claimedAt.toISOString(), abandonedBefore);
  if (claim !== 'claimed') return claim === 'finished' ? 'claimed_elsewhere' : 'running_elsewhere';
  const outcome = await runDueJob(ctx, job, targets, now, run.stop).catch((error: unknown) => {
    ctx.logger.error('scheduled job failed', { job: job.kind, target: job.target.type, ...describeError(error) });
    return 'failed' as const;
  });
  try {
    if (outcome === 'abandoned') await ctx.store.releaseJob(job.key, run.owner);
    else await ctx.store.finishJob(job.key, ctx.clock().toISOString());
  } catch (error) {
    ctx.logger.warn('scheduled job claim not marked; another run takes it over once abandoned', {
      job: job.kind,
      outcome,
      ...describeError(error),
    });
  }
  return outcome;
}
