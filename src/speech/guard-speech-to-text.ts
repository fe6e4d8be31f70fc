import { readFile, stat } from 'node:fs/promises';
import { err, ok, type Result } from '../core/result.ts';
import { createLimiter } from './limit-concurrency.ts';
import { probeOggOpus } from './ogg-opus.ts';
import type { Recogniser, SpeechErrorCode, SpeechToText, TranscribeOptions, Transcript } from './types.ts';

export interface SpeechLimits {
  maxSeconds: number;
  maxBytes: number;
  /** Recognitions running at once; the others queue. */
  concurrency: number;
  /** A recognition that runs longer than this (once started) is stopped and reported as failed. */
  timeoutSec: number;
}

/**
 * The one SpeechToText every transport uses: refuses what is too large (before reading or decoding),
 * unreadable or too long (from the Ogg headers), then queues the recogniser with a time limit.
 */
export function guardSpeechToText(recogniser: Recogniser, limits: SpeechLimits): SpeechToText {
  const queue = createLimiter(limits.concurrency);
  return {
    provider: recogniser.name,
    async transcribe(audio, opts: TranscribeOptions = {}) {
      const bytes = await readAudio(audio, limits.maxBytes);
      if (!bytes.ok) return bytes;
      const info = probeOggOpus(bytes.value);
      if (!info.ok) return info;
      if (info.value.durationSec > limits.maxSeconds) {
        return err('too_long', `${info.value.durationSec.toFixed(1)} s is over the ${limits.maxSeconds} s limit`);
      }
      return queue(async (): Promise<Result<Transcript, SpeechErrorCode>> => {
        const signals = [
          AbortSignal.timeout(limits.timeoutSec * 1000),
          ...(opts.signal === undefined ? [] : [opts.signal]),
        ];
        const text = await recogniser.recognise(bytes.value, info.value, {
          maxSeconds: limits.maxSeconds,
          signal: AbortSignal.any(signals),
          ...(opts.context === undefined ? {} : { context: opts.context }),
        });
        if (!text.ok) return text;
        return ok({ text: text.value.trim(), durationSec: round(info.value.durationSec), provider: recogniser.name });
      });
    },
  };
}

/** A recogniser that is not there: every call says so, and text answers go on working. */
export function disabledSpeechToText(reason: string): SpeechToText {
  return { provider: 'off', transcribe: async () => err('not_enabled', reason) };
}

async function readAudio(
  audio: Buffer | string,
  maxBytes: number,
): Promise<Result<Buffer, 'too_large' | 'unreadable_audio'>> {
  if (Buffer.isBuffer(audio)) return audio.length > maxBytes ? err('too_large', `${audio.length} bytes`) : ok(audio);
  try {
    const { size, isFile } = await stat(audio).then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) return err('unreadable_audio', `${audio} is not a file`);
    if (size > maxBytes) return err('too_large', `${size} bytes`);
    return ok(await readFile(audio));
  } catch (error) {
    return err(
      'unreadable_audio',
      `cannot read ${audio}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
