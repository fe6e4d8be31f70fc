import type { Attempt, Session } from '../../core/interview/types.ts';
import type { UserProfile } from '../store.ts';

/** Column values as pg returns them (JSON columns already parsed), and the mapping to and from the domain types. */
export interface UserRow {
  id: string;
  display_name: string;
  time_zone: string | null;
  leaderboard_opt_out: boolean;
}

export interface AttemptRow {
  id: string;
  user_id: string;
  session_id: string | null;
  question_id: string;
  topic: string;
  guild_id: string | null;
  answer: string;
  score: number;
  key_points: Attempt['keyPoints'];
  hints_used: number;
  source: string;
  created_at: string;
}

export interface SessionRow {
  id: string;
  user_id: string;
  status: string;
  version: number;
  data: Omit<Session, 'version'>;
  updated_at: string;
}

/** Column order of every attempt insert and select; `attemptValues` follows it. */
export const ATTEMPT_COLUMNS =
  'id, user_id, session_id, question_id, topic, guild_id, answer, score, key_points, hints_used, source, created_at';

export const SESSION_COLUMNS = 'id, user_id, status, version, data, updated_at';

export const toUser = (row: UserRow): UserProfile => ({
  id: row.id,
  displayName: row.display_name,
  timeZone: row.time_zone,
  leaderboardOptOut: row.leaderboard_opt_out,
});

export const userValues = (user: UserProfile): unknown[] => [
  user.id,
  user.displayName,
  user.timeZone,
  user.leaderboardOptOut,
];

export const toAttempt = (row: AttemptRow): Attempt => ({
  id: row.id,
  userId: row.user_id,
  sessionId: row.session_id,
  questionId: row.question_id,
  topic: row.topic,
  guildId: row.guild_id,
  answer: row.answer,
  score: row.score,
  keyPoints: row.key_points,
  hintsUsed: row.hints_used,
  source: row.source as Attempt['source'],
  createdAt: row.created_at,
});

// pg would send a JS array as a PostgreSQL array, so JSON goes over the wire as text.
export const attemptValues = (attempt: Attempt): unknown[] => [
  attempt.id,
  attempt.userId,
  attempt.sessionId,
  attempt.questionId,
  attempt.topic,
  attempt.guildId,
  attempt.answer,
  attempt.score,
  JSON.stringify(attempt.keyPoints),
  attempt.hintsUsed,
  attempt.source,
  attempt.createdAt,
];

/** The version column is the only source of truth for the version, so `data` leaves it out. */
export const toSession = (row: SessionRow): Session => ({ ...row.data, version: row.version });

/** Values in SESSION_COLUMNS order for a session saved as `version`. */
export const sessionValues = (session: Session, version: number): unknown[] => {
  const { version: _ignored, ...data } = session;
  return [session.id, session.userId, session.status, version, JSON.stringify(data), session.updatedAt];
};
