import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { err, ok } from '../../core/result.ts';
import { describeFailure, runProcess } from '../run-process.ts';
import type { Recogniser } from '../types.ts';

const MAX_TRANSCRIPT_BYTES = 1024 * 1024;
const SECRET_NAME = /TOKEN|KEY|SECRET|PASSWORD|DATABASE_URL/i;

/**
 * SPEECH_COMMAND, run by sh: a program that prints the transcript (a local whisper.cpp, for instance).
 * `{file}` in the command becomes the path of the Ogg Opus file; without it the audio arrives on stdin,
 * through a real pipe so that programs reading /dev/stdin work too.
 */
export function createCommandRecogniser(command: string, log?: (line: string) => void): Recogniser {
  const usesFile = command.includes('{file}');
  return {
    name: 'command',
    async recognise(audio, _info, opts) {
      const dir = usesFile ? await mkdtemp(join(tmpdir(), 'mi-stt-')) : null;
      try {
        let script = `cat | (\n${command}\n)`;
        if (dir !== null) {
          await writeFile(join(dir, 'voice.ogg'), audio);
          script = command.replaceAll('{file}', quote(join(dir, 'voice.ogg')));
        }
        const run = await runProcess('sh', ['-c', script], {
          input: dir === null ? audio : Buffer.alloc(0),
          signal: opts.signal,
          maxStdoutBytes: MAX_TRANSCRIPT_BYTES,
          env: withoutSecrets(process.env),
        });
        if (run.code !== 0 || run.aborted || run.overLimit) {
          const detail = run.overLimit
            ? 'SPEECH_COMMAND printed more than 1 MiB'
            : describeFailure('SPEECH_COMMAND', run);
          log?.(`speech: ${detail}`);
          return err('failed', detail);
        }
        return ok(run.stdout.toString('utf8').replace(/\s+/g, ' '));
      } finally {
        if (dir !== null) await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function quote(path: string): string {
  return `'${path.replaceAll("'", "'\\''")}'`;
}

/** The bot's own secrets (Discord token, speech API key) are not the recogniser's business. */
function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !SECRET_NAME.test(name)));
}
