import type { SpeechSettings } from '../config.ts';
import { findSpeechTools, INSTALL_HINT, missingPackages, type SpeechTools } from './find-tools.ts';
import { chooseEngine, type TtsEngine } from './tts/engines.ts';

const VOICE_PACKAGES = { espeak: 'espeak-ng', flite: 'flite', festival: 'festival festvox-us-slt-hts' } as const;

export interface SpeechReport {
  stt: { provider: 'pocketsphinx' | 'command' | 'http' | 'off'; enabled: boolean; detail: string };
  tts: { engine: TtsEngine['name'] | 'off'; enabled: boolean; detail: string };
  /** Debian packages of the offline voice features that are not installed. */
  missingPackages: string[];
  tools: SpeechTools;
}

/** What voice features this machine and configuration give, and why a missing one is missing. */
export async function detectSpeech(config: SpeechSettings, tools?: SpeechTools): Promise<SpeechReport> {
  const found = tools ?? (await findSpeechTools(config.SPEECH_MODEL_DIR));
  const missing = missingPackages(found);
  return {
    stt: recognition(config, found, missing),
    tts: synthesis(config, found),
    missingPackages: missing,
    tools: found,
  };
}

function recognition(config: SpeechSettings, tools: SpeechTools, missing: string[]): SpeechReport['stt'] {
  switch (config.SPEECH_PROVIDER) {
    case 'off':
      return { provider: 'off', enabled: false, detail: 'SPEECH_PROVIDER=off' };
    case 'command':
      return { provider: 'command', enabled: true, detail: 'SPEECH_COMMAND' };
    case 'http':
      return { provider: 'http', enabled: true, detail: `SPEECH_HTTP_URL (${originOf(config.SPEECH_HTTP_URL)})` };
    default: {
      const lacking = missing.filter((p) => p !== 'espeak-ng');
      if (tools.pocketsphinx !== null && tools.opusdec !== null && tools.model !== null) {
        return {
          provider: 'pocketsphinx',
          enabled: true,
          detail: 'offline, with a language model built from the question bank',
        };
      }
      return {
        provider: config.SPEECH_PROVIDER === 'pocketsphinx' ? 'pocketsphinx' : 'off',
        enabled: false,
        detail: `pocketsphinx is not installed (missing ${lacking.join(', ')}); install with: ${INSTALL_HINT}`,
      };
    }
  }
}

function synthesis(config: SpeechSettings, tools: SpeechTools): SpeechReport['tts'] {
  if (config.TTS_VOICE === 'off') return { engine: 'off', enabled: false, detail: 'TTS_VOICE=off' };
  const engine = chooseEngine(config.TTS_VOICE, tools);
  if (engine === null) {
    const detail =
      config.TTS_VOICE === 'auto'
        ? `no text-to-speech program is installed (espeak-ng, flite or festival); install with: ${INSTALL_HINT}`
        : `TTS_VOICE=${config.TTS_VOICE} is not installed; install with: apt-get install -y ${VOICE_PACKAGES[config.TTS_VOICE]}`;
    return { engine: 'off', enabled: false, detail };
  }
  if (tools.opusenc === null)
    return { engine: 'off', enabled: false, detail: `opusenc is not installed; install with: ${INSTALL_HINT}` };
  return { engine: engine.name, enabled: true, detail: engine.command };
}

/** Lines for the operator's log at start-up: what is on, what is off and how to turn it on. */
export function describeSpeech(report: SpeechReport): string[] {
  return [
    report.stt.enabled
      ? `voice answers: on (${report.stt.provider}: ${report.stt.detail})`
      : `voice answers: OFF (${report.stt.detail}); text answers work as usual`,
    report.tts.enabled ? `spoken questions: on (${report.tts.engine})` : `spoken questions: OFF (${report.tts.detail})`,
  ];
}

function originOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').origin;
  } catch {
    return 'invalid URL';
  }
}
