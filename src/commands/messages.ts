import type { SessionError } from '../interviewer/interviewer.ts';

/** The one place where error codes become sentences a user reads. */
const SESSION_MESSAGES: Record<SessionError, string> = {
  unknown_session: 'That interview no longer exists. Start a new one with /mock-interview.',
  not_your_session: 'These buttons belong to someone else’s interview. Start your own with /mock-interview.',
  session_not_active: 'That interview has already finished. Start a new one with /mock-interview.',
  session_changed: 'That interview just changed (perhaps a double click). Please try again.',
  unknown_topic: 'There is no such topic in the question bank.',
  no_questions: 'No questions match those options.',
  empty_answer: 'Your answer was empty, so nothing was graded. Please write an answer.',
  answer_too_long: 'Your answer is longer than 4000 characters. Please shorten it; nothing was saved.',
  retry_used: 'You have already used your retry for this question.',
  unknown_question: 'That question is no longer in the question bank.',
  not_answered: 'Answer the question first.',
  already_answered: 'Hints are for before you answer; this question is already answered.',
  no_more_hints: 'There are no more hints for this question.',
};

export function sessionErrorMessage(error: SessionError, topics?: readonly string[]): string {
  const message = SESSION_MESSAGES[error];
  if (error === 'unknown_topic' && topics !== undefined) return `${message} Topics: ${topics.join(', ')}.`;
  return message;
}
