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

/** Problems only a chat transport (Discord buttons, modals, servers) can run into. */
export type ChatNotice =
  | 'question_moved_on' | 'answered_already' | 'unknown_button' | 'leaderboard_needs_server' | 'stats_private'
  | 'stats_of_bot' | 'too_slow_for_modal' | 'not_your_button' | 'unknown_command' | 'something_went_wrong';

const CHAT_NOTICES: Record<ChatNotice, string> = {
  question_moved_on: 'That question has moved on: use the buttons on the latest question.',
  answered_already: 'You have already answered this question. Use Retry for a second try, or Next question.',
  unknown_button: 'That button is from an older version of this bot and no longer works. Start again with /mock-interview.',
  leaderboard_needs_server: 'Leaderboards are per server: run /leaderboard in a server channel.',
  stats_private: 'That person keeps their stats private.',
  stats_of_bot: 'Bots do not take mock interviews, so they have no stats.',
  too_slow_for_modal: 'That took too long to open the answer box. Please press the button again.',
  not_your_button: 'That button is not yours. Run the command yourself to get your own.',
  unknown_command: 'This bot no longer has that command. Type / to see the current ones.',
  something_went_wrong: 'Something went wrong on our side; nothing was lost. Please try again in a moment.',
};

export function chatNoticeMessage(notice: ChatNotice): string {
  return CHAT_NOTICES[notice];
}

/** Any code a chat transport may show: the session's own, or a chat-only one. */
export function noticeMessage(code: SessionError | ChatNotice, topics?: readonly string[]): string {
  return Object.hasOwn(CHAT_NOTICES, code) ? CHAT_NOTICES[code as ChatNotice] : sessionErrorMessage(code as SessionError, topics);
}
