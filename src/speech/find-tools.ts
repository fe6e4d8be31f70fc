import { constants } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** The Debian packages the offline voice features use; one command installs them all. */
export const SPEECH_PACKAGES = ['pocketsphinx', 'pocketsphinx-en-us', 'opus-tools', 'espeak-ng'] as const;
export const INSTALL_HINT = `apt-get install -y --no-install-recommends ${SPEECH_PACKAGES.join(' ')}`;

export interface SpeechTools {
  pocketsphinx: string | null;
  opusdec: string | null;
  opusenc: string | null;
  espeak: string | null;
  flite: string | null;
  /** festival's text2wave, only when an English festival voice is installed too. */
  festival: string | null;
  /** cmu_us_slt_arctic_hts when installed (the most natural voice), else festival's default. */
  festivalVoice: string | null;
  /** pocketsphinx-en-us's acoustic model and dictionary, when both are there. */
  model: { hmm: string; dict: string; lm: string } | null;
}

const FESTIVAL_VOICES = '/usr/share/festival/voices/english';

/** Looks on PATH and in the model folder without running anything, so start-up stays fast. */
export async function findSpeechTools(modelDir: string, path = process.env.PATH ?? ''): Promise<SpeechTools> {
  const which = (name: string) => findExecutable(name, path);
  const [pocketsphinx, opusdec, opusenc, espeak, flite, text2wave] = await Promise.all(
    ['pocketsphinx_continuous', 'opusdec', 'opusenc', 'espeak-ng', 'flite', 'text2wave'].map(which),
  );
  const voices = await readdir(FESTIVAL_VOICES).catch(() => [] as string[]);
  const festivalVoice = voices.includes('cmu_us_slt_arctic_hts') ? 'cmu_us_slt_arctic_hts' : (voices[0] ?? null);
  const model = {
    hmm: join(modelDir, 'en-us'),
    dict: join(modelDir, 'cmudict-en-us.dict'),
    lm: join(modelDir, 'en-us.lm.bin'),
  };
  const hasModel = (await Promise.all([join(model.hmm, 'mdef'), model.dict, model.lm].map(isReadable))).every(Boolean);
  return {
    pocketsphinx: pocketsphinx ?? null,
    opusdec: opusdec ?? null,
    opusenc: opusenc ?? null,
    espeak: espeak ?? null,
    flite: flite ?? null,
    festival: festivalVoice === null ? null : (text2wave ?? null),
    festivalVoice,
    model: hasModel ? model : null,
  };
}

/** Which of SPEECH_PACKAGES are missing, judged by the files each one brings. */
export function missingPackages(tools: SpeechTools): string[] {
  const present: Record<(typeof SPEECH_PACKAGES)[number], boolean> = {
    pocketsphinx: tools.pocketsphinx !== null,
    'pocketsphinx-en-us': tools.model !== null,
    'opus-tools': tools.opusdec !== null && tools.opusenc !== null,
    'espeak-ng': tools.espeak !== null,
  };
  return SPEECH_PACKAGES.filter((p) => !present[p]);
}

async function findExecutable(name: string, path: string): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

const isExecutable = (file: string) =>
  access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
const isReadable = (file: string) =>
  access(file, constants.R_OK).then(
    () => true,
    () => false,
  );
