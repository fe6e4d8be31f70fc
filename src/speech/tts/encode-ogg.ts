import { err, ok, type Result } from '../../core/result.ts';
import { describeFailure, runProcess } from '../run-process.ts';
import { parseWav, pcmBytes, resample } from '../wav.ts';

/** What Discord records a voice message as: Ogg Opus, 48 kHz, mono, 32 kbit/s. */
export const DISCORD_VOICE = { rate: 48_000, bitrateKbps: 32 } as const;

/**
 * A 16-bit WAV (any rate, any channels) as a Discord-style Ogg Opus file: resampled to 48 kHz mono here,
 * so the Opus header says 48 kHz like a recorded voice message, then encoded by opusenc.
 */
export async function encodeOggOpus(
  wav: Buffer,
  opusenc: string,
  signal?: AbortSignal,
): Promise<Result<Buffer, 'unreadable_audio' | 'failed'>> {
  const pcm = parseWav(wav);
  if (!pcm.ok) return pcm;
  const mono48k = resample(pcm.value, DISCORD_VOICE.rate);
  const run = await runProcess(
    opusenc,
    [
      '--quiet',
      '--raw',
      '--raw-rate',
      String(DISCORD_VOICE.rate),
      '--raw-chan',
      '1',
      '--bitrate',
      String(DISCORD_VOICE.bitrateKbps),
      '--speech',
      '--discard-comments',
      '-',
      '-',
    ],
    { input: pcmBytes(mono48k.samples), ...(signal === undefined ? {} : { signal }) },
  );
  if (run.code !== 0 || run.stdout.length === 0) return err('failed', describeFailure('opusenc', run));
  return ok(run.stdout);
}
