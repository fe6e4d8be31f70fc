import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FakeDiscord } from '../../tests/support/fake-discord/index.ts';
import { spawnCli, type CliProcess } from '../../tests/discord/support/spawn-cli.ts';
import { startReplica } from '../../tests/http/support/replicas.ts';
import { startRoundRobin, type RoundRobin } from '../../tests/http/support/round-robin.ts';

export interface TargetSpec {
  name: string;
  transport: 'gateway' | 'http';
  store: 'sqlite' | 'postgres';
  /** HTTP only: replicas behind a round-robin balancer. */
  replicas: number;
}

export interface RunningTarget {
  /** DATABASE_URL the bot processes use (for checking what was stored). */
  databaseUrl: string;
  processes: CliProcess[];
  /** /metrics of each process. */
  metricsUrls: string[];
  balancer: RoundRobin | undefined;
  /** Peak resident memory (VmHWM) of each bot process in bytes; the last reading for one that has exited. */
  peakRss(): number[];
  /** kill -9. */
  kill(index: number): void;
  stop(): Promise<void>;
}

/** Where the benchmark's PostgreSQL runs (trust auth); a fresh schema per configuration. */
export const BENCH_PG_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Starts the bot the way production does, as child processes, against the fake and a fresh store. */
export async function startTarget(spec: TargetSpec, fake: FakeDiscord): Promise<RunningTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'mi-load-'));
  const schema = spec.store === 'postgres' ? `mi_bench_${process.pid}_${randomBytes(4).toString('hex')}` : undefined;
  if (schema) await admin(`CREATE SCHEMA "${schema}"`);
  const databaseUrl = schema ? withSchema(schema) : join(dir, 'bench.db');
  // BENCH_NODE_OPTIONS reaches the bot processes only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeOptions: Record<string, string> = process.env.BENCH_NODE_OPTIONS
    ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS }
    : {};
  const env = {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    DISCORD_API_BASE: fake.apiBase,
    ...nodeOptions,
  };
  const processes: CliProcess[] = [];
  const metricsUrls: string[] = [];
  let balancer: RoundRobin | undefined;
  if (spec.transport === 'gateway') {
    const cli = spawnCli(
      ['bot'],
      { ...env, DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, METRICS_PORT: '0' },
      dir,
    );
    processes.push(cli);
    await cli.waitFor(/"message":"bot ready"/, 60_000);
    metricsUrls.push(
      `http://127.0.0.1:${(JSON.parse(await cli.waitFor(/"message":"metrics served"/)) as { port: number }).port}`,
    );
  } else {
    const replicas = await Promise.all(
      Array.from({ length: spec.replicas }, () => startReplica({ ...env, DISCORD_PUBLIC_KEY: fake.publicKey }, dir)),
    );
    processes.push(...replicas.map((r) => r.cli));
    metricsUrls.push(...replicas.map((r) => r.origin));
    if (replicas.length > 1) balancer = await startRoundRobin(replicas.map((r) => r.origin));
    await fake.setInteractionsEndpoint(`${balancer?.origin ?? replicas[0]!.origin}/interactions`);
  }
  const lastRss = processes.map(() => 0);
  const peakRss = () => processes.map((p, i) => (lastRss[i] = readPeakRss(p.child.pid) ?? lastRss[i]!));
  return {
    databaseUrl,
    processes,
    metricsUrls,
    balancer,
    peakRss,
    kill: (index) => {
      peakRss();
      processes[index]!.child.kill('SIGKILL');
    },
    stop: async () => {
      peakRss();
      await Promise.all(processes.map((p) => p.stop()));
      await balancer?.close();
      if (schema) await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** VmHWM: the most resident memory the process has had, in bytes (Linux). */
function readPeakRss(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

function withSchema(schema: string): string {
  const url = new URL(BENCH_PG_URL);
  url.searchParams.set('schema', schema);
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
