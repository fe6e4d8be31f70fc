import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../src/core/result.ts';
import { disabledSpeechToText, guardSpeechToText } from '../../src/speech/guard-speech-to-text.ts';
import { createLimiter } from '../../src/speech/limit-concurrency.ts';
import { probeOggOpus } from '../../src/speech/ogg-opus.ts';
import { MAX_AUDIO_BYTES, type Recogniser } from '../../src/speech/types.ts';
import { parseWav, resample } from '../../src/speech/wav.ts';
import { fakeOggOpus, tempDir } from './support.ts';

function countingRecogniser(text = 'hello'): Recogniser & { calls: number } {
  const recogniser = {
    name: 'fake',
    calls: 0,
    async recognise() {
      recogniser.calls += 1;
      return ok(text);
    },
  };
  return recogniser;
}

const limits = { maxSeconds: 180, maxBytes: MAX_AUDIO_BYTES, concurrency: 2, timeoutSec: 10 };

describe('probeOggOpus', () => {
  it('reads length, channels and rate from the page headers', () => {
    expect(probeOggOpus(fakeOggOpus(12, 2))).toEqual({
      ok: true,
      value: { durationSec: 12, channels: 2, inputRate: 48_000 },
    });
  });

  it.each([
    ['random bytes', Buffer.from('not audio at all, just some text that is long enough')],
    ['an empty file', Buffer.alloc(0)],
    ['Ogg without Opus', Buffer.concat([fakeOggOpus(1).subarray(0, 28), Buffer.from('vorbis-header-bytes')])],
    ['a cut-off first page', fakeOggOpus(3).subarray(0, 30)],
  ])('refuses %s as unreadable_audio', (_name, bytes) => {
    expect(probeOggOpus(bytes)).toMatchObject({ ok: false, error: 'unreadable_audio' });
  });
});

describe('guardSpeechToText', () => {
  it('passes a good file to the recogniser and reports the measured length', async () => {
    const recogniser = countingRecogniser('  data lakes  ');
    const result = await guardSpeechToText(recogniser, limits).transcribe(fakeOggOpus(6));
    expect(result).toEqual({ ok: true, value: { text: 'data lakes', durationSec: 6, provider: 'fake' } });
  });

  it('refuses an over-large buffer as too_large without decoding it', async () => {
    const recogniser = countingRecogniser();
    const huge = Buffer.concat([fakeOggOpus(5), Buffer.alloc(MAX_AUDIO_BYTES)]);
    expect(await guardSpeechToText(recogniser, limits).transcribe(huge)).toMatchObject({
      ok: false,
      error: 'too_large',
    });
    expect(recogniser.calls).toBe(0);
  });

  it('refuses an over-large file by its size, before reading it', async () => {
    const file = join(tempDir(), 'big.ogg');
    writeFileSync(file, Buffer.alloc(2048));
    const result = await guardSpeechToText(countingRecogniser(), { ...limits, maxBytes: 1024 }).transcribe(file);
    expect(result).toMatchObject({ ok: false, error: 'too_large' });
  });

  it('refuses audio over VOICE_MAX_SECONDS as too_long from the headers alone', async () => {
    const recogniser = countingRecogniser();
    expect(await guardSpeechToText(recogniser, limits).transcribe(fakeOggOpus(181))).toMatchObject({
      ok: false,
      error: 'too_long',
    });
    expect(recogniser.calls).toBe(0);
  });

  it('calls a corrupt file or a missing path unreadable_audio', async () => {
    const stt = guardSpeechToText(countingRecogniser(), limits);
    expect(await stt.transcribe(Buffer.from('GIF89a....'))).toMatchObject({ ok: false, error: 'unreadable_audio' });
    expect(await stt.transcribe('/no/such/voice.ogg')).toMatchObject({ ok: false, error: 'unreadable_audio' });
  });

  it('says not_enabled, with the reason, when there is no recogniser', async () => {
    expect(await disabledSpeechToText('pocketsphinx is not installed').transcribe(fakeOggOpus(2))).toEqual({
      ok: false,
      error: 'not_enabled',
      detail: 'pocketsphinx is not installed',
    });
  });
});

describe('createLimiter', () => {
  it('runs at most the limit at once and every task in the end, in arrival order', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (i: number) =>
      limit(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return i;
      });
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(task));
    const late = await task(7);
    expect(results).toEqual([1, 2, 3, 4, 5, 6]);
    expect(late).toBe(7);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('parseWav and resample', () => {
  it('reads 16-bit stereo as mono and resamples to 48 kHz', () => {
    const data = Buffer.alloc(8);
    data.writeInt16LE(100, 0);
    data.writeInt16LE(300, 2);
    data.writeInt16LE(-100, 4);
    data.writeInt16LE(-300, 6);
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'latin1');
    header.writeUInt32LE(36 + data.length, 4);
    header.write('WAVEfmt ', 8, 'latin1');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20);
    header.writeUInt16LE(2, 22);
    header.writeUInt32LE(24_000, 24);
    header.writeUInt32LE(96_000, 28);
    header.writeUInt16LE(4, 32);
    header.writeUInt16LE(16, 34);
    header.write('data', 36, 'latin1');
    header.writeUInt32LE(0x7fff_ffff, 40);
    const pcm = parseWav(Buffer.concat([header, data]));
    expect(pcm.ok && [...pcm.value.samples]).toEqual([200, -200]);
    expect(pcm.ok && [...resample(pcm.value, 48_000).samples]).toEqual([200, 0, -200, -200]);
    expect(parseWav(Buffer.from('RIFF....AVI LIST'))).toMatchObject({ ok: false, error: 'unreadable_audio' });
  });
});
