import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, speechConfigSchema } from '../../src/config.ts';
import { describeSpeech, detectSpeech } from '../../src/speech/detect-speech.ts';
import type { SpeechTools } from '../../src/speech/find-tools.ts';
import { probeOggOpus } from '../../src/speech/ogg-opus.ts';
import { runProcess } from '../../src/speech/run-process.ts';
import { chooseEngine, type TtsEngine } from '../../src/speech/tts/engines.ts';
import { createTextToSpeech } from '../../src/speech/tts/text-to-speech.ts';
import { voiceMessageMeta, waveform } from '../../src/speech/tts/voice-message.ts';
import { describeWithSpeech, tempDir, tools } from './support.ts';

const none: SpeechTools = {
  pocketsphinx: null,
  opusdec: null,
  opusenc: null,
  espeak: null,
  flite: null,
  festival: null,
  festivalVoice: null,
  model: null,
};

function settings(env: Record<string, string> = {}) {
  const config = loadConfig(speechConfigSchema, env);
  if (!config.ok) throw new Error(config.detail);
  return config.value;
}

describe('detectSpeech', () => {
  it('turns voice off, with the install command, when nothing is installed', async () => {
    const report = await detectSpeech(settings(), none);
    expect(report.stt).toMatchObject({ provider: 'off', enabled: false });
    expect(report.tts).toMatchObject({ engine: 'off', enabled: false });
    expect(report.missingPackages).toEqual(['pocketsphinx', 'pocketsphinx-en-us', 'opus-tools', 'espeak-ng']);
    expect(describeSpeech(report)).toEqual([
      'voice answers: OFF (pocketsphinx is not installed (missing pocketsphinx, pocketsphinx-en-us, opus-tools); install with: apt-get install -y --no-install-recommends pocketsphinx pocketsphinx-en-us opus-tools espeak-ng); text answers work as usual',
      'spoken questions: OFF (no text-to-speech program is installed (espeak-ng, flite or festival); install with: apt-get install -y --no-install-recommends pocketsphinx pocketsphinx-en-us opus-tools espeak-ng)',
    ]);
    const flite = await detectSpeech(settings({ TTS_VOICE: 'flite' }), {
      ...none,
      espeak: '/usr/bin/espeak-ng',
      opusenc: '/usr/bin/opusenc',
    });
    expect(flite.tts.detail).toBe('TTS_VOICE=flite is not installed; install with: apt-get install -y flite');
  });

  it('uses a configured command or server without any Debian package', async () => {
    const report = await detectSpeech(
      settings({ SPEECH_PROVIDER: 'command', SPEECH_COMMAND: 'whisper-cli -f {file}' }),
      none,
    );
    expect(report.stt).toMatchObject({ provider: 'command', enabled: true });
  });

  it('picks the most natural voice installed for TTS_VOICE=auto, and exactly the one asked for otherwise', () => {
    const all: SpeechTools = {
      ...none,
      espeak: '/usr/bin/espeak-ng',
      flite: '/usr/bin/flite',
      festival: '/usr/bin/text2wave',
      festivalVoice: 'cmu_us_slt_arctic_hts',
    };
    expect(chooseEngine('auto', all)?.name).toBe('festival');
    expect(chooseEngine('auto', { ...all, festivalVoice: 'kal_diphone' })?.name).toBe('flite');
    expect(chooseEngine('auto', { ...all, flite: null, festival: null })?.name).toBe('espeak');
    expect(chooseEngine('flite', { ...all, flite: null })).toBeNull();
    expect(chooseEngine('off', all)).toBeNull();
  });
});

describe('waveform', () => {
  it('is one peak per tenth of a second, at most 256, the loudest scaled to 255', () => {
    const second = Int16Array.from({ length: 8_000 }, (_, i) => (i < 4_000 ? 100 : 1_000));
    expect([...waveform(second)]).toEqual([26, 26, 26, 26, 26, 255, 255, 255, 255, 255]);
    expect(waveform(new Int16Array(8_000 * 60)).length).toBe(256);
  });
});

describeWithSpeech('createTextToSpeech (espeak-ng + opusenc)', () => {
  function countingEspeak(): TtsEngine & { runs: number } {
    const engine = chooseEngine('espeak', tools)!;
    const counting = {
      ...engine,
      runs: 0,
      args: (text: string, wav: string) => ((counting.runs += 1), engine.args(text, wav)),
    };
    return counting;
  }

  it('writes a voice-message Ogg Opus file (48 kHz, mono) that opusinfo accepts', async () => {
    const tts = createTextToSpeech(countingEspeak(), { cacheDir: tempDir(), opusenc: tools.opusenc! });
    const ogg = await tts.synthesize('What is a data lake?', { cacheKey: 'what-is-a-data-lake' });
    expect(ogg.ok).toBe(true);
    if (!ogg.ok) return;
    expect(ogg.value.subarray(0, 4).toString('latin1')).toBe('OggS');
    expect(probeOggOpus(ogg.value)).toMatchObject({ ok: true, value: { channels: 1, inputRate: 48_000 } });
    const file = join(tempDir(), 'q.ogg');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, ogg.value));
    const info = await runProcess('opusinfo', [file]);
    expect(info.code).toBe(0);
    expect(info.stdout.toString()).toMatch(/Channels: 1[\s\S]*Original sample rate: 48000 Hz/);
  });

  it('synthesises each question once: the second call reads the cache without running espeak', async () => {
    const cacheDir = tempDir();
    const engine = countingEspeak();
    const tts = createTextToSpeech(engine, { cacheDir, opusenc: tools.opusenc! });
    const first = await tts.synthesize('Where does enterprise data live?', { cacheKey: 'where-data-lives' });
    const [file] = readdirSync(cacheDir);
    const writtenAt = statSync(join(cacheDir, file!)).mtimeMs;
    const again = await createTextToSpeech(engine, { cacheDir, opusenc: tools.opusenc! }).synthesize(
      'Where does enterprise data live?',
      { cacheKey: 'where-data-lives' },
    );
    expect(engine.runs).toBe(1);
    expect(again.ok && first.ok && again.value.equals(first.value)).toBe(true);
    expect(statSync(join(cacheDir, file!)).mtimeMs).toBe(writtenAt);
    expect(file).toMatch(/^where-data-lives-[0-9a-f]{12}\.ogg$/);
    await tts.synthesize('Where does enterprise data live, and why?', { cacheKey: 'where-data-lives' });
    expect(engine.runs).toBe(2);
  });

  it('gives the duration and waveform Discord needs to show the file as a voice message', async () => {
    const tts = createTextToSpeech(countingEspeak(), { cacheDir: tempDir(), opusenc: tools.opusenc! });
    const ogg = await tts.synthesize('Which Python library gives you N-dimensional arrays?');
    const meta = ogg.ok ? await voiceMessageMeta(ogg.value, tools.opusdec!) : null;
    expect(meta?.ok).toBe(true);
    if (!meta?.ok) return;
    expect(meta.value.durationSecs).toBeGreaterThan(1.5);
    const points = Buffer.from(meta.value.waveform, 'base64');
    expect(points.length).toBe(Math.round(meta.value.durationSecs * 10));
    expect(Math.max(...points)).toBe(255);
  });

  it('refuses text over the limit as too_long', async () => {
    const tts = createTextToSpeech(countingEspeak(), { cacheDir: tempDir(), opusenc: tools.opusenc!, maxChars: 20 });
    expect(await tts.synthesize('This question is far too long to read aloud.')).toMatchObject({
      ok: false,
      error: 'too_long',
    });
  });
});
