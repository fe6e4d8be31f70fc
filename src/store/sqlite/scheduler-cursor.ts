import type { Database } from 'better-sqlite3';
import type { Store } from '../store.ts';

const CURSOR = 'scheduler';

/** The scheduler's last run time in SQLite: one row that only ever moves forward. */
export function createSchedulerCursorMethods(db: Database): Pick<Store, 'getSchedulerCursor' | 'setSchedulerCursor'> {
  const select = db.prepare<[string], { last_run_at: string }>(
    'SELECT last_run_at FROM scheduler_cursors WHERE name = ?',
  );
  // ISO-8601 UTC text sorts as time, so the comparison keeps the later of the two.
  const upsert = db.prepare<[string, string]>(`
    INSERT INTO scheduler_cursors (name, last_run_at) VALUES (?, ?)
    ON CONFLICT (name) DO UPDATE SET last_run_at = excluded.last_run_at
    WHERE excluded.last_run_at > scheduler_cursors.last_run_at`);

  return {
    async getSchedulerCursor() {
      return select.get(CURSOR)?.last_run_at ?? null;
    },
    async setSchedulerCursor(at) {
      upsert.run(CURSOR, at);
    },
  };
}
