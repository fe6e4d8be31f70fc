import type { SpeechToText, TextToSpeech } from '../../../speech/index.ts';
import { MAX_AUDIO_BYTES } from '../../../speech/index.ts';

/** What the Discord bot needs from the speech layer (src/speech), wired by createBot's caller. */
export interface VoiceServices {
  /** Recognition behind the size, length and concurrency limits; a disabled one answers 'not_enabled'. */
  stt: SpeechToText;
  /** Spoken questions for `/mock-interview voice:true`; a disabled one answers 'not_enabled'. */
  tts: TextToSpeech;
  /** VOICE_MAX_SECONDS: longer voice messages are refused before they are downloaded. */
  maxSeconds: number;
  /**
   * DISCORD_MESSAGE_CONTENT=true: the bot asks for the privileged MESSAGE_CONTENT intent and takes any
   * voice message in a practice channel with an open round; without it only those that mention the bot.
   */
  messageContent: boolean;
  /** Largest attachment taken (default 10 MiB, Discord's own limit for most servers). */
  maxBytes?: number;
  /** Why recognition is off, for the operator's log when a voice answer is refused (the start-up report's detail). */
  offReason?: string;
}

export function maxBytesOf(voice: VoiceServices): number {
  return voice.maxBytes ?? MAX_AUDIO_BYTES;
}

/** The limits as the speech layer's messages word them. */
export function limitsOf(voice: VoiceServices): { maxSeconds: number; maxMegabytes: number } {
  return { maxSeconds: voice.maxSeconds, maxMegabytes: Math.round((maxBytesOf(voice) / (1024 * 1024)) * 10) / 10 };
}
