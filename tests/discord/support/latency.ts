import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord } from '../../support/fake-discord/index.ts';

/**
 * Acknowledgement latency of every interaction (INTERACTION_CREATE sent → first accepted callback),
 * collected across the Discord test files of one vitest run (workers share the runner as parent).
 */
const file = join(tmpdir(), `mi-ack-latency-${runId()}.jsonl`);
const mine: Sample[] = [];

/** The vitest runner's pid plus its start time (so a recycled pid never mixes two runs). */
function runId(): string {
  try {
    const stat = readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
    return `${process.ppid}-${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '0'}`;
  } catch {
    return String(process.ppid);
  }
}

interface Sample {
  kind: string;
  ms: number;
  file: string;
  adverse: boolean;
}

/** `adverse`: the file injects 429s, 5xx or a slow store on purpose, so its figures are reported apart. */
export function recordLatencies(fake: FakeDiscord, adverse = false, label = currentFile()): void {
  const samples = fake.core.interactions.all().flatMap((record): Sample[] => {
    const first = record.accepted;
    if (first === undefined) return [];
    return [{ kind: kindOf(record.payload.type), ms: Math.round(first.latencyMs * 10) / 10, file: label, adverse }];
  });
  mine.push(...samples);
  if (samples.length > 0) appendFileSync(file, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
}

function kindOf(type: number): string {
  return ({ 2: 'slash', 3: 'button', 4: 'autocomplete', 5: 'modal' } as Record<number, string>)[type] ?? `type ${type}`;
}

function currentFile(): string {
  return (
    (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__?.filepath?.split('/').pop() ??
    'unknown'
  );
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function summarize(samples: readonly Sample[]): string {
  const line = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${label.padEnd(13)} n=${String(sorted.length).padStart(4)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms  max ${(sorted.at(-1) ?? 0).toFixed(1).padStart(7)} ms`;
  };
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  return [
    line(
      'all',
      samples.map((s) => s.ms),
    ),
    ...kinds.map((k) =>
      line(
        k,
        samples.filter((s) => s.kind === k).map((s) => s.ms),
      ),
    ),
  ].join('\n');
}

/** Prints this file's figures and the run's running total (the last file to finish prints the whole suite). */
export function printLatencySummary(): void {
  const all = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Sample)
    : [];
  const files = new Set(all.map((s) => s.file));
  const normal = all.filter((s) => !s.adverse);
  const adverse = all.filter((s) => s.adverse);
  console.log(`\nInteraction acknowledgement latency, ${currentFile()}:\n${summarize(mine)}`);
  console.log(
    [
      `\nInteraction acknowledgement latency, suite so far (${files.size} file(s): ${[...files].sort().join(', ')})`,
      `Normal conditions:\n${summarize(normal)}`,
      `Injected 429s/5xx and a slow store (deferral path):\n${summarize(adverse)}\n`,
    ].join('\n'),
  );
}
