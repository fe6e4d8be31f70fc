import { join } from 'node:path';
import type { SpeechSettings } from '../config.ts';
import { err, type Result } from '../core/result.ts';
import { detectSpeech, type SpeechReport } from './detect-speech.ts';
import { disabledSpeechToText, guardSpeechToText } from './guard-speech-to-text.ts';
import { ensureLanguageModel } from './lm/language-model.ts';
import { createCommandRecogniser } from './stt/command.ts';
import { createHttpRecogniser } from './stt/http.ts';
import { createPocketsphinxRecogniser } from './stt/pocketsphinx.ts';
import { chooseEngine } from './tts/engines.ts';
import { createTextToSpeech, disabledTextToSpeech } from './tts/text-to-speech.ts';
import { voiceMessageMeta, type VoiceMessageMeta } from './tts/voice-message.ts';
import { MAX_AUDIO_BYTES, type Recogniser, type SpeechToText, type TextToSpeech } from './types.ts';

export interface SpeechDeps {
  config: SpeechSettings & { DATA_DIR: string };
  /** The question bank's wording, for the recogniser's language model; read on first use. */
  bankTexts: () => Promise<readonly string[]>;
  log?: (line: string) => void;
  /** 'stock' uses pocketsphinx's general English model instead of the bank's (for comparison). */
  languageModel?: 'bank' | 'stock';
}

export interface Speech {
  stt: SpeechToText;
  tts: TextToSpeech;
  report: SpeechReport;
  /** Builds (or loads from DATA_DIR) the bank language model now rather than on the first voice answer. */
  prepare(): Promise<void>;
  /** Duration and waveform for sending a synthesised question as a Discord voice message. */
  voiceMessageMeta(ogg: Buffer): Promise<Result<VoiceMessageMeta, 'unreadable_audio' | 'failed'>>;
}

/** The speech composition: the configured recogniser behind the limits and queue, and the chosen voice. */
export async function createSpeech(deps: SpeechDeps): Promise<Speech> {
  const { config } = deps;
  const report = await detectSpeech(config);
  const cacheDir = join(config.DATA_DIR, 'speech');
  const recogniser = report.stt.enabled ? makeRecogniser(deps, report, join(cacheDir, 'lm')) : null;
  const stt =
    recogniser === null
      ? disabledSpeechToText(report.stt.detail)
      : guardSpeechToText(recogniser.recogniser, {
          maxSeconds: config.VOICE_MAX_SECONDS,
          maxBytes: MAX_AUDIO_BYTES,
          concurrency: config.SPEECH_CONCURRENCY,
          timeoutSec: config.SPEECH_TIMEOUT_SECONDS,
        });
  const engine = report.tts.enabled ? chooseEngine(config.TTS_VOICE, report.tools) : null;
  const tts =
    engine === null || report.tools.opusenc === null
      ? disabledTextToSpeech(report.tts.detail)
      : createTextToSpeech(engine, {
          cacheDir: join(cacheDir, 'tts'),
          opusenc: report.tools.opusenc,
          ...(deps.log ? { log: deps.log } : {}),
        });
  const { opusdec } = report.tools;
  return {
    stt,
    tts,
    report,
    prepare: async () => void (await recogniser?.prepare?.()),
    voiceMessageMeta: async (ogg) =>
      opusdec === null ? err('failed', 'opusdec is not installed') : voiceMessageMeta(ogg, opusdec),
  };
}

function makeRecogniser(
  deps: SpeechDeps,
  report: SpeechReport,
  lmDir: string,
): { recogniser: Recogniser; prepare?: () => Promise<unknown> } {
  const { config, log } = deps;
  if (report.stt.provider === 'command') return { recogniser: createCommandRecogniser(config.SPEECH_COMMAND!, log) };
  if (report.stt.provider === 'http') {
    return {
      recogniser: createHttpRecogniser({
        url: config.SPEECH_HTTP_URL!,
        model: config.SPEECH_HTTP_MODEL,
        ...(config.SPEECH_HTTP_KEY ? { key: config.SPEECH_HTTP_KEY } : {}),
        ...(log ? { log } : {}),
      }),
    };
  }
  const { tools } = report;
  const model = tools.model!;
  const stock = { lm: model.lm, dict: model.dict };
  const languageModel = async (context: string | undefined) => {
    if (deps.languageModel === 'stock') return stock;
    const texts = [...(await deps.bankTexts()), ...(context === undefined ? [] : [context])];
    return ensureLanguageModel(texts, lmDir, { dictPath: model.dict, espeak: tools.espeak }).catch((error: Error) => {
      log?.(`speech: bank language model unavailable (${error.message}); using the general English model`);
      return stock;
    });
  };
  return {
    recogniser: createPocketsphinxRecogniser({
      pocketsphinx: tools.pocketsphinx!,
      opusdec: tools.opusdec!,
      hmm: model.hmm,
      languageModel,
      ...(log ? { log } : {}),
    }),
    prepare: () => languageModel(undefined),
  };
}
