import type { Store } from '../../store/store.ts';
import { describeError, type Logger } from '../logger.ts';

/**
 * The store lease that keeps the daily fan-out to one process: every process paces its own REST queue just
 * under Discord's global limit per bot, so two sending at once would go over it together.
 */
export const DAILY_JOBS_LEASE = 'daily-jobs';

const MIN_TTL_MS = 60_000;

/** Three ticks, and at least a minute: a holder that ticks on time never loses it between two ticks. */
export function defaultLeaseTtlMs(intervalMs: number | undefined): number {
  return Math.max(MIN_TTL_MS, 3 * (intervalMs ?? 0));
}

export interface JobLeaseDeps {
  store: Store;
  clock: () => Date;
  logger: Logger;
  owner: string;
  ttlMs: number;
}

export interface JobLease {
  /** Takes or renews the lease at the clock's time; false while another process holds it. */
  hold(): Promise<boolean>;
  /**
   * During a run: renews the lease once a third of its ttl has passed since it was last held, so that a
   * long fan-out keeps it; false once it is lost (taken over, or the store failed), and the run should stop.
   */
  keep(): Promise<boolean>;
  /** Frees the lease if this process held it last, so that another takes over at once. */
  release(): Promise<void>;
}

export function createJobLease(deps: JobLeaseDeps): JobLease {
  const { store, clock, logger, owner, ttlMs } = deps;
  /** The clock's time when the lease was last held (taken before asking, so never later than it is); null when not held. */
  let heldAt: number | null = null;
  let leading: boolean | null = null;
  let renewing: Promise<boolean> | null = null;

  async function hold(): Promise<boolean> {
    // The clock, not a tick's `now`: the lease is about which processes are alive now.
    const now = clock();
    const held = await store.holdLease(DAILY_JOBS_LEASE, owner, now.toISOString(), ttlMs);
    heldAt = held ? now.getTime() : null;
    if (held !== leading) {
      logger.info(held ? 'scheduler leads the daily questions' : 'another process sends the daily questions', {
        owner,
      });
    }
    leading = held;
    return held;
  }

  function renew(): Promise<boolean> {
    return hold().catch((error: unknown) => {
      logger.error('scheduler could not renew its lease; it stops sending', describeError(error));
      heldAt = null;
      return false;
    });
  }

  return {
    hold,
    keep() {
      if (heldAt === null) return Promise.resolve(false);
      if (clock().getTime() - heldAt < ttlMs / 3) return Promise.resolve(true);
      // Workers share one renewal rather than each asking the store.
      renewing ??= renew().finally(() => {
        renewing = null;
      });
      return renewing;
    },
    async release() {
      if (heldAt === null) return;
      heldAt = null;
      leading = null;
      await store.releaseLease(DAILY_JOBS_LEASE, owner);
    },
  };
}
