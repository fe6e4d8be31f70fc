// `npm run bench:voice`: offline recognition speed and how well graded key points survive speech.
// Each question's model answer is spoken by espeak-ng, encoded as a Discord voice message, transcribed by
// pocketsphinx, and graded as the bot grades it; the key points hit are compared with grading the text itself.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { loadConfig, speechConfigSchema, type SpeechSettings } from '../src/config.ts';
import type { BankQuestion } from '../src/core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../src/core/grading/grade.ts';
import { createSpeech, type Speech } from '../src/speech/create-speech.ts';
import { bankTexts, toSentences } from '../src/speech/lm/corpus.ts';
import { nowMs } from './timing.ts';

interface Arm {
  name: string;
  speechFor(q: BankQuestion): Promise<Speech>;
  audioSec: number;
  processSec: number;
  wer: number[];
  textHits: number;
  kept: number;
  falseHits: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '24' }, voice: { type: 'string', default: 'espeak' } },
  });
  const { bank } = await loadBank(defaultBankRoot());
  if (bank === null) throw new Error('the bank has problems; run: mock-interviewer bank check');
  const config = settings({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'mi-bench-voice-')),
    SPEECH_CONCURRENCY: '1',
    TTS_VOICE: values.voice!,
  });
  const texts = bankTexts(bank);
  const speak = await createSpeech({ config, bankTexts: async () => texts });
  if (!speak.report.stt.enabled || !speak.report.tts.enabled)
    throw new Error(`needs the speech packages: ${speak.report.stt.detail}; ${speak.report.tts.detail}`);
  const stock = await createSpeech({ config, bankTexts: async () => texts, languageModel: 'stock' });
  const arms: Arm[] = [
    arm('stock English model', async () => stock),
    arm('bank model', async () => speak),
    // The honest case: a speaker's own words are not in the bank, so this model leaves out the answer spoken.
    arm('bank model, answer held out', async (q) => {
      const speech = await createSpeech({ config, bankTexts: async () => texts.filter((t) => t !== q.modelAnswer) });
      await speech.prepare();
      return speech;
    }),
  ];
  await speak.prepare();
  const questions = spread(bank.questions, Number(values.count));
  const termWeights = bankTermWeights(bank);
  console.log(
    `${questions.length} questions, model answers spoken by ${speak.tts.engine} (Ogg Opus 48 kHz mono 32 kbit/s)\n`,
  );
  for (const q of questions) {
    const audio = await speak.tts.synthesize(q.modelAnswer, { cacheKey: q.id });
    if (!audio.ok) throw new Error(`${q.id}: ${audio.detail}`);
    const compiled = compileQuestionRubric(q, termWeights);
    const expected = hits(gradeAnswer(compiled, q.modelAnswer));
    for (const a of arms) {
      const speech = await a.speechFor(q);
      const start = nowMs();
      const result = await speech.stt.transcribe(audio.value);
      if (!result.ok) throw new Error(`${q.id} (${a.name}): ${result.error} ${result.detail ?? ''}`);
      a.processSec += (nowMs() - start) / 1000;
      a.audioSec += result.value.durationSec;
      a.wer.push(wordErrorRate(words(q.modelAnswer), words(result.value.text)));
      const heard = hits(gradeAnswer(compiled, result.value.text));
      a.textHits += expected.size;
      a.kept += [...expected].filter((id) => heard.has(id)).length;
      a.falseHits += [...heard].filter((id) => !expected.has(id)).length;
    }
    process.stdout.write('.');
  }
  console.log('\n');
  console.log('| language model | RTF (s per s of audio) | word error rate | key points kept | false hits |');
  console.log('|---|---|---|---|---|');
  for (const a of arms) {
    const wer = a.wer.reduce((s, w) => s + w, 0) / a.wer.length;
    console.log(
      `| ${a.name} | ${(a.processSec / a.audioSec).toFixed(3)} | ${pct(wer)} | ${a.kept}/${a.textHits} = ${pct(a.kept / a.textHits)} | ${a.falseHits} |`,
    );
  }
  console.log(
    `\naudio: ${arms[0]!.audioSec.toFixed(0)} s in all; RTF counts decoding, model load and recognition, one at a time on this machine.`,
  );
}

function arm(name: string, speechFor: Arm['speechFor']): Arm {
  return { name, speechFor, audioSec: 0, processSec: 0, wer: [], textHits: 0, kept: 0, falseHits: 0 };
}

function settings(env: Record<string, string>): SpeechSettings & { DATA_DIR: string } {
  const config = loadConfig(speechConfigSchema, { ...process.env, ...env });
  if (!config.ok) throw new Error(config.detail);
  return config.value;
}

/** Key points graded as hit (a partial counts as not kept: the bar is what a written answer earns). */
function hits(grade: ReturnType<typeof gradeAnswer>): Set<string> {
  return new Set(grade.keyPoints.filter((k) => k.status === 'hit').map((k) => k.id));
}

/** Every n-th question, so each topic is in the sample. */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = items.length / Math.min(count, items.length);
  return Array.from({ length: Math.min(count, items.length) }, (_, i) => items[Math.floor(i * step)]!);
}

function words(text: string): string[] {
  return toSentences([text]).flat();
}

/** Word-level edit distance over the reference length. */
function wordErrorRate(reference: string[], hypothesis: string[]): number {
  let previous = Array.from({ length: hypothesis.length + 1 }, (_, j) => j);
  for (let i = 1; i <= reference.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= hypothesis.length; j += 1) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[hypothesis.length]! / Math.max(1, reference.length);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0)} %`;
}

await main();
