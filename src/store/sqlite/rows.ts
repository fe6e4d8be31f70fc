import type { Attempt, Session } from '../../core/interview/types.ts';
import type { UserProfile } from '../store.ts';

/** Column values as SQLite returns them, and the mapping to and from the domain types. */
export interface UserRow {
  id: string;
  display_name: string;
  time_zone: string | null;
  leaderboard_opt_out: number;
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
  key_points: string;
  hints_used: number;
  source: string;
  created_at: string;
}

export interface SessionRow {
  id: string;
  user_id: string;
  status: string;
  version: number;
  data: string;
  updated_at: string;
}

export const toUser = (row: UserRow): UserProfile => ({
  id: row.id,
  displayName: row.display_name,
  timeZone: row.time_zone,
  leaderboardOptOut: row.leaderboard_opt_out === 1,
});

export const toUserRow = (user: UserProfile): UserRow => ({
  id: user.id,
  display_name: user.displayName,
  time_zone: user.timeZone,
  leaderboard_opt_out: user.leaderboardOptOut ? 1 : 0,
});

export const toAttempt = (row: AttemptRow): Attempt => ({
  id: row.id,
  userId: row.user_id,
  sessionId: row.session_id,
  questionId: row.question_id,
  topic: row.topic,
  guildId: row.guild_id,
  answer: row.answer,
  score: row.score,
  keyPoints: JSON.parse(row.key_points) as Attempt['keyPoints'],
  hintsUsed: row.hints_used,
  source: row.source as Attempt['source'],
  createdAt: row.created_at,
});

export const toAttemptRow = (attempt: Attempt): AttemptRow => ({
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
});

/** The version column is the only source of truth for the version, so `data` leaves it out. */
export const toSession = (row: SessionRow): Session => ({
  ...(JSON.parse(row.data) as Omit<Session, 'version'>),
  version: row.version,
});

export const toSessionRow = (session: Session, version: number): SessionRow => {
  const { version: _ignored, ...data } = session;
  return {
    id: session.id,
    user_id: session.userId,
    status: session.status,
    version,
    data: JSON.stringify(data),
    updated_at: session.updatedAt,
  };
};
