import type { Database } from 'better-sqlite3';
import type { AttemptMethods } from '../method-groups.ts';
import { ATTEMPT_COLUMNS } from '../rows/attempt-rows.ts';
import { toAttempt, toAttemptRow, type AttemptRow } from './rows.ts';

/** `INSERT OR IGNORE` on the primary key makes a repeated attempt (same id) a no-op. */
export function prepareInsertAttempt(db: Database) {
  return db.prepare<AttemptRow>(`
    INSERT OR IGNORE INTO attempts (${ATTEMPT_COLUMNS})
    VALUES (@id, @user_id, @session_id, @question_id, @topic, @guild_id, @answer, @score, @key_points,
            @hints_used, @source, @created_at)`);
}

/** The attempt half of the SQLite store. An attempt needs no users row to be saved. */
export function createAttemptMethods(db: Database): AttemptMethods {
  const insert = prepareInsertAttempt(db);
  // rowid breaks ties between attempts with the same time: insertion order.
  const list = db.prepare<[string], AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE user_id = ? ORDER BY created_at, rowid`,
  );

  return {
    async addAttempt(attempt) {
      insert.run(toAttemptRow(attempt));
    },
    async listAttempts(userId) {
      return list.all(userId).map(toAttempt);
    },
  };
}
