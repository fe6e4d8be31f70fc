import type { Database } from 'better-sqlite3';
import { cleanUpSchedule, forgottenBefore } from '../interaction-memory.ts';
import type { Store } from '../store.ts';

/** Interaction ids in SQLite: a row per id; a replay within the memory changes no row. */
export function createSeenInteractionMethods(db: Database): Pick<Store, 'claimInteraction'> {
  const claim = db.prepare<[string, string, string]>(`
    INSERT INTO seen_interactions (id, seen_at) VALUES (?, ?)
    ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_interactions.seen_at < ?`);
  const forget = db.prepare<[string]>('DELETE FROM seen_interactions WHERE seen_at < ?');
  const isTimeToCleanUp = cleanUpSchedule();

  return {
    async claimInteraction(interactionId, now) {
      const cutoff = forgottenBefore(now);
      if (isTimeToCleanUp()) forget.run(cutoff);
      return claim.run(interactionId, now, cutoff).changes === 1;
    },
  };
}
