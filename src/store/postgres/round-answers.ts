import type { Pool } from 'pg';
import type { RoundAnswerMethods } from '../method-groups.ts';
import { ROUND_ANSWER_COLUMNS } from '../rows/round-rows.ts';
import { roundAnswerValues, toRoundAnswer, type RoundAnswerRow } from './rows.ts';
import { withTransaction } from './transaction.ts';

// FOR SHARE holds the round row until commit: a close (an UPDATE of that row) waits for the answer, and
// an answer after the close sees the round closed.
const LOCK_OPEN_ROUND = "SELECT 1 FROM rounds WHERE id = $1 AND status = 'open' AND closes_at > $2 FOR SHARE";
// No conflict target: the attempt id and the one-first-answer index both make the insert a no-op.
const INSERT = `INSERT INTO round_answers (${ROUND_ANSWER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`;
const SELECT_FIRST = 'SELECT is_first FROM round_answers WHERE attempt_id = $1';

/**
 * Round answers in PostgreSQL. First-answer-counts rests on a partial unique index (one is_first row per
 * member and round): the answer is inserted as first, and as a retry when that is refused.
 */
export function createRoundAnswerMethods(pool: Pool): RoundAnswerMethods {
  return {
    async addRoundAnswer(answer) {
      return withTransaction(pool, async (client) => {
        const saved = await client.query<{ is_first: boolean }>(SELECT_FIRST, [answer.attemptId]);
        if (saved.rows[0] !== undefined) return saved.rows[0].is_first;
        const open = await client.query(LOCK_OPEN_ROUND, [answer.roundId, answer.answeredAt]);
        if (open.rowCount === 0) return false;
        if ((await client.query(INSERT, roundAnswerValues(answer, true))).rowCount === 1) return true;
        await client.query(INSERT, roundAnswerValues(answer, false));
        // The same attempt may have been saved meanwhile by another call: report what is stored.
        const stored = await client.query<{ is_first: boolean }>(SELECT_FIRST, [answer.attemptId]);
        return stored.rows[0]?.is_first ?? false;
      });
    },
    async listRoundAnswers(roundId) {
      // seq breaks ties between answers with the same time: insertion order.
      const result = await pool.query<RoundAnswerRow>(
        `SELECT ${ROUND_ANSWER_COLUMNS} FROM round_answers WHERE round_id = $1 ORDER BY answered_at, seq`,
        [roundId],
      );
      return result.rows.map(toRoundAnswer);
    },
  };
}
