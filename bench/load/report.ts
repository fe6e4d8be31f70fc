import { availableParallelism } from 'node:os';
import { percentile } from '../timing.ts';
import type { Sample } from './driver.ts';
import type { CpuUse } from './machine.ts';
import type { UserResult } from './user.ts';

/** The targets on a 2-core machine: p99 first response, errors, bot memory. */
export const TARGETS = { p99Ms: 100, errors: 0, rssMb: 300 } as const;

export interface RunSummary {
  config: string;
  users: number;
  finished: number;
  restarts: number;
  interactions: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** p50 and p99 per interaction kind (slash, button, modal), ms. */
  byKind: Record<string, { n: number; p50Ms: number; p99Ms: number }>;
  errors: number;
  errorKinds: Record<string, number>;
  /** Wrong content: apologies, notices where none was due. */
  problems: number;
  acknowledgedAnswers: number;
  lostAnswers: number;
  peakRssMb: number[];
  violations: number;
  gradingMeanMs: number | null;
  storeMeanMs: number | null;
  /** Store operations by mean time, slowest first (ms, calls). */
  storeByOperation: [string, number, number][];
  /** Fault run: how many interactions had been answered when the replica was killed. */
  killedAtInteraction: number | undefined;
  /** CPU used during the run, in cores: the machine, the benchmark (fake Discord, users), the bot, the rest. */
  cpu: CpuUse;
}

export interface RunInput {
  config: string;
  users: number;
  seconds: number;
  samples: readonly Sample[];
  results: readonly UserResult[];
  lost: number;
  metrics: readonly string[];
  peakRss: readonly number[];
  violations: number;
  killedAt: number | undefined;
  cpu: CpuUse;
}

export function summarise(run: RunInput): RunSummary {
  const latencies = run.samples
    .flatMap((s) => (s.ms === undefined || s.error !== undefined ? [] : [s.ms]))
    .sort((a, b) => a - b);
  const errorKinds: Record<string, number> = {};
  for (const s of run.samples)
    if (s.error !== undefined) errorKinds[`${s.kind}: ${s.error}`] = (errorKinds[`${s.kind}: ${s.error}`] ?? 0) + 1;
  return {
    config: run.config,
    users: run.users,
    finished: run.results.filter((r) => r.finished).length,
    restarts: run.results.reduce((n, r) => n + r.restarts, 0),
    interactions: run.samples.length,
    perSecond: run.samples.length / run.seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? 0,
    byKind: latencyByKind(run.samples),
    errors: run.samples.filter((s) => s.error !== undefined).length,
    errorKinds,
    problems: run.results.reduce((n, r) => n + r.problems.length, 0),
    acknowledgedAnswers: run.results.reduce((n, r) => n + r.acknowledged.length, 0),
    lostAnswers: run.lost,
    peakRssMb: run.peakRss.map((b) => Math.round(b / 1024 / 1024)),
    violations: run.violations,
    gradingMeanMs: meanOf(run.metrics, 'mi_grading_seconds'),
    storeMeanMs: meanOf(run.metrics, 'mi_store_seconds'),
    storeByOperation: storeOperations(run.metrics),
    killedAtInteraction: run.killedAt,
    cpu: run.cpu,
  };
}

function latencyByKind(samples: readonly Sample[]): RunSummary['byKind'] {
  const kinds: RunSummary['byKind'] = {};
  for (const kind of new Set(samples.map((s) => s.kind))) {
    const ms = samples
      .flatMap((s) => (s.kind === kind && s.ms !== undefined && s.error === undefined ? [s.ms] : []))
      .sort((a, b) => a - b);
    kinds[kind] = { n: ms.length, p50Ms: percentile(ms, 50), p99Ms: percentile(ms, 99) };
  }
  return kinds;
}

/** Mean of a histogram over every process and label set, in ms, from the /metrics texts. */
function meanOf(texts: readonly string[], name: string): number | null {
  let sum = 0;
  let count = 0;
  for (const text of texts) {
    for (const m of text.matchAll(new RegExp(`^${name}_sum(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))) sum += Number(m[1]);
    for (const m of text.matchAll(new RegExp(`^${name}_count(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))) count += Number(m[1]);
  }
  return count === 0 ? null : (sum / count) * 1000;
}

function storeOperations(texts: readonly string[]): [string, number, number][] {
  const ops = new Map<string, { sum: number; count: number }>();
  for (const text of texts) {
    for (const m of text.matchAll(/^mi_store_seconds_(sum|count)\{operation="(\w+)"\} (\S+)$/gm)) {
      const op = ops.get(m[2]!) ?? { sum: 0, count: 0 };
      op[m[1] as 'sum' | 'count'] += Number(m[3]);
      ops.set(m[2]!, op);
    }
  }
  return [...ops]
    .map(([op, v]): [string, number, number] => [op, (v.sum / v.count) * 1000, v.count])
    .sort((a, b) => b[1] - a[1]);
}

const pct = (cores: number) => `${Math.round(Math.max(0, cores) * 100)} %`;

export function formatReport(s: RunSummary): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const rss = Math.max(...s.peakRssMb);
  const verdict = [
    s.p99Ms < TARGETS.p99Ms ? 'p99 ok' : `p99 over ${TARGETS.p99Ms} ms`,
    s.killedAtInteraction === undefined
      ? s.errors === 0
        ? 'no errors'
        : `${s.errors} errors`
      : `${s.lostAnswers} answers lost`,
    rss < TARGETS.rssMb ? 'rss ok' : `rss over ${TARGETS.rssMb} MB`,
  ].join(', ');
  const lines = [
    `== ${s.config}: ${s.finished}/${s.users} interviews finished${s.restarts ? ` (${s.restarts} restarted)` : ''}`,
    `   ${s.interactions} interactions, ${s.perSecond.toFixed(1)}/s; first response p50 ${ms(s.p50Ms)}, p95 ${ms(s.p95Ms)}, p99 ${ms(s.p99Ms)}, max ${ms(s.maxMs)}`,
    `   by kind: ${Object.entries(s.byKind)
      .map(([kind, k]) => `${kind} p50 ${ms(k.p50Ms)} p99 ${ms(k.p99Ms)} (${k.n})`)
      .join(', ')}`,
    `   errors ${s.errors}, wrong replies ${s.problems}, fake-Discord violations ${s.violations}; answers graded ${s.acknowledgedAnswers}, lost ${s.lostAnswers}`,
    // Other work on the machine shows in the latencies: say how busy it was (100 % = one core).
    `   CPU of ${availableParallelism()} cores: bot ${pct(s.cpu.bot)}, benchmark and fake Discord ${pct(s.cpu.bench)}, others (PostgreSQL included) ${pct(s.cpu.others)}`,
    `   peak RSS ${s.peakRssMb.map((m) => `${m} MB`).join(' + ')}; grading mean ${s.gradingMeanMs?.toFixed(2) ?? '–'} ms, store call mean ${s.storeMeanMs?.toFixed(2) ?? '–'} ms`,
    `   slowest store calls: ${s.storeByOperation
      .slice(0, 4)
      .map(([op, mean, n]) => `${op} ${mean.toFixed(2)} ms (${n})`)
      .join(', ')}`,
    ...(s.killedAtInteraction === undefined
      ? []
      : [`   kill -9 of replica 1 of 2 after ${s.killedAtInteraction} interactions`]),
    ...Object.entries(s.errorKinds)
      .slice(0, 5)
      .map(([kind, n]) => `   ${n} × ${kind}`),
    `   → ${verdict}`,
  ];
  return lines.join('\n');
}
