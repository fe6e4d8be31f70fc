import { gradeAnswer, type CompiledRubric } from '../src/core/grading/grade.ts';
import { formatMs, nowMs, percentile } from './timing.ts';

export interface SpeedReport {
  words: number;
  answersPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  n: number;
}

const ROUNDS = 20;

/**
 * Grading speed on the benchmark's own answers, lengthened to `words` words by joining the answers to the
 * same question: quality and speed measured on the same rubrics, so a trade-off between them shows.
 */
export function measureSpeed(byRubric: { compiled: CompiledRubric; answers: string[] }[], words = 100): SpeedReport {
  const cases = byRubric.flatMap(({ compiled, answers }) =>
    lengthen(answers, words).map((answer) => ({ compiled, answer })),
  );
  for (const c of cases) gradeAnswer(c.compiled, c.answer); // warm-up: JIT and the typo caches
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const c of cases) {
      const start = nowMs();
      gradeAnswer(c.compiled, c.answer);
      latencies.push(nowMs() - start);
    }
  }
  latencies.sort((a, b) => a - b);
  const totalMs = latencies.reduce((sum, ms) => sum + ms, 0);
  return {
    words,
    answersPerSecond: Math.round((latencies.length / totalMs) * 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    n: latencies.length,
  };
}

export function formatSpeed(s: SpeedReport): string {
  return (
    `speed: ${s.words}-word answers: ${s.answersPerSecond} answers/s on one core, p50 ${formatMs(s.p50Ms)}, ` +
    `p99 ${formatMs(s.p99Ms)} (n=${s.n}; targets: ≥ 5000 answers/s, p99 < 1 ms)`
  );
}

/** One answer per given answer, each followed by the next ones (cyclically) until it has `words` words. */
function lengthen(answers: string[], words: number): string[] {
  const pool = answers.filter((a) => a.trim() !== '');
  return pool.map((_, i) => {
    const out: string[] = [];
    for (let k = 0; out.length < words && k < pool.length * 50; k += 1)
      out.push(...pool[(i + k) % pool.length]!.split(/\s+/));
    return out.slice(0, words).join(' ');
  });
}
