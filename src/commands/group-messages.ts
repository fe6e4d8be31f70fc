/**
 * Sentences for practice channels, rounds and daily questions (issue 5). Kept next to messages.ts, in
 * their own file so the group-study codes do not churn the interview's list.
 */
export type GroupNotice =
  | 'needs_server' | 'needs_manage_server' | 'not_practice_channel' | 'round_already_open' | 'no_open_round'
  | 'round_closed' | 'unknown_round' | 'not_allowed_to_end' | 'cannot_post' | 'invalid_time'
  | 'invalid_time_zone' | 'unknown_topic' | 'invalid_round_minutes' | 'not_subscribed' | 'no_channel_daily'
  | 'no_practice_channel' | 'retry_used' | 'answered_already' | 'unknown_daily' | 'group_study_off';

const GROUP_NOTICES: Record<GroupNotice, string> = {
  needs_server: 'This works in a server channel, not in direct messages.',
  needs_manage_server: 'Only members with the Manage Server permission can change this.',
  not_practice_channel: 'This channel is not a practice channel. A moderator can make it one with /practice-channel set.',
  round_already_open: 'A round is already open in this channel: answer it, or wait for its results.',
  no_open_round: 'There is no open round in this channel.',
  round_closed: 'That round has closed, so answers are no longer taken. Its results are in the channel.',
  unknown_round: 'That round no longer exists.',
  not_allowed_to_end: 'Only whoever started the round, or a moderator (Manage Server), can end it early.',
  cannot_post: 'I cannot post in that channel: please check that I can view it and send messages there.',
  invalid_time: 'The time must be HH:MM on a 24-hour clock, e.g. 08:30 or 19:00.',
  invalid_time_zone: 'That is not a time zone I know: pick one from the list, e.g. Europe/Berlin or America/New_York.',
  unknown_topic: 'There is no such topic in the question bank.',
  invalid_round_minutes: 'A round lasts from 1 to 120 minutes.',
  not_subscribed: 'You have no daily question subscription. Start one with /daily subscribe.',
  no_channel_daily: 'That channel has no daily question.',
  no_practice_channel: 'That channel is not a practice channel.',
  retry_used: 'You have already used your retry for this question. Your first answer is the one that counts.',
  answered_already: 'You have already answered this. Press Answer again for your one retry.',
  unknown_daily: 'That daily question is no longer available. A new one comes tomorrow.',
  group_study_off: 'Practice channels, rounds and daily questions are turned off on this bot: they post messages on the bot’s own behalf, which needs the bot token (DISCORD_TOKEN) its operator has not set. /mock-interview, /question, /stats and /leaderboard work.',
};

export function groupNoticeMessage(notice: GroupNotice, topics?: readonly string[]): string {
  const message = GROUP_NOTICES[notice];
  return notice === 'unknown_topic' && topics !== undefined ? `${message} Topics: ${topics.join(', ')}.` : message;
}
