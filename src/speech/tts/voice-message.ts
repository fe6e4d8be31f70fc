import { err, ok, type Result } from '../../core/result.ts';
import { probeOggOpus } from '../ogg-opus.ts';
import { describeFailure, runProcess } from '../run-process.ts';
import { downmix } from '../wav.ts';

/** What Discord needs on an attachment to show an Ogg Opus file as a voice message (flag 8192). */
export interface VoiceMessageMeta {
  durationSecs: number;
  /** Base64 of up to 256 loudness bytes (0–255), one per stretch of the recording. */
  waveform: string;
}

const WAVEFORM_RATE = 8_000;
const MAX_POINTS = 256;
const POINTS_PER_SECOND = 10;

/** Length from the Ogg headers and a loudness waveform from the decoded audio (opusdec at 8 kHz). */
export async function voiceMessageMeta(
  ogg: Buffer,
  opusdec: string,
): Promise<Result<VoiceMessageMeta, 'unreadable_audio' | 'failed'>> {
  const info = probeOggOpus(ogg);
  if (!info.ok) return info;
  const run = await runProcess(opusdec, ['--quiet', '--rate', String(WAVEFORM_RATE), '-', '-'], {
    input: ogg,
    signal: AbortSignal.timeout(30_000),
  });
  if (run.code !== 0) return err('failed', describeFailure('opusdec', run));
  const samples = downmix(run.stdout, info.value.channels);
  return ok({
    durationSecs: Math.round(info.value.durationSec * 100) / 100,
    waveform: Buffer.from(waveform(samples)).toString('base64'),
  });
}

/** Peak loudness per stretch, scaled so the loudest stretch is 255. */
export function waveform(samples: Int16Array): Uint8Array {
  const points = Math.max(1, Math.min(MAX_POINTS, Math.round((samples.length / WAVEFORM_RATE) * POINTS_PER_SECOND)));
  const peaks = new Float64Array(points);
  const size = samples.length / points;
  for (let i = 0; i < samples.length; i += 1) {
    const point = Math.min(points - 1, Math.floor(i / size));
    peaks[point] = Math.max(peaks[point]!, Math.abs(samples[i]!));
  }
  const loudest = Math.max(1, ...peaks);
  return Uint8Array.from(peaks, (p) => Math.round((p / loudest) * 255));
}
