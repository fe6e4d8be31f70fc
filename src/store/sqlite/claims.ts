import type { Database } from 'better-sqlite3';
import type { Store } from '../store.ts';

/**
 * The claim half of the SQLite store: the key is the primary key, so of every insert for one key only the
 * first changes a row; the write lock makes "first" well defined across processes.
 */
export function createClaimMethod(db: Database): Pick<Store, 'claimJob'> {
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO claims (key, owner, claimed_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
  );

  return {
    async claimJob(key, owner, now) {
      return insert.run(key, owner, now).changes === 1;
    },
  };
}
