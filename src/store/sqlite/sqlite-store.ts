import type { Database } from 'better-sqlite3';
import type { Store } from '../store.ts';
import { createAttemptMethods } from './attempts.ts';
import { createBankMethods } from './banks.ts';
import { createClaimMethod } from './claims.ts';
import { openSqliteDatabase } from './connection.ts';
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
 * The embedded store. better-sqlite3 is synchronous; each method does its work before its promise
 * settles, and every write is committed (and synced) by then.
 */
export function createSqliteStore(db: Database): Store {
  return {
    ...createUserMethods(db),
    ...createAttemptMethods(db),
    ...createSessionMethods(db),
    ...createLeaderboardMethod(db),
    ...createClaimMethod(db),
    ...createDailyMethods(db),
    ...createRoundMethods(db),
    ...createRoundAnswerMethods(db),
    ...createLeaseMethods(db),
    ...createSchedulerCursorMethods(db),
    ...createDmChannelMethods(db),
    ...createLearningMethods(db),
    ...createBankMethods(db),
    ...createSeenInteractionMethods(db),
    async close() {
      if (db.open) db.close();
    },
  };
}

/** Opens the SQLite file at `path` (or ':memory:'), migrates it and returns a store over it. */
export function openSqliteStore(path: string): Store {
  return createSqliteStore(openSqliteDatabase(path));
}
