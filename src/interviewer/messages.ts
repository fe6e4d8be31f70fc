import { BANK_LIMITS } from '../core/banks/limits.ts';
import type { AppealError, DecideError, DraftError, ImportError } from './banks/index.ts';
import type { SessionError } from './types.ts';

/** Problems only a chat transport (Discord buttons, modals, servers) can run into. */
export type ChatNotice =
  | 'question_moved_on'
  | 'answered_already'
  | 'unknown_button'
  | 'leaderboard_needs_server'
  | 'stats_private'
  | 'stats_of_bot'
  | 'too_slow_for_modal'
  | 'not_your_button'
  | 'unknown_command'
  | 'something_went_wrong'
  | 'store_unavailable';

/** Practice channels, rounds and daily questions. */
export type GroupNotice =
  | 'needs_server'
  | 'needs_manage_server'
  | 'not_practice_channel'
  | 'round_already_open'
  | 'no_open_round'
  | 'round_closed'
  | 'unknown_round'
  | 'not_allowed_to_end'
  | 'cannot_post'
  | 'invalid_time'
  | 'invalid_time_zone'
  | 'unknown_topic'
  | 'invalid_round_minutes'
  | 'not_subscribed'
  | 'no_channel_daily'
  | 'no_practice_channel'
  | 'retry_used'
  | 'answered_already'
  | 'unknown_daily'
  | 'question_topic_removed'
  | 'channel_topic_removed'
  | 'daily_topic_removed'
  | 'channel_daily_topic_removed'
  | 'group_study_off';

/** Voice answers (the speech layer's own problems are worded in src/speech/messages.ts). */
export type VoiceNotice =
  | 'transcribing'
  | 'no_session'
  | 'no_round'
  | 'dms_closed'
  | 'download_failed'
  | 'stopped'
  | 'transcript_unreadable'
  | 'answered_twice'
  | 'busy';

/** A server's own bank and appeals, and what the /bank commands say when they cannot act. */
export type BankNotice =
  | ImportError
  | DraftError
  | AppealError
  | DecideError
  | 'unknown_server_topic'
  | 'built_in_topic'
  | 'bank_needs_server'
  | 'bank_needs_manage_server'
  | 'unknown_bank_command'
  | 'no_file_attached'
  | 'bank_download_failed'
  | 'nothing_to_export'
  | 'appeal_pick_point'
  | 'appeal_sent'
  | 'nothing_to_appeal'
  | 'appeal_needs_server'
  | 'bank_needs_reviewer'
  | 'no_pending_appeals'
  | 'reviewer_role_set'
  | 'reviewer_role_everyone'
  | 'appeal_accepted_for_you'
  | 'appeal_rejected_for_you'
  | 'candidate_told'
  | 'candidate_not_told'
  | 'appeals_waiting'
  | 'appeal_accepted'
  | 'appeal_rejected';

/** Every result code a user can be told about, whatever the transport. */
export type MessageCode = SessionError | ChatNotice | GroupNotice | VoiceNotice | BankNotice;

