import type { SpeechErrorCode, SynthesisErrorCode } from './types.ts';

/**
 * What the speaker is told for each refusal: short, polite, and what to do instead. A recogniser that
 * failed ('failed') is a failure on the bot's side, told in the catalogue's words (src/interviewer/messages.ts).
 */
export function speechErrorMessage(
  code: Exclude<SpeechErrorCode, 'failed'>,
  limits: { maxSeconds: number; maxMegabytes: number },
): string {
  switch (code) {
    case 'not_enabled':
      return 'Voice answers are not enabled on this bot. Please type your answer instead.';
    case 'unreadable_audio':
      return "I couldn't read that file as audio. Send a Discord voice message (or an .ogg Opus file), or type your answer.";
    case 'too_long':
      return `That recording is longer than ${formatSeconds(limits.maxSeconds)}. Please answer in a shorter voice message, or type it.`;
    case 'too_large':
      return `That file is larger than ${limits.maxMegabytes} MB. Please send a shorter voice message, or type your answer.`;
  }
}

export function synthesisErrorMessage(code: SynthesisErrorCode): string {
  switch (code) {
    case 'not_enabled':
      return 'Spoken questions are not enabled on this bot.';
    case 'too_long':
      return 'That text is too long to read aloud.';
    case 'failed':
      return "Sorry, I couldn't read that question aloud just now.";
  }
}

/** Shown when a transcript came back empty: the audio was fine, but no words were recognised. */
export const NOTHING_HEARD =
  "I couldn't make out any words in that recording. Please try again closer to the microphone, or type your answer.";

function formatSeconds(seconds: number): string {
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} seconds`;
}
