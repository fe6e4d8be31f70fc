import type { Pool } from 'pg';
import type { Store } from '../store.ts';

const CURSOR = 'scheduler';

// ISO-8601 UTC text in the "C" collation sorts as time, so the comparison keeps the later of the two.
const UPSERT = `
  INSERT INTO scheduler_cursors (name, last_run_at) VALUES ($1, $2)
  ON CONFLICT (name) DO UPDATE SET last_run_at = excluded.last_run_at
  WHERE excluded.last_run_at > scheduler_cursors.last_run_at`;

/** The scheduler's last run time in PostgreSQL: one row that only ever moves forward. */
export function createSchedulerCursorMethods(pool: Pool): Pick<Store, 'getSchedulerCursor' | 'setSchedulerCursor'> {
  return {
    async getSchedulerCursor() {
      const result = await pool.query<{ last_run_at: string }>(
        'SELECT last_run_at FROM scheduler_cursors WHERE name = $1',
        [CURSOR],
      );
      return result.rows[0]?.last_run_at ?? null;
    },
    async setSchedulerCursor(at) {
      await pool.query(UPSERT, [CURSOR, at]);
    },
  };
}
