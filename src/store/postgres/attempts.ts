import type { ClientBase, Pool } from 'pg';
import type { Attempt } from '../../core/interview/types.ts';
import type { AttemptMethods } from '../method-groups.ts';
import { ATTEMPT_COLUMNS } from '../rows/attempt-rows.ts';
import { attemptValues, toAttempt, type AttemptRow } from './rows.ts';

const INSERT = `
  INSERT INTO attempts (${ATTEMPT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT (id) DO NOTHING`;

/** `ON CONFLICT DO NOTHING` on the primary key makes a repeated attempt (same id) a no-op. */
export async function insertAttempt(db: Pool | ClientBase, attempt: Attempt): Promise<void> {
  await db.query(INSERT, attemptValues(attempt));
}

/** The attempt half of the PostgreSQL store. An attempt needs no users row to be saved. */
export function createAttemptMethods(pool: Pool): AttemptMethods {
  return {
    async addAttempt(attempt) {
      await insertAttempt(pool, attempt);
    },
    async listAttempts(userId) {
      // seq breaks ties between attempts with the same time: insertion order.
      const result = await pool.query<AttemptRow>(
        `SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE user_id = $1 ORDER BY created_at, seq`,
        [userId],
      );
      return result.rows.map(toAttempt);
    },
  };
}
