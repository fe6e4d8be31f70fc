import type { Database } from 'better-sqlite3';
import { leaseTimes } from '../rows/lease-rows.ts';
import type { Store } from '../store.ts';

/**
 * Leases in SQLite: one upsert that takes a free name, or updates the row only when it is the owner's or
 * has expired; the write lock makes it atomic across processes, so `changes` says who holds it.
 */
export function createLeaseMethods(db: Database): Pick<Store, 'holdLease' | 'releaseLease'> {
  // ISO-8601 UTC text sorts as time.
  const hold = db.prepare<{ name: string; owner: string; now: string; expiresAt: string }>(`
    INSERT INTO leases (name, owner, expires_at) VALUES (@name, @owner, @expiresAt)
    ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
    WHERE leases.owner = excluded.owner OR leases.expires_at <= @now`);
  const release = db.prepare<[string, string]>('DELETE FROM leases WHERE name = ? AND owner = ?');

  return {
    async holdLease(name, owner, now, ttlMs) {
      return hold.run({ name, owner, ...leaseTimes(now, ttlMs) }).changes === 1;
    },
    async releaseLease(name, owner) {
      release.run(name, owner);
    },
  };
}
