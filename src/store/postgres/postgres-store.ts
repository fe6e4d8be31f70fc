import type { Pool } from 'pg';
import type { Store } from '../store.ts';
import { createAttemptMethods } from './attempts.ts';
import { createBankMethods } from './banks.ts';
import { createClaimMethod } from './claims.ts';
import { DEFAULT_POOL_SIZE, openPostgresPool } from './connection.ts';
import { createDailyMethods } from './daily.ts';
import { createDmChannelMethods } from './dm-channels.ts';
import { createLeaderboardMethod } from './leaderboard.ts';
import { createLearningMethods } from './learning.ts';
import { createLeaseMethods } from './leases.ts';
import { createRoundAnswerMethods } from './round-answers.ts';
import { createRoundMethods } from './rounds.ts';
import { createSchedulerCursorMethods } from './scheduler-cursor.ts';
import { createSeenInteractionMethods } from './seen-interactions.ts';
import { createSessionMethods } from './sessions.ts';
import { createUserMethods } from './users.ts';

/**
 * The store for several processes or machines. Every write is one statement or one transaction, committed
 * (with synchronous_commit on) before its promise resolves.
 */
export function createPostgresStore(pool: Pool): Store {
  let closing: Promise<void> | undefined;
  return {
    ...createUserMethods(pool),
    ...createAttemptMethods(pool),
    ...createSessionMethods(pool),
    ...createLeaderboardMethod(pool),
    ...createClaimMethod(pool),
    ...createDailyMethods(pool),
    ...createRoundMethods(pool),
    ...createRoundAnswerMethods(pool),
    ...createLeaseMethods(pool),
    ...createSchedulerCursorMethods(pool),
    ...createDmChannelMethods(pool),
    ...createLearningMethods(pool),
    ...createBankMethods(pool),
    ...createSeenInteractionMethods(pool),
    async close() {
      // pg throws when a pool is ended twice; closing twice is harmless elsewhere.
      closing ??= pool.end();
      await closing;
    },
  };
}

/** Connects to `url` (see parsePostgresUrl for `?schema=`), migrates the schema and returns a store over it. */
export async function openPostgresStore(
  url: string,
  poolSize: number = DEFAULT_POOL_SIZE,
  connectTimeoutMs?: number,
): Promise<Store> {
  return createPostgresStore(await openPostgresPool(url, poolSize, connectTimeoutMs));
}
