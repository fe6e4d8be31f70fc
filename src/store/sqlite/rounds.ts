import type { Database } from 'better-sqlite3';
import type { RoundMethods } from '../method-groups.ts';
import {
  PRACTICE_CHANNEL_COLUMNS,
  ROUND_COLUMNS,
  toPracticeChannel,
  toPracticeChannelRow,
  toRound,
  toRoundRow,
  type PracticeChannelRow,
  type RoundRow,
} from '../rows/round-rows.ts';

/**
 * Practice channels and rounds in SQLite. A partial unique index allows one open practice round per
 * channel, and closing is a conditional UPDATE: of two closers only one changes the row.
 */
export function createRoundMethods(db: Database): RoundMethods {
  const upsertChannel = db.prepare<PracticeChannelRow>(`
    INSERT INTO practice_channels (${PRACTICE_CHANNEL_COLUMNS})
    VALUES (@channel_id, @guild_id, @topic, @round_minutes)
    ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, topic = excluded.topic,
      round_minutes = excluded.round_minutes`);
  const selectChannel = db.prepare<[string], PracticeChannelRow>(
    `SELECT ${PRACTICE_CHANNEL_COLUMNS} FROM practice_channels WHERE channel_id = ?`,
  );
  const deleteChannel = db.prepare<[string]>('DELETE FROM practice_channels WHERE channel_id = ?');

  // OR IGNORE covers both the id and the one-open-practice-round index.
  const insertRound = db.prepare<RoundRow>(`
    INSERT OR IGNORE INTO rounds (${ROUND_COLUMNS})
    VALUES (@id, @kind, @guild_id, @channel_id, @question_id, @started_by, @started_at, @closes_at, @status,
            @closed_at, @message_id, @thread_id)`);
  const selectRound = db.prepare<[string], RoundRow>(`SELECT ${ROUND_COLUMNS} FROM rounds WHERE id = ?`);
  const listOpen = db.prepare<{ channelId: string | null }, RoundRow>(`
    SELECT ${ROUND_COLUMNS} FROM rounds WHERE status = 'open' AND (@channelId IS NULL OR channel_id = @channelId)
    ORDER BY closes_at, id`);
  const listRecent = db.prepare<[string, number], RoundRow>(`
    SELECT ${ROUND_COLUMNS} FROM rounds WHERE channel_id = ? ORDER BY started_at DESC, id DESC LIMIT ?`);
  const setMessage = db.prepare<[string, string | null, string]>(
    'UPDATE rounds SET message_id = ?, thread_id = ? WHERE id = ?',
  );
  const close = db.prepare<[string, string]>(
    "UPDATE rounds SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'open'",
  );

  return {
    async upsertPracticeChannel(config) {
      upsertChannel.run(toPracticeChannelRow(config));
    },
    async getPracticeChannel(channelId) {
      const row = selectChannel.get(channelId);
      return row ? toPracticeChannel(row) : null;
    },
    async deletePracticeChannel(channelId) {
      return deleteChannel.run(channelId).changes > 0;
    },
    async createRound(round) {
      return insertRound.run(toRoundRow(round)).changes === 1;
    },
    async getRound(roundId) {
      const row = selectRound.get(roundId);
      return row ? toRound(row) : null;
    },
    async listOpenRounds(channelId) {
      return listOpen.all({ channelId: channelId ?? null }).map(toRound);
    },
    async listRecentRounds(channelId, limit) {
      // SQLite reads a negative LIMIT as "no limit"; a caller asking for none gets none.
      return listRecent.all(channelId, Math.max(0, Math.floor(limit))).map(toRound);
    },
    async setRoundMessage(roundId, messageId, threadId) {
      setMessage.run(messageId, threadId, roundId);
    },
    async closeRound(roundId, closedAt) {
      return close.run(closedAt, roundId).changes === 1;
    },
  };
}
