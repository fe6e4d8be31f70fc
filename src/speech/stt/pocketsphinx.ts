import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { err, ok, type Result } from '../../core/result.ts';
import { describeFailure, runProcess } from '../run-process.ts';
import type { Recogniser } from '../types.ts';
import { downmix, pcmBytes } from '../wav.ts';

const RATE = 16_000;

export interface PocketsphinxSetup {
  pocketsphinx: string;
  opusdec: string;
  hmm: string;
  /** The language model and dictionary for this recognition: the bank's, or the stock English ones. */
  languageModel(context: string | undefined): Promise<{ lm: string; dict: string }>;
  log?: (line: string) => void;
}

/**
 * Offline recognition: opusdec decodes the Ogg Opus to 16 kHz PCM in a child process (stopped as soon
 * as it passes the length limit), then pocketsphinx_continuous reads it from a temporary file, which
 * avoids its trouble with Node's socket stdin.
 */
export function createPocketsphinxRecogniser(setup: PocketsphinxSetup): Recogniser {
  return {
    name: 'pocketsphinx',
    async recognise(audio, info, opts) {
      const bytesPerSecond = RATE * 2 * info.channels;
      const decoded = await runProcess(setup.opusdec, ['--quiet', '--rate', String(RATE), '-', '-'], {
        input: audio,
        signal: opts.signal,
        maxStdoutBytes: (opts.maxSeconds + 1) * bytesPerSecond,
      });
      if (decoded.overLimit) return err('too_long', `decoded audio is over ${opts.maxSeconds} s`);
      if (decoded.aborted || decoded.spawnError !== null) return fail(setup, describeFailure('opusdec', decoded));
      if (decoded.code !== 0 || decoded.stdout.length < bytesPerSecond / 10)
        return err('unreadable_audio', describeFailure('opusdec', decoded));
      const pcm = info.channels === 1 ? decoded.stdout : pcmBytes(downmix(decoded.stdout, info.channels));
      const model = await setup.languageModel(opts.context).then(
        (m) => ok(m),
        (e: Error) => err('failed', e.message),
      );
      if (!model.ok) return fail(setup, `language model: ${model.detail}`);
      const dir = await mkdtemp(join(tmpdir(), 'mi-stt-'));
      try {
        const file = join(dir, 'audio.raw');
        await writeFile(file, pcm);
        const run = await runProcess(
          setup.pocketsphinx,
          [
            '-infile',
            file,
            '-samprate',
            String(RATE),
            '-hmm',
            setup.hmm,
            '-lm',
            model.value.lm,
            '-dict',
            model.value.dict,
          ],
          { signal: opts.signal },
        );
        if (run.code !== 0 || run.aborted) return fail(setup, describeFailure('pocketsphinx_continuous', run));
        return ok(joinUtterances(run.stdout.toString('utf8')));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** pocketsphinx prints one line per utterance (a stretch of speech between pauses). */
function joinUtterances(stdout: string): string {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

function fail(setup: PocketsphinxSetup, detail: string): Result<never, 'failed'> {
  setup.log?.(`speech: ${detail}`);
  return err('failed', detail);
}
