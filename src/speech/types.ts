import type { Result } from '../core/result.ts';

/** Why a voice answer could not be turned into text; messages.ts says each in words. */
export type SpeechErrorCode = 'not_enabled' | 'unreadable_audio' | 'too_long' | 'too_large' | 'failed';

export interface Transcript {
  text: string;
  /** Length of the audio, measured from the file itself. */
  durationSec: number;
  /** Which recogniser produced the text: 'pocketsphinx', 'command' or 'http'. */
  provider: string;
}

export interface TranscribeOptions {
  /**
   * Wording the speaker is likely to use that the question bank may not hold (a rubric from a file):
   * recognisers that can use it do; the others ignore it.
   */
  context?: string;
  signal?: AbortSignal;
}

/** Speech to text: a voice answer (Ogg Opus bytes or a file path) in, its transcript out. */
export interface SpeechToText {
  readonly provider: string;
  transcribe(audio: Buffer | string, opts?: TranscribeOptions): Promise<Result<Transcript, SpeechErrorCode>>;
}

export type SynthesisErrorCode = 'not_enabled' | 'too_long' | 'failed';

export interface SynthesizeOptions {
  /** Names the cache entry (a question id), so each question is synthesised once. */
  cacheKey?: string;
}

/** Text to speech: text in, an Ogg Opus file (48 kHz mono) out. */
export interface TextToSpeech {
  readonly engine: string;
  synthesize(text: string, opts?: SynthesizeOptions): Promise<Result<Buffer, SynthesisErrorCode>>;
}

/**
 * What one recogniser does once the audio passed the size and length checks: decoded facts about the
 * audio are given, so it never has to parse the file again to apply the limits.
 */
export interface Recogniser {
  readonly name: string;
  recognise(
    audio: Buffer,
    info: AudioInfo,
    opts: RecogniseOptions,
  ): Promise<Result<string, 'unreadable_audio' | 'too_long' | 'failed'>>;
}

export interface RecogniseOptions {
  context?: string;
  maxSeconds: number;
  signal: AbortSignal;
}

export interface AudioInfo {
  durationSec: number;
  channels: number;
  /** The sample rate the audio was recorded at (Opus itself always decodes at 48 kHz). */
  inputRate: number;
}

/** Discord's attachment limit for most servers; larger voice answers are refused before any decoding. */
export const MAX_AUDIO_BYTES = 10 * 1024 * 1024;
