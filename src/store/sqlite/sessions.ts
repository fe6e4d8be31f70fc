import type { Database } from 'better-sqlite3';
import type { Attempt, Session } from '../../core/interview/types.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { SessionMethods } from '../method-groups.ts';
import { SESSION_COLUMNS } from '../rows/session-rows.ts';
import type { SaveSessionError } from '../store.ts';
import { prepareInsertAttempt } from './attempts.ts';
import { toAttemptRow, toSession, toSessionRow, type SessionRow } from './rows.ts';

/** The session half of the SQLite store: optimistic concurrency on the `version` column. */
export function createSessionMethods(db: Database): SessionMethods {
  const save = prepareSave(db);
  const select = db.prepare<[string], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`);
  // Ties on updated_at fall back to id so that every engine picks the same session.
  const active = db.prepare<[string], SessionRow>(`
    SELECT ${SESSION_COLUMNS} FROM sessions WHERE user_id = ? AND status = 'active'
    ORDER BY updated_at DESC, id DESC LIMIT 1`);
  // The sources come as one JSON array, so a single statement serves every list.
  const activeOf = db.prepare<[string, string], SessionRow>(`
    SELECT ${SESSION_COLUMNS} FROM sessions
    WHERE user_id = ? AND status = 'active' AND source IN (SELECT value FROM json_each(?))
    ORDER BY updated_at DESC, id DESC LIMIT 1`);

  return {
    async saveSession(session, expectedVersion, attempt) {
      return save(session, expectedVersion, attempt);
    },
    async getSession(sessionId) {
      const row = select.get(sessionId);
      return row ? toSession(row) : null;
    },
    async findActiveSession(userId, options = {}) {
      const { sources } = options;
      const row = sources === undefined ? active.get(userId) : activeOf.get(userId, JSON.stringify(sources));
      return row ? toSession(row) : null;
    },
  };
}

function prepareSave(db: Database) {
  const insert = db.prepare<SessionRow>(`
    INSERT INTO sessions (${SESSION_COLUMNS})
    VALUES (@id, @user_id, @status, @version, @data, @updated_at)
    ON CONFLICT (id) DO NOTHING`);
  const update = db.prepare<[SessionRow & { expected: number }]>(`
    UPDATE sessions SET user_id = @user_id, status = @status, version = @version, data = @data,
      updated_at = @updated_at
    WHERE id = @id AND version = @expected`);
  const insertAttempt = prepareInsertAttempt(db);

  const saveInTransaction = db.transaction(
    (session: Session, expectedVersion: number | null, attempt?: Attempt): Result<Session, SaveSessionError> => {
      const row = toSessionRow(session, (expectedVersion ?? 0) + 1);
      const written = expectedVersion === null ? insert.run(row) : update.run({ ...row, expected: expectedVersion });
      // Nothing has been written when no row matched, so returning leaves the attempt out too.
      if (written.changes !== 1) return err('version_conflict');
      if (attempt) insertAttempt.run(toAttemptRow(attempt));
      return ok({ ...session, version: row.version });
    },
  );
  // IMMEDIATE takes the write lock before anything is read, waiting up to busy_timeout for it: a deferred
  // transaction that read first could not upgrade after another process committed (SQLITE_BUSY at once).
  return (session: Session, expectedVersion: number | null, attempt?: Attempt) =>
    saveInTransaction.immediate(session, expectedVersion, attempt);
}
