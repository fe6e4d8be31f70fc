import type { Pool } from 'pg';
import type { Store } from '../store.ts';

/**
 * The claim half of the PostgreSQL store: the key is the primary key, so of concurrent inserts for one key
 * the first wins and the others wait for it, then do nothing (rowCount 0).
 */
export function createClaimMethod(pool: Pool): Pick<Store, 'claimJob'> {
  return {
    async claimJob(key, owner, now) {
      const result = await pool.query(
        'INSERT INTO claims (key, owner, claimed_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
        [key, owner, now],
      );
      return result.rowCount === 1;
    },
  };
}
