import type { Database } from 'better-sqlite3';
import type { JobClaim, Store } from '../store.ts';

/**
 * The claim half of the SQLite store: the key is the primary key, so of every insert for one key only the
 * first changes a row; the write lock makes "first" well defined across processes. A claim whose run never
 * finished (finished_at null) can be taken over once it is older than the caller's `abandonedBefore`.
 */
export function createClaimMethod(db: Database): Pick<Store, 'claimJob' | 'takeJob' | 'finishJob' | 'releaseJob'> {
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO claims (key, owner, claimed_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
  );
  // ISO-8601 UTC text sorts as time.
  const take = db.prepare<{ key: string; owner: string; now: string; abandonedBefore: string }>(`
    INSERT INTO claims (key, owner, claimed_at) VALUES (@key, @owner, @now)
    ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, claimed_at = excluded.claimed_at
    WHERE claims.finished_at IS NULL AND claims.claimed_at < @abandonedBefore`);
  const finishedAt = db.prepare<[string], { finished_at: string | null }>(
    'SELECT finished_at FROM claims WHERE key = ?',
  );
  const finish = db.prepare<[string, string]>(
    'UPDATE claims SET finished_at = ? WHERE key = ? AND finished_at IS NULL',
  );
  const release = db.prepare<[string, string]>(
    'DELETE FROM claims WHERE key = ? AND owner = ? AND finished_at IS NULL',
  );
  const takeOrRead = db.transaction((args: { key: string; owner: string; now: string; abandonedBefore: string }) => {
    if (take.run(args).changes === 1) return 'claimed';
    const row = finishedAt.get(args.key);
    return row === undefined || row.finished_at === null ? 'running' : 'finished';
  });

  return {
    async claimJob(key, owner, now) {
      return insert.run(key, owner, now).changes === 1;
    },
    async takeJob(key, owner, now, abandonedBefore): Promise<JobClaim> {
      return takeOrRead.immediate({ key, owner, now, abandonedBefore });
    },
    async finishJob(key, at) {
      finish.run(at, key);
    },
    async releaseJob(key, owner) {
      release.run(key, owner);
    },
  };
}
