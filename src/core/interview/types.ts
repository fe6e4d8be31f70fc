import type { KeyPointResult } from '../grading/types.ts';

export type AnswerSource = 'terminal' | 'discord' | 'voice' | 'daily' | 'round' | 'cli';

export interface SessionOptions {
  topic: string | null;
  difficulty: 1 | 2 | 3 | null;
  count: number;
  /** Each question also as spoken audio (Discord: `/mock-interview voice:true`); absent means text only. */
  voice?: boolean;
}

export type QuestionStatus = 'pending' | 'answered' | 'skipped';

export interface QuestionOutcome {
  questionId: string;
  status: QuestionStatus;
  /** Best score so far for this question after hint penalties, null until answered. */
  score: number | null;
  hintsUsed: number;
  /** Answers given to this question (first answer plus at most one retry). */
  answers: number;
  keyPoints: KeyPointResult[];
  /** The one follow-up question asked about a nearly covered key point, once offered. */
  followUp?: FollowUp;
}

export type FollowUpStatus = 'asked' | 'answered' | 'skipped';

/** A probe aimed at one nearly covered key point; its answer is graded together with the answer it follows. */
export interface FollowUp {
  keyPointId: string;
  prompt: string;
  status: FollowUpStatus;
  /** The answer the follow-up was asked about. */
  baseAnswer: string;
  /** Set once answered: whether the follow-up completed the key point. */
  completed?: boolean;
}

export type SessionStatus = 'active' | 'finished' | 'ended';

/** An interview in progress; lives in the store so any process can continue it. */
export interface Session {
  id: string;
  userId: string;
  /** Discord guild (server) id, or null for DMs and the terminal. */
  guildId: string | null;
  source: AnswerSource;
  options: SessionOptions;
  questionIds: string[];
  /** Index of the current question in questionIds. */
  index: number;
  outcomes: QuestionOutcome[];
  status: SessionStatus;
  startedAt: string;
  updatedAt: string;
  /** Bumped on every save; a save with a stale version is refused (two writers never corrupt a session). */
  version: number;
}

/** One graded answer, as stored. */
export interface Attempt {
  id: string;
  userId: string;
  sessionId: string | null;
  questionId: string;
  topic: string;
  guildId: string | null;
  answer: string;
  score: number;
  keyPoints: KeyPointResult[];
  hintsUsed: number;
  source: AnswerSource;
  createdAt: string;
}
