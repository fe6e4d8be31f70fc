import { err, ok, type Result } from '../core/result.ts';

export interface Pcm {
  /** Mono 16-bit samples. */
  samples: Int16Array;
  rate: number;
}

/**
 * Reads a 16-bit PCM WAV file (what espeak-ng, flite and festival write) as mono samples. A data chunk
 * whose declared size runs past the end (a WAV streamed to stdout) is read up to the end.
 */
export function parseWav(wav: Buffer): Result<Pcm, 'unreadable_audio'> {
  if (wav.length < 12 || wav.toString('latin1', 0, 4) !== 'RIFF' || wav.toString('latin1', 8, 12) !== 'WAVE') {
    return err('unreadable_audio', 'not a WAV file');
  }
  let channels = 0;
  let rate = 0;
  let bits = 0;
  for (let offset = 12; offset + 8 <= wav.length;) {
    const id = wav.toString('latin1', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ' && body + 16 <= wav.length) {
      channels = wav.readUInt16LE(body + 2);
      rate = wav.readUInt32LE(body + 4);
      bits = wav.readUInt16LE(body + 14);
    } else if (id === 'data') {
      if (bits !== 16 || channels < 1 || rate < 1) return err('unreadable_audio', 'only 16-bit PCM WAV is supported');
      const end = Math.min(wav.length, body + size);
      return ok({ samples: downmix(wav.subarray(body, end - ((end - body) % (2 * channels))), channels), rate });
    }
    offset = body + size + (size % 2);
  }
  return err('unreadable_audio', 'WAV file without audio data');
}

/** Interleaved 16-bit little-endian frames averaged to one channel. */
export function downmix(data: Buffer, channels: number): Int16Array {
  const frames = data.length / (2 * channels);
  const out = new Int16Array(frames);
  for (let i = 0; i < frames; i += 1) {
    let sum = 0;
    for (let c = 0; c < channels; c += 1) sum += data.readInt16LE((i * channels + c) * 2);
    out[i] = Math.round(sum / channels);
  }
  return out;
}

/** Linear-interpolation resampling: plenty for speech going up to Opus's 48 kHz. */
export function resample(pcm: Pcm, rate: number): Pcm {
  if (pcm.rate === rate || pcm.samples.length === 0) return { samples: pcm.samples, rate };
  const length = Math.max(1, Math.round((pcm.samples.length * rate) / pcm.rate));
  const out = new Int16Array(length);
  const step = pcm.rate / rate;
  const last = pcm.samples.length - 1;
  for (let i = 0; i < length; i += 1) {
    const position = i * step;
    const left = Math.min(last, Math.floor(position));
    const right = Math.min(last, left + 1);
    const fraction = position - left;
    out[i] = Math.round(pcm.samples[left]! * (1 - fraction) + pcm.samples[right]! * fraction);
  }
  return { samples: out, rate };
}

/** Little-endian bytes of the samples, as `opusenc --raw` reads them. */
export function pcmBytes(samples: Int16Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => out.writeInt16LE(s, i * 2));
  return out;
}
