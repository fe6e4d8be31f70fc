import type { Database } from 'better-sqlite3';
import type { RoundAnswer } from '../../core/rounds/types.ts';
import type { RoundAnswerMethods } from '../method-groups.ts';
import { ROUND_ANSWER_COLUMNS } from '../rows/round-rows.ts';
import { toRoundAnswer, toRoundAnswerRow, type RoundAnswerRow } from './rows.ts';

/**
 * Round answers in SQLite. First-answer-counts rests on a partial unique index (one is_first row per
 * member and round): the answer is inserted as first, and as a retry when that is refused.
 */
export function createRoundAnswerMethods(db: Database): RoundAnswerMethods {
  const isOpen = db.prepare<[string, string], { open: number }>(
    "SELECT 1 AS open FROM rounds WHERE id = ? AND status = 'open' AND closes_at > ?",
  );
  // OR IGNORE covers both the attempt id and the one-first-answer index.
  const insert = db.prepare<RoundAnswerRow>(`
    INSERT OR IGNORE INTO round_answers (${ROUND_ANSWER_COLUMNS})
    VALUES (@attempt_id, @round_id, @user_id, @score, @key_points, @is_first, @answered_at)`);
  const selectFirst = db.prepare<[string], { is_first: number }>(
    'SELECT is_first FROM round_answers WHERE attempt_id = ?',
  );
  const list = db.prepare<[string], RoundAnswerRow>(
    `SELECT ${ROUND_ANSWER_COLUMNS} FROM round_answers WHERE round_id = ? ORDER BY answered_at, rowid`,
  );

  const add = db.transaction((answer: Omit<RoundAnswer, 'isFirst'>): boolean => {
    const saved = selectFirst.get(answer.attemptId);
    if (saved !== undefined) return saved.is_first === 1;
    if (isOpen.get(answer.roundId, answer.answeredAt) === undefined) return false;
    if (insert.run(toRoundAnswerRow(answer, true)).changes === 1) return true;
    insert.run(toRoundAnswerRow(answer, false));
    return false;
  });

  return {
    async addRoundAnswer(answer) {
      // IMMEDIATE: the round's status is read under the write lock, so a concurrent close cannot slip between.
      return add.immediate(answer);
    },
    async listRoundAnswers(roundId) {
      return list.all(roundId).map(toRoundAnswer);
    },
  };
}
