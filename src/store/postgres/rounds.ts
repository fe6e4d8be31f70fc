import type { Pool } from 'pg';
import type { RoundMethods } from '../method-groups.ts';
import {
  PRACTICE_CHANNEL_COLUMNS,
  ROUND_COLUMNS,
  toPracticeChannel,
  toRound,
  type PracticeChannelRow,
  type RoundRow,
} from '../rows/round-rows.ts';
import { practiceChannelValues, roundValues } from './rows.ts';

const UPSERT_CHANNEL = `
  INSERT INTO practice_channels (${PRACTICE_CHANNEL_COLUMNS}) VALUES ($1, $2, $3, $4)
  ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, topic = excluded.topic,
    round_minutes = excluded.round_minutes`;

// No conflict target: both the id and the one-open-practice-round index make the insert a no-op. A
// concurrent insert into the same index entry waits for the first to commit, then does nothing.
const INSERT_ROUND = `
  INSERT INTO rounds (${ROUND_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT DO NOTHING`;

// Under READ COMMITTED a concurrent close waits for the first to commit, then re-checks status: one wins.
const CLOSE_ROUND = "UPDATE rounds SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open'";

/**
 * Practice channels and rounds in PostgreSQL. A partial unique index allows one open practice round per
 * channel, and closing is a conditional UPDATE: of two closers only one changes the row.
 */
export function createRoundMethods(pool: Pool): RoundMethods {
  const selectRounds = async (where: string, values: unknown[]) =>
    (await pool.query<RoundRow>(`SELECT ${ROUND_COLUMNS} FROM rounds ${where}`, values)).rows.map(toRound);

  return {
    async upsertPracticeChannel(config) {
      await pool.query(UPSERT_CHANNEL, practiceChannelValues(config));
    },
    async getPracticeChannel(channelId) {
      const result = await pool.query<PracticeChannelRow>(
        `SELECT ${PRACTICE_CHANNEL_COLUMNS} FROM practice_channels WHERE channel_id = $1`,
        [channelId],
      );
      const row = result.rows[0];
      return row ? toPracticeChannel(row) : null;
    },
    async deletePracticeChannel(channelId) {
      const result = await pool.query('DELETE FROM practice_channels WHERE channel_id = $1', [channelId]);
      return (result.rowCount ?? 0) > 0;
    },
    async createRound(round) {
      return (await pool.query(INSERT_ROUND, roundValues(round))).rowCount === 1;
    },
    async getRound(roundId) {
      return (await selectRounds('WHERE id = $1', [roundId]))[0] ?? null;
    },
    async listOpenRounds(channelId) {
      return selectRounds("WHERE status = 'open' AND ($1::text IS NULL OR channel_id = $1) ORDER BY closes_at, id", [
        channelId ?? null,
      ]);
    },
    async listRecentRounds(channelId, limit) {
      // PostgreSQL refuses a negative LIMIT; a caller asking for none gets none, as with SQLite.
      return selectRounds('WHERE channel_id = $1 ORDER BY started_at DESC, id DESC LIMIT $2', [
        channelId,
        Math.max(0, Math.floor(limit)),
      ]);
    },
    async setRoundMessage(roundId, messageId, threadId) {
      await pool.query('UPDATE rounds SET message_id = $1, thread_id = $2 WHERE id = $3', [
        messageId,
        threadId,
        roundId,
      ]);
    },
    async closeRound(roundId, closedAt) {
      return (await pool.query(CLOSE_ROUND, [closedAt, roundId])).rowCount === 1;
    },
  };
}
