import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { speechConfigSchema } from '../config.ts';
import { probeOggOpus } from '../speech/ogg-opus.ts';
import { openSpeech } from '../adapters/fs/open-speech.ts';
import { loadBankOrThrow, readEnv, UserFacingError } from './open-app.ts';

/** `mock-interviewer say (--question ID | --text TEXT) [--out FILE]`: the question read aloud as Ogg Opus. */
export async function sayMain(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { question: { type: 'string' }, text: { type: 'string' }, out: { type: 'string' } },
  });
  if ((values.question === undefined) === (values.text === undefined))
    throw new UserFacingError('Give exactly one of --question ID or --text TEXT.');
  const out = values.out ?? (values.question === undefined ? undefined : `${values.question}.ogg`);
  if (out === undefined) throw new UserFacingError('Give --out FILE (or --out - for stdout).');
  const config = readEnv(speechConfigSchema);
  const text = values.text ?? (await questionPrompt(values.question!, config.BANK_DIR));
  const speech = await openSpeech(config, (line) => void process.stderr.write(`${line}\n`));
  const audio = await speech.tts.synthesize(text, values.question === undefined ? {} : { cacheKey: values.question });
  if (!audio.ok) {
    const why = audio.error === 'not_enabled' ? speech.report.tts.detail : (audio.detail ?? audio.error);
    throw new UserFacingError(`Cannot read the text aloud: ${why}`);
  }
  if (out === '-') {
    process.stdout.write(audio.value);
    return 0;
  }
  await writeFile(out, audio.value).catch((error: NodeJS.ErrnoException) => {
    throw new UserFacingError(`Cannot write ${out}: ${error.code ?? error.message}`);
  });
  const info = probeOggOpus(audio.value);
  const seconds = info.ok ? `, ${info.value.durationSec.toFixed(1)} s` : '';
  process.stdout.write(`Wrote ${out} (Ogg Opus${seconds}, ${speech.tts.engine}).\n`);
  return 0;
}

async function questionPrompt(id: string, bankDir: string | undefined): Promise<string> {
  const question = (await loadBankOrThrow(bankDir)).byId.get(id);
  if (question === undefined)
    throw new UserFacingError(`No question "${id}" in the bank. Run: mock-interviewer bank check --json`);
  return question.prompt;
}
