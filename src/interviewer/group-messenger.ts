import type { BankQuestion } from '../core/bank/schema.ts';
import type { Round, RoundResults } from '../core/rounds/types.ts';
import type { Nudge } from '../core/schedule/index.ts';
import type { DeliveryFailureReason } from '../core/schedule/types.ts';
import type { Streak } from '../core/stats/types.ts';

/**
 * The result of sending a message outside an interaction. `failure` says why a target should be paused
 * (DMs closed, channel deleted, no permission); null means the failure may pass (5xx, network) and the
 * target stays as it is. `unsent` says the message certainly never reached Discord (given up before it was
 * sent, because the bot is stopping), so sending it later cannot show it twice.
 */
export type Delivery =
  | { ok: true; channelId: string; messageId: string }
  | { ok: false; failure: DeliveryFailureReason | null; error: string; unsent?: boolean };

/** What the daily DM shows. */
export interface DailyQuestionView {
  sessionId: string;
  question: BankQuestion;
  localDate: string;
  streak: Streak;
  answeredToday: boolean;
  /** Said with the question: the subscription's topic was removed from its server's bank. */
  note?: 'daily_topic_removed';
}

/** What the candidate is told when a reviewer decides their appeal. */
export interface AppealDecisionView {
  accepted: boolean;
  prompt: string;
  keyPointText: string;
  words: string;
  /** On acceptance: the answer's score before and after it was graded again, and whether the point is now made. */
  regrade: { previousScore: number; score: number; covered: boolean } | null;
}

/**
 * What rounds and daily questions send on their own, outside any interaction: the port the chat transport
 * fills (Discord renders and posts them). Sends carry a key: the same key, the same message, posted once.
 */
export interface GroupMessenger {
  /**
   * A round's question in its channel, pinging `pingRoleId` (a channel's daily question) when given, with
   * `note` said with it when given.
   */
  postRoundQuestion(
    round: Round,
    question: BankQuestion,
    pingRoleId: string | null,
    note?: 'channel_daily_topic_removed',
  ): Promise<Delivery>;
  postRoundResults(round: Round, results: RoundResults, question: BankQuestion | undefined): Promise<Delivery>;
  /** A thread to discuss the results on their message; its id, or null when it could not be opened. */
  openResultsThread(round: Round, resultsMessageId: string, question: BankQuestion | undefined): Promise<string | null>;
  /** Marks the round's question message as closed; false when the edit failed (the message was deleted, say). */
  showRoundClosed(round: Round & { messageId: string }, question: BankQuestion): Promise<boolean>;
  /** Once `stop` aborts, a DM not yet handed to Discord is not sent (`unsent`); one already sent finishes. */
  sendDailyQuestion(userId: string, view: DailyQuestionView, key: string, stop?: AbortSignal): Promise<Delivery>;
  /** The evening reminder, with today's question when it is still open; `stop` as for the daily question. */
  sendNudge(
    userId: string,
    nudge: Nudge,
    openSessionId: string | null,
    key: string,
    stop?: AbortSignal,
  ): Promise<Delivery>;
  /** A reviewer's decision on an appeal, to the candidate who filed it. */
  sendAppealDecision(userId: string, view: AppealDecisionView, key: string): Promise<Delivery>;
}
