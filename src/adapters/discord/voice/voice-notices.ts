/**
 * Sentences of the Discord voice answers; the speech layer's own (not enabled, unreadable, too long, too
 * large, nothing heard) come from src/speech/messages.ts.
 */
export type VoiceNotice =
  | 'transcribing' | 'no_session' | 'no_round' | 'dms_closed' | 'download_failed' | 'stopped'
  | 'transcript_unreadable' | 'answered_twice' | 'busy';

const VOICE_NOTICES: Record<VoiceNotice, string> = {
  transcribing: '🎙️ Got your voice answer: transcribing it…',
  no_session: 'You have no interview in progress for a voice answer. Start one with /mock-interview, then send your answer here as a voice message.',
  no_round: 'There is no open round in that channel. Voice answers work there during a round (/round start), and here in DMs for your /mock-interview questions.',
  dms_closed: 'I couldn’t send you your transcript privately: please allow direct messages from this server’s members, or press Answer on the round and type your answer.',
  download_failed: 'I couldn’t download that voice message (its link may have expired). Please send it again.',
  stopped: 'The bot restarted while transcribing this voice message, so nothing was graded. Please send it again.',
  transcript_unreadable: 'I couldn’t read the transcript from that message. Please send your voice answer again.',
  answered_twice: 'You have already answered this question and used your retry. Move on with Next question.',
  busy: 'I’m still transcribing your previous voice message: wait for its transcript, then send another if you need to.',
};

export function voiceNoticeMessage(notice: VoiceNotice): string {
  return VOICE_NOTICES[notice];
}

/** Where a guild voice answer is from, shown in the DM that carries its transcript. */
export function fromChannelLine(channelId: string): string {
  return `Your voice answer in <#${channelId}>:`;
}
