import type { Attempt } from '../../core/interview/types.ts';
import { columnList, type ColumnTypes, type RowCodec, type WrittenColumns } from './row-codec.ts';

export interface AttemptRow<C extends ColumnTypes> {
  id: string;
  user_id: string;
  session_id: string | null;
  question_id: string;
  topic: string;
  guild_id: string | null;
  answer: string;
  score: number;
  key_points: C['json'];
  hints_used: number;
  source: string;
  created_at: string;
}

/** Column order of every attempt insert and select. */
export const ATTEMPT_COLUMN_NAMES = [
  'id',
  'user_id',
  'session_id',
  'question_id',
  'topic',
  'guild_id',
  'answer',
  'score',
  'key_points',
  'hints_used',
  'source',
  'created_at',
] as const;
export const ATTEMPT_COLUMNS = columnList(ATTEMPT_COLUMN_NAMES);

/** The attempts mapping for an engine whose columns `codec` reads and writes. */
export const attemptRows = <C extends ColumnTypes>(codec: RowCodec<C>) => ({
  toAttempt: (row: AttemptRow<C>): Attempt => ({
    id: row.id,
    userId: row.user_id,
    sessionId: row.session_id,
    questionId: row.question_id,
    topic: row.topic,
    guildId: row.guild_id,
    answer: row.answer,
    score: row.score,
    keyPoints: codec.readJson(row.key_points) as Attempt['keyPoints'],
    hintsUsed: row.hints_used,
    source: row.source as Attempt['source'],
    createdAt: row.created_at,
  }),
  toAttemptRow: (attempt: Attempt): AttemptRow<WrittenColumns<C>> => ({
    id: attempt.id,
    user_id: attempt.userId,
    session_id: attempt.sessionId,
    question_id: attempt.questionId,
    topic: attempt.topic,
    guild_id: attempt.guildId,
    answer: attempt.answer,
    score: attempt.score,
    key_points: JSON.stringify(attempt.keyPoints),
    hints_used: attempt.hintsUsed,
    source: attempt.source,
    created_at: attempt.createdAt,
  }),
});
