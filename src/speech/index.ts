/** The speech layer's public face: what transports (the Discord bot, the CLI) use. */
export { createSpeech, type Speech, type SpeechDeps } from './create-speech.ts';
export { describeSpeech, detectSpeech, type SpeechReport } from './detect-speech.ts';
export { INSTALL_HINT, SPEECH_PACKAGES } from './find-tools.ts';
export { NOTHING_HEARD, speechErrorMessage, synthesisErrorMessage } from './messages.ts';
export { probeOggOpus } from './ogg-opus.ts';
export type { VoiceMessageMeta } from './tts/voice-message.ts';
export {
  MAX_AUDIO_BYTES,
  type SpeechErrorCode,
  type SpeechToText,
  type SynthesisErrorCode,
  type TextToSpeech,
  type TranscribeOptions,
  type Transcript,
} from './types.ts';
