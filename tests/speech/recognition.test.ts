import { beforeAll, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import { loadConfig, speechConfigSchema } from '../../src/config.ts';
import { createSpeech, type Speech } from '../../src/speech/create-speech.ts';
import { bankTexts } from '../../src/speech/lm/corpus.ts';
import { createPocketsphinxRecogniser } from '../../src/speech/stt/pocketsphinx.ts';
import { describeWithSpeech, noiseOgg, speak, tempDir, tools } from './support.ts';

// A speaker's own wording, not the bank's model answers; espeak-ng's robotic voice is harder to recognise
// than a person, so the check is tolerant: most of the key terms, not all.
const answers = [
  {
    said: 'Data lakes are populated from logs, and from SQL updates coming from the application layer.',
    terms: ['logs', 'sql', 'application'],
  },
  {
    said: 'I use Jupyter notebooks for exploration, and NumPy, Pandas and scikit-learn for implementation.',
    terms: ['jupyter', 'numpy', 'scikit'],
  },
  {
    said: 'An ETL pipeline extracts, transforms and loads the data into a structured format with a consistent schema.',
    terms: ['etl', 'schema', 'structured'],
  },
  {
    said: 'Seaborn is built on Matplotlib, for quick and attractive statistical plots.',
    terms: ['seaborn', 'matplotlib', 'statistical'],
  },
];

describeWithSpeech('pocketsphinx with the bank language model', () => {
  let speech: Speech;
  const spoken: Buffer[] = [];

  beforeAll(async () => {
    const config = loadConfig(speechConfigSchema, { DATA_DIR: tempDir(), VOICE_MAX_SECONDS: '30' });
    if (!config.ok) throw new Error(config.detail);
    const { bank } = await loadBank(defaultBankRoot());
    speech = await createSpeech({ config: config.value, bankTexts: async () => bankTexts(bank!) });
    await speech.prepare();
    spoken.push(...(await Promise.all(answers.map((a) => speak(a.said)))));
  });

  it('is the default recogniser when installed', () => {
    expect(speech.report.stt).toMatchObject({ provider: 'pocketsphinx', enabled: true });
  });

  it('hears the key terms of spoken answers (Discord Ogg Opus), several at once without blocking the event loop', async () => {
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks += 1;
    }, 10);
    const started = Date.now();
    const results = await Promise.all(spoken.map((audio) => speech.stt.transcribe(audio)));
    clearInterval(ticker);
    // The loop kept turning while recognisers ran: most 10 ms ticks happened.
    expect(ticks).toBeGreaterThan((Date.now() - started) / 10 / 3);
    results.forEach((result, i) => {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const heard = answers[i]!.terms.filter((term) => result.value.text.includes(term));
      expect(
        heard.length,
        `"${result.value.text}" should contain most of ${answers[i]!.terms.join(', ')}`,
      ).toBeGreaterThanOrEqual(2);
      expect(result.value).toMatchObject({ provider: 'pocketsphinx', durationSec: expect.closeTo(5, -1) });
    });
  });

  it('refuses a corrupt file as unreadable_audio', async () => {
    const cut = Buffer.concat([spoken[0]!.subarray(0, 200), Buffer.alloc(3000, 0x5a)]);
    expect(await speech.stt.transcribe(cut)).toMatchObject({ ok: false, error: 'unreadable_audio' });
    expect(await speech.stt.transcribe(Buffer.from('%PDF-1.7 not a voice message at all'))).toMatchObject({
      ok: false,
      error: 'unreadable_audio',
    });
  });

  it('refuses a recording over VOICE_MAX_SECONDS as too_long', async () => {
    expect(await speech.stt.transcribe(await noiseOgg(32))).toMatchObject({ ok: false, error: 'too_long' });
  });

  it('stops decoding at the limit even when the Ogg headers understate the length', async () => {
    const recogniser = createPocketsphinxRecogniser({
      pocketsphinx: tools.pocketsphinx!,
      opusdec: tools.opusdec!,
      hmm: tools.model!.hmm,
      languageModel: async () => ({ lm: tools.model!.lm, dict: tools.model!.dict }),
    });
    const lying = { durationSec: 1, channels: 1, inputRate: 48_000 };
    const result = await recogniser.recognise(spoken[0]!, lying, {
      maxSeconds: 2,
      signal: AbortSignal.timeout(10_000),
    });
    expect(result).toMatchObject({ ok: false, error: 'too_long' });
  });
});
