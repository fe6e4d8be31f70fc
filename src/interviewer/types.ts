import type { BankQuestion } from '../core/bank/schema.ts';
import type { AnswerSource, Session } from '../core/interview/types.ts';

/** Who acts, whatever the transport: a Discord member, a terminal user, a test. */
export interface Actor {
  userId: string;
  displayName: string;
  guildId: string | null;
  source: AnswerSource;
}

/** The current state of a session and its question, what every transport renders after an action. */
export interface SessionView {
  session: Session;
  question: BankQuestion | null;
}

export type SessionError =
  | 'unknown_session'
  | 'not_your_session'
  | 'session_not_active'
  | 'session_changed'
  | 'unknown_topic'
  | 'no_questions'
  | 'empty_answer'
  | 'answer_too_long'
  | 'retry_used'
  | 'unknown_question'
  | 'not_answered'
  | 'already_answered'
  | 'no_more_hints'
  | 'no_follow_up';

/**
 * A session by id, or the session itself as the caller has just read it (a handler that checked it is
 * still the question its button was for): no second read, and the store's version check still refuses the
 * change if anything else changed the session since that read.
 */
export type SessionRef = string | Session;
