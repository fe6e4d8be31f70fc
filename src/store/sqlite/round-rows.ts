import type { PracticeChannelConfig, Round, RoundAnswer } from '../../core/rounds/types.ts';

/** Column values of the practice channel and round tables as SQLite returns them, and the mappings. */
export interface PracticeChannelRow {
  channel_id: string;
  guild_id: string;
  topic: string | null;
  round_minutes: number;
}

export interface RoundRow {
  id: string;
  kind: string;
  guild_id: string;
  channel_id: string;
  question_id: string;
  started_by: string | null;
  started_at: string;
  closes_at: string;
  status: string;
  closed_at: string | null;
  message_id: string | null;
  thread_id: string | null;
}

export interface RoundAnswerRow {
  attempt_id: string;
  round_id: string;
  user_id: string;
  score: number;
  key_points: string;
  is_first: number;
  answered_at: string;
}

export const PRACTICE_CHANNEL_COLUMNS = 'channel_id, guild_id, topic, round_minutes';
export const ROUND_COLUMNS =
  'id, kind, guild_id, channel_id, question_id, started_by, started_at, closes_at, status, closed_at, message_id, thread_id';
export const ROUND_ANSWER_COLUMNS = 'attempt_id, round_id, user_id, score, key_points, is_first, answered_at';

export const toPracticeChannel = (row: PracticeChannelRow): PracticeChannelConfig => ({
  channelId: row.channel_id,
  guildId: row.guild_id,
  topic: row.topic,
  roundMinutes: row.round_minutes,
});

export const toRound = (row: RoundRow): Round => ({
  id: row.id,
  kind: row.kind as Round['kind'],
  guildId: row.guild_id,
  channelId: row.channel_id,
  questionId: row.question_id,
  startedBy: row.started_by,
  startedAt: row.started_at,
  closesAt: row.closes_at,
  status: row.status as Round['status'],
  closedAt: row.closed_at,
  messageId: row.message_id,
  threadId: row.thread_id,
});

export const toRoundRow = (round: Round): RoundRow => ({
  id: round.id,
  kind: round.kind,
  guild_id: round.guildId,
  channel_id: round.channelId,
  question_id: round.questionId,
  started_by: round.startedBy,
  started_at: round.startedAt,
  closes_at: round.closesAt,
  status: round.status,
  closed_at: round.closedAt,
  message_id: round.messageId,
  thread_id: round.threadId,
});

export const toRoundAnswer = (row: RoundAnswerRow): RoundAnswer => ({
  roundId: row.round_id,
  userId: row.user_id,
  attemptId: row.attempt_id,
  score: row.score,
  keyPoints: JSON.parse(row.key_points) as RoundAnswer['keyPoints'],
  isFirst: row.is_first === 1,
  answeredAt: row.answered_at,
});
