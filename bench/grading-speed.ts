// `npm run bench`: grading speed on the real bank (rubrics compiled as the product does), and bank load plus index build time.
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { loadOpposites } from '../src/adapters/fs/word-vectors.ts';
import type { Bank } from '../src/core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import { gradeAnswer, type CompiledRubric } from '../src/core/grading/grade.ts';
import { seededRandom, type Random } from '../src/core/random.ts';
import { formatMs, nowMs, percentile } from './timing.ts';

const FILLER = `the a we then it is was because so that our team in on for with to of and this which have
usually often project company pipeline production people model training results quickly server reports
notebook laptop cloud storage analysis before after during later first also really just`.split(/\s+/);
const ANSWERS_PER_RUBRIC = 200;

async function main(): Promise<void> {
  const loadStart = nowMs();
  const { bank, problems } = await loadBank(defaultBankRoot());
  if (bank === null) throw new Error(`bank has ${problems.length} problems; run: mock-interviewer bank check`);
  // The product loads the antonym pairs with the bank (openApp): part of start-up.
  const opposites = loadOpposites();
  const loadMs = nowMs() - loadStart;
  const buildStart = nowMs();
  const termWeights = bankTermWeights(bank, { opposites });
  const compiled = bank.questions.map((q) => compileQuestionRubric(q, termWeights));
  const buildMs = nowMs() - buildStart;
  console.log(
    `bank: ${bank.questions.length} questions, load ${formatMs(loadMs)}, index build ${formatMs(buildMs)} (target: load < 300 ms)`,
  );
  for (const words of [20, 100, 500]) report(words, measure(bank, compiled, words, seededRandom(words)));
  console.log(`memory: rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

function measure(bank: Bank, compiled: CompiledRubric[], words: number, random: Random): number[] {
  const answers = bank.questions.map((q) =>
    Array.from({ length: ANSWERS_PER_RUBRIC }, () => makeAnswer(q.modelAnswer, words, random)),
  );
  compiled.forEach((c, i) => gradeAnswer(c, answers[i]![0]!)); // warm-up: JIT and the typo caches
  const latencies: number[] = [];
  compiled.forEach((c, i) => {
    for (const answer of answers[i]!) {
      const start = nowMs();
      gradeAnswer(c, answer);
      latencies.push(nowMs() - start);
    }
  });
  return latencies.sort((a, b) => a - b);
}

/** Words of the model answer (some misspelt) mixed with filler, cut to the requested length. */
function makeAnswer(modelAnswer: string, words: number, random: Random): string {
  const source = modelAnswer.split(/\s+/);
  const out: string[] = [];
  while (out.length < words) {
    const word =
      random() < 0.5 ? source[Math.floor(random() * source.length)]! : FILLER[Math.floor(random() * FILLER.length)]!;
    out.push(random() < 0.05 ? misspell(word, random) : word);
    if (random() < 0.08) out[out.length - 1] += '.';
  }
  return out.join(' ');
}

function misspell(word: string, random: Random): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function report(words: number, sorted: number[]): void {
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  const perSecond = Math.round((sorted.length / total) * 1000);
  console.log(
    `${String(words).padStart(3)}-word answers: ${perSecond} answers/s on one core, p50 ${formatMs(percentile(sorted, 50))}, ` +
      `p99 ${formatMs(percentile(sorted, 99))}, max ${formatMs(sorted[sorted.length - 1] ?? 0)} (n=${sorted.length})`,
  );
}

await main();
