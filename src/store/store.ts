import type { Result } from '../core/result.ts';
import type { Attempt, Session } from '../core/interview/types.ts';

export interface UserProfile {
  id: string;
  displayName: string;
  /** IANA time zone used for streaks; null means UTC. */
  timeZone: string | null;
  leaderboardOptOut: boolean;
}

export interface LeaderboardQuery {
  /** Only attempts made in this guild; null for all. */
  guildId: string | null;
  /** Only attempts at or after this ISO time; null for all time. */
  since: string | null;
  limit: number;
}

export interface LeaderboardRow {
  userId: string;
  displayName: string;
  attempts: number;
  averageScore: number;
  totalScore: number;
}

export type SaveSessionError = 'version_conflict';

/**
 * Everything the bot keeps. Every implementation (SQLite, PostgreSQL) passes tests/store/contract.ts.
 * Writes are transactional: once a promise resolves, the data survives a crash.
 */
export interface Store {
  /** Creates or replaces the profile: every field, leaderboardOptOut included. */
  upsertUser(user: UserProfile): Promise<void>;
  getUser(userId: string): Promise<UserProfile | null>;
  setLeaderboardOptOut(userId: string, optOut: boolean): Promise<void>;
  /** Removes the user, their attempts and their sessions. */
  deleteUserData(userId: string): Promise<void>;

  /** Idempotent by attempt id: the same attempt saved twice is stored once. */
  addAttempt(attempt: Attempt): Promise<void>;
  /** The user's attempts, oldest first. */
  listAttempts(userId: string): Promise<Attempt[]>;

  /**
   * Saves a session if its stored version still equals `expectedVersion` (null: the session must be new),
   * together with `attempt` when given, in one transaction. The saved session has version expectedVersion+1.
   */
  saveSession(
    session: Session,
    expectedVersion: number | null,
    attempt?: Attempt,
  ): Promise<Result<Session, SaveSessionError>>;
  getSession(sessionId: string): Promise<Session | null>;
  /** The user's most recent session with status 'active', if any. */
  findActiveSession(userId: string): Promise<Session | null>;

  /**
   * Per user: attempts, average (1 decimal) and total score, by total then average, highest first.
   * Lists only users with a profile (upsertUser) who have not opted out.
   */
  leaderboard(query: LeaderboardQuery): Promise<LeaderboardRow[]>;

  /**
   * Claims the scheduled job named `key` (a daily post, closing a round) for `owner` at ISO time `now`.
   * Resolves true for exactly one call per key, ever, across every process sharing the store; every other
   * call resolves false, the same owner's included. Claims are never released.
   */
  claimJob(key: string, owner: string, now: string): Promise<boolean>;
  close(): Promise<void>;
}
