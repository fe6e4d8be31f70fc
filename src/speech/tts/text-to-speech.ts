import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { err, ok, type Result } from '../../core/result.ts';
import { createLimiter } from '../limit-concurrency.ts';
import { describeFailure, runProcess } from '../run-process.ts';
import type { SynthesisErrorCode, TextToSpeech } from '../types.ts';
import { encodeOggOpus } from './encode-ogg.ts';
import type { TtsEngine } from './engines.ts';

export interface TtsOptions {
  /** Folder for the synthesised files (DATA_DIR/speech/tts). */
  cacheDir: string;
  opusenc: string;
  maxChars?: number;
  timeoutSec?: number;
  log?: (line: string) => void;
}

/**
 * Speaks text with the engine and encodes it as a voice-message Ogg Opus file, kept in cacheDir under
 * the cache key (a question id) and a hash of engine and text: each question is synthesised once, and a
 * changed question gets a new file.
 */
export function createTextToSpeech(engine: TtsEngine, options: TtsOptions): TextToSpeech {
  const queue = createLimiter(2);
  const pending = new Map<string, Promise<Result<Buffer, SynthesisErrorCode>>>();
  const maxChars = options.maxChars ?? 3000;
  return {
    engine: engine.name,
    async synthesize(text, opts = {}) {
      const spoken = text.trim();
      if (spoken === '') return err('failed', 'nothing to say');
      if (spoken.length > maxChars) return err('too_long', `${spoken.length} characters is over ${maxChars}`);
      const hash = createHash('sha256').update(`${engine.name}\n${spoken}`).digest('hex').slice(0, 12);
      const file = join(options.cacheDir, `${safeName(opts.cacheKey ?? 'text')}-${hash}.ogg`);
      const cached = await readFile(file).catch(() => null);
      if (cached !== null) return ok(cached);
      const running = pending.get(file) ?? queue(() => synthesizeToFile(engine, spoken, file, options));
      pending.set(file, running);
      return running.finally(() => pending.delete(file));
    },
  };
}

/** No engine installed (or TTS_VOICE=off): every call says so. */
export function disabledTextToSpeech(reason: string): TextToSpeech {
  return { engine: 'off', synthesize: async () => err('not_enabled', reason) };
}

async function synthesizeToFile(
  engine: TtsEngine,
  text: string,
  file: string,
  options: TtsOptions,
): Promise<Result<Buffer, SynthesisErrorCode>> {
  const dir = await mkdtemp(join(tmpdir(), 'mi-tts-'));
  try {
    const signal = AbortSignal.timeout((options.timeoutSec ?? 60) * 1000);
    await writeFile(join(dir, 'text.txt'), `${text}\n`);
    const run = await runProcess(engine.command, engine.args(join(dir, 'text.txt'), join(dir, 'speech.wav')), {
      signal,
    });
    const wav = run.code === 0 ? await readFile(join(dir, 'speech.wav')).catch(() => null) : null;
    if (wav === null) return failed(options, describeFailure(engine.name, run));
    const ogg = await encodeOggOpus(wav, options.opusenc, signal);
    if (!ogg.ok) return failed(options, `${engine.name}: ${ogg.detail ?? ogg.error}`);
    await mkdir(options.cacheDir, { recursive: true });
    // Written beside the target and renamed, so a reader never sees half a file.
    await writeFile(`${file}.${process.pid}.tmp`, ogg.value);
    await rename(`${file}.${process.pid}.tmp`, file);
    return ok(ogg.value);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function failed(options: TtsOptions, detail: string): Result<never, 'failed'> {
  options.log?.(`text to speech: ${detail}`);
  return err('failed', detail);
}

function safeName(key: string): string {
  return key.replace(/[^a-zA-Z0-9_-]+/g, '-').slice(0, 80) || 'text';
}
