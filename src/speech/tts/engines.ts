import type { SpeechTools } from '../find-tools.ts';

export type VoiceChoice = 'auto' | 'espeak' | 'flite' | 'festival' | 'off';

/** One text-to-speech program: how to turn a text file into a WAV file. */
export interface TtsEngine {
  name: 'espeak' | 'flite' | 'festival';
  command: string;
  args(textFile: string, wavFile: string): string[];
}

/**
 * The engine TTS_VOICE asks for, or with `auto` the most natural one installed (festival's slt voice,
 * then flite's slt, then espeak-ng). Null when the chosen engine is not installed.
 */
export function chooseEngine(choice: VoiceChoice, tools: SpeechTools): TtsEngine | null {
  const engines = {
    festival: tools.festival === null ? null : festival(tools.festival, tools.festivalVoice),
    flite: tools.flite === null ? null : flite(tools.flite),
    espeak: tools.espeak === null ? null : espeak(tools.espeak),
  };
  if (choice === 'off') return null;
  if (choice !== 'auto') return engines[choice];
  // festival without the slt voice sounds worse than flite, so auto takes it only with slt.
  const bestFestival = tools.festivalVoice === 'cmu_us_slt_arctic_hts' ? engines.festival : null;
  return bestFestival ?? engines.flite ?? engines.espeak;
}

function espeak(command: string): TtsEngine {
  return { name: 'espeak', command, args: (text, wav) => ['-v', 'en-us', '-s', '165', '-f', text, '-w', wav] };
}

function flite(command: string): TtsEngine {
  return { name: 'flite', command, args: (text, wav) => ['-voice', 'slt', '-f', text, '-o', wav] };
}

function festival(command: string, voice: string | null): TtsEngine {
  const select = voice === null ? [] : ['-eval', `(voice_${voice})`];
  return { name: 'festival', command, args: (text, wav) => [text, '-o', wav, ...select] };
}
