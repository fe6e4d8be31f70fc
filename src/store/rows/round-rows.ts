import type { PracticeChannelConfig, Round, RoundAnswer } from '../../core/rounds/types.ts';
import { columnList, type ColumnTypes, type RowCodec, type WrittenColumns } from './row-codec.ts';

/** Rows of the practice channel and round tables, and the mappings to and from the domain types. */
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

export interface RoundAnswerRow<C extends ColumnTypes> {
  attempt_id: string;
  round_id: string;
  user_id: string;
  score: number;
  key_points: C['json'];
  is_first: C['flag'];
  answered_at: string;
}

export const PRACTICE_CHANNEL_COLUMN_NAMES = ['channel_id', 'guild_id', 'topic', 'round_minutes'] as const;
export const PRACTICE_CHANNEL_COLUMNS = columnList(PRACTICE_CHANNEL_COLUMN_NAMES);
/** Column order of every round insert and select. */
export const ROUND_COLUMN_NAMES = [
  'id',
  'kind',
  'guild_id',
  'channel_id',
  'question_id',
  'started_by',
  'started_at',
  'closes_at',
  'status',
  'closed_at',
  'message_id',
  'thread_id',
] as const;
export const ROUND_COLUMNS = columnList(ROUND_COLUMN_NAMES);
/** Column order of every round answer insert and select. */
export const ROUND_ANSWER_COLUMN_NAMES = [
  'attempt_id',
  'round_id',
  'user_id',
  'score',
  'key_points',
  'is_first',
  'answered_at',
] as const;
export const ROUND_ANSWER_COLUMNS = columnList(ROUND_ANSWER_COLUMN_NAMES);

export const toPracticeChannel = (row: PracticeChannelRow): PracticeChannelConfig => ({
  channelId: row.channel_id,
  guildId: row.guild_id,
  topic: row.topic,
  roundMinutes: row.round_minutes,
});

export const toPracticeChannelRow = (config: PracticeChannelConfig): PracticeChannelRow => ({
  channel_id: config.channelId,
  guild_id: config.guildId,
  topic: config.topic,
  round_minutes: config.roundMinutes,
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

/** The round answers mapping for an engine whose columns `codec` reads and writes. */
export const roundAnswerRows = <C extends ColumnTypes>(codec: RowCodec<C>) => ({
  toRoundAnswer: (row: RoundAnswerRow<C>): RoundAnswer => ({
    roundId: row.round_id,
    userId: row.user_id,
    attemptId: row.attempt_id,
    score: row.score,
    keyPoints: codec.readJson(row.key_points) as RoundAnswer['keyPoints'],
    isFirst: codec.readFlag(row.is_first),
    answeredAt: row.answered_at,
  }),
  /** The row of `answer` saved as the member's first answer to the round, or as a retry. */
  toRoundAnswerRow: (answer: Omit<RoundAnswer, 'isFirst'>, isFirst: boolean): RoundAnswerRow<WrittenColumns<C>> => ({
    attempt_id: answer.attemptId,
    round_id: answer.roundId,
    user_id: answer.userId,
    score: answer.score,
    key_points: JSON.stringify(answer.keyPoints),
    is_first: codec.writeFlag(isFirst),
    answered_at: answer.answeredAt,
  }),
});
