import type { PracticeChannelConfig, Round, RoundAnswer } from '../../core/rounds/types.ts';

/** Column values of the practice channel and round tables as pg returns them (JSON parsed), and the mappings. */
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
  key_points: RoundAnswer['keyPoints'];
  is_first: boolean;
  answered_at: string;
}

export const PRACTICE_CHANNEL_COLUMNS = 'channel_id, guild_id, topic, round_minutes';
/** Column order of every round insert and select; `roundValues` follows it. */
export const ROUND_COLUMNS =
  'id, kind, guild_id, channel_id, question_id, started_by, started_at, closes_at, status, closed_at, message_id, thread_id';
/** Column order of every round answer insert and select; `roundAnswerValues` follows it. */
export const ROUND_ANSWER_COLUMNS = 'attempt_id, round_id, user_id, score, key_points, is_first, answered_at';

export const toPracticeChannel = (row: PracticeChannelRow): PracticeChannelConfig => ({
  channelId: row.channel_id,
  guildId: row.guild_id,
  topic: row.topic,
  roundMinutes: row.round_minutes,
});

export const practiceChannelValues = (config: PracticeChannelConfig): unknown[] => [
  config.channelId,
  config.guildId,
  config.topic,
  config.roundMinutes,
];

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

export const roundValues = (round: Round): unknown[] => [
  round.id, round.kind, round.guildId, round.channelId, round.questionId, round.startedBy, round.startedAt,
  round.closesAt, round.status, round.closedAt, round.messageId, round.threadId,
];

export const toRoundAnswer = (row: RoundAnswerRow): RoundAnswer => ({
  roundId: row.round_id,
  userId: row.user_id,
  attemptId: row.attempt_id,
  score: row.score,
  keyPoints: row.key_points,
  isFirst: row.is_first,
  answeredAt: row.answered_at,
});

// pg would send a JS array as a PostgreSQL array, so JSON goes over the wire as text.
export const roundAnswerValues = (answer: Omit<RoundAnswer, 'isFirst'>, isFirst: boolean): unknown[] => [
  answer.attemptId, answer.roundId, answer.userId, answer.score, JSON.stringify(answer.keyPoints), isFirst,
  answer.answeredAt,
];
