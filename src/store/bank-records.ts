import type { BankBundle } from '../core/banks/bundle.ts';
import type { KeyPointResult } from '../core/grading/types.ts';

/**
 * A server's bank as the store keeps it. `guildId` is the Discord server; null is the terminal's own scope
 * (and DMs), kept apart from every server.
 */

/** An imported topic waiting for a moderator to publish or discard it. */
export interface BankDraft {
  id: string;
  guildId: string | null;
  bundle: BankBundle;
  createdBy: string;
  createdAt: string;
}

/** A published topic of a server's own bank. */
export interface BankTopic {
  guildId: string | null;
  bundle: BankBundle;
  publishedBy: string;
  publishedAt: string;
}

export type AppealStatus = 'pending' | 'accepted' | 'rejected';

/** "I did say that": a candidate's claim that words of their answer make a key point the grader missed. */
export interface Appeal {
  id: string;
  guildId: string | null;
  userId: string;
  attemptId: string;
  questionId: string;
  keyPointId: string;
  /** Words of the candidate's answer that make the point. */
  words: string;
  status: AppealStatus;
  filedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The attempt's score after the accepted alias re-graded it. */
  regradedScore: number | null;
}

/** Words a moderator accepted as another way to make a key point, in that server's bank only. */
export interface BankAlias {
  /** The appeal's id. */
  id: string;
  guildId: string | null;
  questionId: string;
  keyPointId: string;
  alias: string;
  acceptedBy: string;
  acceptedAt: string;
}

/** How a pending appeal is decided: rejected, or accepted with its alias and the attempt's new grade. */
export type AppealDecision =
  | { status: 'rejected'; decidedBy: string; decidedAt: string }
  | {
      status: 'accepted';
      decidedBy: string;
      decidedAt: string;
      alias: BankAlias;
      regrade: { score: number; keyPoints: KeyPointResult[] };
    };