/** The one place where result codes become sentences a user reads: one sentence per code. */
const MESSAGES: Record<MessageCode, string> = {
  // Interviews (and the one-question sessions of rounds and daily questions).
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
  no_follow_up: 'There is no follow-up question waiting for this question.',
  // Chat transports.
  question_moved_on: 'That question has moved on: use the buttons on the latest question.',
  answered_already: 'You have already answered this question. Use Retry for your one second try.',
  unknown_button:
    'That button is from an older version of this bot and no longer works. Start again with /mock-interview.',
  leaderboard_needs_server: 'Leaderboards are per server: run /leaderboard in a server channel.',
  stats_private: 'That person keeps their stats private.',
  stats_of_bot: 'Bots do not take mock interviews, so they have no stats.',
  too_slow_for_modal: 'That took too long to open the answer box. Please press the button again.',
  not_your_button: 'That button is not yours. Run the command yourself to get your own.',
  unknown_command: 'This bot no longer has that command. Type / to see the current ones.',
  something_went_wrong: 'Something went wrong on our side; nothing was lost. Please try again in a moment.',
  store_unavailable:
    'Our storage is unavailable just now, so what you just sent may not have been saved. Please try again in a moment.',
  // Practice channels, rounds and daily questions.
  needs_server: 'This works in a server channel, not in direct messages.',
  needs_manage_server: 'Only members with the Manage Server permission can change this.',
  not_practice_channel:
    'This channel is not a practice channel. A moderator can make it one with /practice-channel set.',
  round_already_open: 'A round is already open in this channel: answer it, or wait for its results.',
  no_open_round: 'There is no open round in this channel.',
  round_closed: 'That round has closed, so answers are no longer taken. Its results are in the channel.',
  unknown_round: 'That round no longer exists.',
  not_allowed_to_end: 'Only whoever started the round, or a moderator (Manage Server), can end it early.',
  cannot_post: 'I cannot post in that channel: please check that I can view it and send messages there.',
  invalid_time: 'The time must be HH:MM on a 24-hour clock, e.g. 08:30 or 19:00.',
  invalid_time_zone: 'That is not a time zone I know: pick one from the list, e.g. Europe/Berlin or America/New_York.',
  invalid_round_minutes: 'A round lasts from 1 to 120 minutes.',
  not_subscribed: 'You have no daily question subscription. Start one with /daily subscribe.',
  no_channel_daily: 'That channel has no daily question.',
  no_practice_channel: 'That channel is not a practice channel.',
  unknown_daily: 'That daily question is no longer available. A new one comes tomorrow.',
  question_topic_removed:
    'That question’s topic was removed from this server’s bank, so answers to it are no longer taken.',
  channel_topic_removed:
    'This channel’s topic is no longer in this server’s bank: pass another topic to /round start, or a moderator can pick one with /practice-channel set.',
  daily_topic_removed:
    'Your daily topic was removed from the server’s bank, so your questions now come from every topic. Pick another with /daily subscribe.',
  channel_daily_topic_removed:
    'This channel’s daily topic was removed from the server’s bank, so questions now come from every topic. A moderator can pick another with /daily channel.',
  group_study_off:
    'Practice channels, rounds and daily questions are turned off on this bot: they post messages on the bot’s own behalf, which needs the bot token (DISCORD_TOKEN) its operator has not set. /mock-interview, /question, /stats and /leaderboard work.',
  // Voice answers.
  transcribing: '🎙️ Got your voice answer: transcribing it…',
  no_session:
    'You have no interview in progress for a voice answer. Start one with /mock-interview, then send your answer here as a voice message.',
  no_round:
    'There is no open round in that channel. Voice answers work there during a round (/round start), and here in DMs for your /mock-interview questions.',
  dms_closed:
    'I couldn’t send you your transcript privately: please allow direct messages from this server’s members, or press Answer on the round and type your answer.',
  download_failed: 'I couldn’t download that voice message (its link may have expired). Please send it again.',
  stopped: 'The bot restarted while transcribing this voice message, so nothing was graded. Please send it again.',
  transcript_unreadable: 'I couldn’t read the transcript from that message. Please send your voice answer again.',
  answered_twice: 'You have already answered this question and used your retry. Move on with Next question.',
  busy: 'I’m still transcribing your previous voice message: wait for its transcript, then send another if you need to.',
  // A server's own bank and appeals.
  unsupported_file: 'Import a Markdown (.md) or plain-text (.txt) document, or a bank file (.json) from /bank export.',
  file_too_large: `That file is too large: at most ${Math.round(BANK_LIMITS.maxFileBytes / 1024)} KB.`,
  not_text: 'That file is not UTF-8 text.',
  invalid_bank_file: 'That .json file is not a bank file as /bank export writes them.',
  invalid_topic: 'A topic name is lowercase words joined by hyphens, e.g. sql-interviews.',
  nothing_to_ask: 'No question could be drafted: the document needs headings with text under them.',
  too_many_questions: `Too many questions: at most ${BANK_LIMITS.maxQuestionsPerImport} per import and ${BANK_LIMITS.maxQuestionsPerServer} per server.`,
  too_many_topics: `A server can have at most ${BANK_LIMITS.maxTopicsPerServer} topics of its own; remove one first.`,
  topic_taken: 'That topic name belongs to the built-in bank; choose another.',
  question_id_taken: 'A question id of that file is already used by another topic or the built-in bank.',
  bank_problems: 'The bank check found problems in that file; nothing was stored.',
  unknown_draft: 'That draft is gone (published or discarded already).',
  unknown_server_topic: 'This server has no topic of its own by that name.',
  built_in_topic: 'Built-in topics cannot be removed.',
  unknown_attempt: 'That answer is no longer stored.',
  not_your_attempt: 'Only the person who answered can appeal their grade.',
  unknown_key_point: 'That question has no such key point.',
  point_already_made: 'That point was already counted as made.',
  no_appeal_words: 'Pick the words of your answer that make the point.',
  words_too_long: `Pick at most ${BANK_LIMITS.maxAppealCharacters} characters: just the words that make the point.`,
  words_not_in_answer:
    'Those words are not all in your answer (in its order); cut your answer down instead of rewriting it.',
  already_appealed: 'You have already appealed that point for this answer.',
  unknown_appeal: 'There is no such appeal here.',
  already_decided: 'That appeal has already been decided.',
  appeal_question_gone: 'That question or key point is no longer in the bank.',
  bank_needs_server: 'A bank of its own belongs to a server: use /bank in a server.',
  bank_needs_manage_server: 'Only members who can Manage Server change this server’s bank.',
  unknown_bank_command:
    'That /bank command is not known; try /bank import, /bank export, /bank remove, /bank appeals or /bank reviewers.',
  no_file_attached: 'Attach the document (.md or .txt) or bank file (.json) to import.',
  bank_download_failed: 'The file could not be downloaded from Discord; try again.',
  nothing_to_export: 'This server has no topics of its own yet: /bank import a document first.',
  appeal_pick_point:
    'Which point is in your answer? Pick it, then cut your answer down to the words that make it: they go to this server’s reviewers.',
  appeal_sent:
    'Sent to the server’s reviewers. I will tell you by direct message when one of them decides (a decision that counts your words grades your answer again).',
  nothing_to_appeal: 'Every key point of that answer was counted as made: there is nothing to appeal.',
  appeal_needs_server: 'Appeals go to a server’s reviewers: answer in a server to appeal a grade.',
  bank_needs_reviewer: 'Only members who can Manage Server, or who have this server’s reviewer role, review appeals.',
  no_pending_appeals: 'No appeals are waiting for review in this server.',
  reviewer_role_set: 'Members with that role can now review this server’s appeals with /bank appeals.',
  reviewer_role_everyone: 'Pick a role of its own: @everyone cannot be the reviewer role.',
  appeal_accepted_for_you:
    'A reviewer accepted your appeal: those words of yours now count for that point in this server, and your answer was graded again.',
  appeal_rejected_for_you: 'A reviewer did not accept your appeal; your grade stands.',
  candidate_told: 'The candidate was told by direct message.',
  candidate_not_told: 'I couldn’t tell the candidate by direct message (their DMs may be closed).',
  appeals_waiting: 'Appeals waiting for review, oldest first.',
  appeal_accepted: 'Accepted: the words now count for that point in this server, and the answer was graded again.',
  appeal_rejected: 'Rejected: the grade stands and the bank is unchanged.',
};

/** The sentence for a code; `unknown_topic` lists the bank's topics when they are given. */
export function messageFor(code: MessageCode, topics?: readonly string[]): string {
  const message = MESSAGES[code];
  return code === 'unknown_topic' && topics !== undefined ? `${message} Topics: ${topics.join(', ')}.` : message;
}

/** A code's sentence with what it concerns (a file, an id, a number) when the use case said. */
export function messageWithDetail(code: MessageCode, detail?: string): string {
  return detail === undefined || detail === '' ? MESSAGES[code] : `${MESSAGES[code]} (${detail})`;
}
