import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { runMigrations } from './migrations.ts';

const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating if needed) a SQLite database at `path` (or ':memory:'), sets the pragmas every
 * connection needs and brings the schema up to date.
 */
export function openSqliteDatabase(path: string): Database {
  const db = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    applyPragmas(db);
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyPragmas(db: Database): void {
  // WAL lets readers in other processes go on while one process writes; it is a no-op for ':memory:'.
  db.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit: a write whose promise resolved survives kill -9 and power loss.
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
}
