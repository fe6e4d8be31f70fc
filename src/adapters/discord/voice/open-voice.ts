import type { SpeechSettings } from '../../../config.ts';
import { disabledSpeechToText } from '../../../speech/guard-speech-to-text.ts';
import { describeSpeech, type Speech } from '../../../speech/index.ts';
import { openSpeech } from '../../fs/open-speech.ts';
import { disabledTextToSpeech } from '../../../speech/tts/text-to-speech.ts';
import { describeError, type Logger } from '../logger.ts';
import type { VoiceServices } from './voice-services.ts';

export type VoiceConfig = SpeechSettings & {
  DATA_DIR: string;
  BANK_DIR?: string | undefined;
  DISCORD_MESSAGE_CONTENT: boolean;
};

/**
 * The bot's voice services from its configuration. Never fails for want of the speech packages: what is
 * off is logged (with the install command) and the bot runs text-only for it. The recogniser's language
 * model is built in the background, so the first voice answer does not wait for it.
 */
export async function openVoice(config: VoiceConfig, logger: Logger): Promise<VoiceServices> {
  let speech: Speech;
  try {
    speech = await openSpeech(config, (line) => logger.info(line));
  } catch (error) {
    logger.error(
      'voice answers and spoken questions: OFF (the speech layer failed to start); text works as usual',
      describeError(error),
    );
    const reason = error instanceof Error ? error.message : String(error);
    return {
      stt: disabledSpeechToText(reason),
      tts: disabledTextToSpeech(reason),
      maxSeconds: config.VOICE_MAX_SECONDS,
      messageContent: config.DISCORD_MESSAGE_CONTENT,
      offReason: reason,
    };
  }
  const { report } = speech;
  const [answers = '', questions = ''] = describeSpeech(report);
  if (report.stt.enabled) logger.info(answers);
  else logger.warn(answers);
  if (report.tts.enabled) logger.info(questions);
  else logger.warn(questions);
  if (report.stt.enabled) {
    logger.info(
      config.DISCORD_MESSAGE_CONTENT
        ? 'voice answers in servers: any voice message in a practice channel with an open round (MESSAGE_CONTENT intent)'
        : 'voice answers in servers: voice messages that mention the bot (or reply to it) in a practice channel with an open round',
    );
    void speech
      .prepare()
      .catch((error: unknown) => logger.warn('speech: language model not prepared', describeError(error)));
  }
  return {
    stt: speech.stt,
    tts: speech.tts,
    maxSeconds: config.VOICE_MAX_SECONDS,
    messageContent: config.DISCORD_MESSAGE_CONTENT,
    ...(report.stt.enabled ? {} : { offReason: report.stt.detail }),
  };
}
