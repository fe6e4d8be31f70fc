import type { Pool } from 'pg';
import { err, ok } from '../../core/result.ts';
import type { SessionMethods } from '../method-groups.ts';
import { insertAttempt } from './attempts.ts';
import { SESSION_COLUMNS, sessionValues, toSession, type SessionRow } from './rows.ts';
import { withTransaction } from './transaction.ts';

const INSERT = `
  INSERT INTO sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (id) DO NOTHING`;
// Under READ COMMITTED a concurrent UPDATE of the same row waits for the first to commit, then re-checks
// the WHERE clause against the new row: the loser matches nothing and reports a conflict.
const UPDATE = `
  UPDATE sessions SET user_id = $2, status = $3, version = $4, data = $5, updated_at = $6
  WHERE id = $1 AND version = $7`;

/** The session half of the PostgreSQL store: optimistic concurrency on the `version` column. */
export function createSessionMethods(pool: Pool): SessionMethods {
  return {
    async saveSession(session, expectedVersion, attempt) {
      const version = (expectedVersion ?? 0) + 1;
      const values = sessionValues(session, version);
      return withTransaction(pool, async (client) => {
        const written =
          expectedVersion === null
            ? await client.query(INSERT, values)
            : await client.query(UPDATE, [...values, expectedVersion]);
        // Nothing has been written when no row matched, so committing leaves the attempt out too.
        if (written.rowCount !== 1) return err('version_conflict');
        if (attempt) await insertAttempt(client, attempt);
        return ok({ ...session, version });
      });
    },
    async getSession(sessionId) {
      const result = await pool.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`, [sessionId]);
      const row = result.rows[0];
      return row ? toSession(row) : null;
    },
    async findActiveSession(userId, options = {}) {
      const { sources } = options;
      const only = sources === undefined ? '' : 'AND source = ANY($2::text[])';
      // Ties on updated_at fall back to id so that every engine picks the same session.
      const result = await pool.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE user_id = $1 AND status = 'active' ${only}
         ORDER BY updated_at DESC, id DESC LIMIT 1`,
        sources === undefined ? [userId] : [userId, [...sources]],
      );
      const row = result.rows[0];
      return row ? toSession(row) : null;
    },
  };
}
