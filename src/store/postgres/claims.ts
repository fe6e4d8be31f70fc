import type { Pool } from 'pg';
import type { JobClaim, Store } from '../store.ts';

// One statement: of concurrent callers for one key, the first inserts (or takes over an abandoned claim)
// and the others wait for its row lock, then re-check the WHERE clause against the committed row.
// ISO-8601 UTC text in the "C" collation sorts as time.
const TAKE = `
  INSERT INTO claims (key, owner, claimed_at) VALUES ($1, $2, $3)
  ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, claimed_at = excluded.claimed_at
  WHERE claims.finished_at IS NULL AND claims.claimed_at < $4`;

/**
 * The claim half of the PostgreSQL store: the key is the primary key, so of concurrent inserts for one key
 * the first wins and the others wait for it, then do nothing (rowCount 0). A claim whose run never finished
 * (finished_at null) can be taken over once it is older than the caller's `abandonedBefore`.
 */
export function createClaimMethod(pool: Pool): Pick<Store, 'claimJob' | 'takeJob' | 'finishJob' | 'releaseJob'> {
  return {
    async claimJob(key, owner, now) {
      const result = await pool.query(
        'INSERT INTO claims (key, owner, claimed_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
        [key, owner, now],
      );
      return result.rowCount === 1;
    },
    async takeJob(key, owner, now, abandonedBefore): Promise<JobClaim> {
      const taken = await pool.query(TAKE, [key, owner, now, abandonedBefore]);
      if (taken.rowCount === 1) return 'claimed';
      const held = await pool.query<{ finished_at: string | null }>('SELECT finished_at FROM claims WHERE key = $1', [
        key,
      ]);
      // Released between the two statements: nobody holds it now; the next run takes it.
      const row = held.rows[0];
      return row === undefined || row.finished_at === null ? 'running' : 'finished';
    },
    async finishJob(key, at) {
      await pool.query('UPDATE claims SET finished_at = $1 WHERE key = $2 AND finished_at IS NULL', [at, key]);
    },
    async releaseJob(key, owner) {
      await pool.query('DELETE FROM claims WHERE key = $1 AND owner = $2 AND finished_at IS NULL', [key, owner]);
    },
  };
}
