import type { Pool } from 'pg';
import { leaseTimes } from '../rows/lease-rows.ts';
import type { Store } from '../store.ts';

// One statement, so concurrent callers cannot both win: the insert of a taken name waits for the row lock,
// then re-checks the WHERE clause against the committed row (the owner's own, or expired) or changes nothing.
// ISO-8601 UTC text in the "C" collation sorts as time.
const HOLD = `
  INSERT INTO leases (name, owner, expires_at) VALUES ($1, $2, $3)
  ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
  WHERE leases.owner = excluded.owner OR leases.expires_at <= $4`;

/** Leases in PostgreSQL: true when the upsert inserted or updated the row. */
export function createLeaseMethods(pool: Pool): Pick<Store, 'holdLease' | 'releaseLease'> {
  return {
    async holdLease(name, owner, now, ttlMs) {
      const times = leaseTimes(now, ttlMs);
      const result = await pool.query(HOLD, [name, owner, times.expiresAt, times.now]);
      return result.rowCount === 1;
    },
    async releaseLease(name, owner) {
      await pool.query('DELETE FROM leases WHERE name = $1 AND owner = $2', [name, owner]);
    },
  };
}
