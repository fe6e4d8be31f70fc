import type { Pool } from 'pg';
import { cleanUpSchedule, forgottenBefore } from '../interaction-memory.ts';
import type { Store } from '../store.ts';

const CLAIM = `
  INSERT INTO seen_interactions (id, seen_at) VALUES ($1, $2)
  ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_interactions.seen_at < $3`;

/**
 * Interaction ids in PostgreSQL: of concurrent claims for one id (replicas behind a load balancer) the first
 * insert wins and the others wait for it, then change nothing.
 */
export function createSeenInteractionMethods(pool: Pool): Pick<Store, 'claimInteraction'> {
  const isTimeToCleanUp = cleanUpSchedule();
  return {
    async claimInteraction(interactionId, now) {
      const cutoff = forgottenBefore(now);
      if (isTimeToCleanUp()) await pool.query('DELETE FROM seen_interactions WHERE seen_at < $1', [cutoff]);
      const result = await pool.query(CLAIM, [interactionId, now, cutoff]);
      return result.rowCount === 1;
    },
  };
}
