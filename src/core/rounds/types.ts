import type { KeyPointResult } from '../grading/types.ts';

/** A channel where members run timed rounds on one question with `/round start`. */
export interface PracticeChannelConfig {
  channelId: string;
  guildId: string;
  /** Rounds draw from this topic; null for any. */
  topic: string | null;
  /** How long a round stays open, in minutes (default 10). */
  roundMinutes: number;
}

/** 'practice' rounds are started by a member; 'daily' rounds by a channel's daily question. */
export type RoundKind = 'practice' | 'daily';
export type RoundStatus = 'open' | 'closed';

/** One question put to a whole channel; every member's first answer is scored and ranked. */
export interface Round {
  id: string;
  kind: RoundKind;
  guildId: string;
  channelId: string;
  questionId: string;
  /** The member who started it; null for a daily round (started by the schedule). */
  startedBy: string | null;
  /** ISO times. */
  startedAt: string;
  closesAt: string;
  status: RoundStatus;
  /** ISO time it was closed, null while open. */
  closedAt: string | null;
  /** The question's message and the thread answers go to, once posted. */
  messageId: string | null;
  threadId: string | null;
}

/** One member's scored answer in a round. */
export interface RoundAnswer {
  roundId: string;
  userId: string;
  attemptId: string;
  score: number;
  keyPoints: KeyPointResult[];
  /** True for the member's first answer: the one that counts. A retry is kept but not ranked. */
  isFirst: boolean;
  answeredAt: string;
}

export interface RankedAnswer {
  /** 1 for the best; equal whole-point scores share a rank (1, 1, 3). */
  rank: number;
  userId: string;
  /** Whole points, like every score a user sees. */
  score: number;
  attemptId: string;
}

/** The key point most members missed, with where in the document to read it up. */
export interface MostMissedKeyPoint {
  keyPointId: string;
  text: string;
  source: string | null;
  missedBy: number;
}

export interface RoundResults {
  roundId: string;
  questionId: string;
  ranking: RankedAnswer[];
  /** Null when the question has left the bank since the round started. */
  modelAnswer: string | null;
  mostMissed: MostMissedKeyPoint | null;
  counts: {
    /** Members with a counted answer. */
    participants: number;
    /** Answers after a member's first, kept but not ranked. */
    retries: number;
    /** Mean of the counted scores in whole points; null with no participants. */
    averageScore: number | null;
  };
}
