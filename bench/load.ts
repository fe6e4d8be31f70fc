// `npm run bench:load [-- --users N --config gateway-sqlite,http-postgres,... --questions Q --think MIN-MAX --ramp MS --seed N --json]`
// N simulated users play whole interviews (slash, Answer, modal, Next …) against the fake Discord, with the bot
// in child processes started as in production. Per configuration: interactions/s, time to first response
// (p50/p95/p99, as Discord counts it: dispatch to the first callback), errors and the bot's peak RSS.
import { parseArgs } from 'node:util';
import { commandDefinitions } from '../src/adapters/discord/commands.ts';
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import type { Bank } from '../src/core/bank/schema.ts';
import { openStore } from '../src/store/open-store.ts';
import { startFakeDiscord } from '../tests/support/fake-discord/index.ts';
import { LoadDriver } from './load/driver.ts';
import { cpuUse, readCpu } from './load/machine.ts';
import { formatReport, summarise, type RunSummary } from './load/report.ts';
import { startTarget, type RunningTarget, type TargetSpec } from './load/targets.ts';
import { playInterview, type UserPlan, type UserResult } from './load/user.ts';

type Config = TargetSpec & { fault?: boolean };

const CONFIGS: Record<string, Config> = {
  'gateway-sqlite': { name: 'gateway-sqlite', transport: 'gateway', store: 'sqlite', replicas: 1 },
  'gateway-postgres': { name: 'gateway-postgres', transport: 'gateway', store: 'postgres', replicas: 1 },
  'http-sqlite': { name: 'http-sqlite', transport: 'http', store: 'sqlite', replicas: 1 },
  'http-postgres': { name: 'http-postgres', transport: 'http', store: 'postgres', replicas: 1 },
  'http-postgres-fault': {
    name: 'http-postgres-fault',
    transport: 'http',
    store: 'postgres',
    replicas: 2,
    fault: true,
  },
};

/** Discord's 3 s, plus a margin: a user who saw nothing by then presses again. */
const WAIT_MS = 3500;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      users: { type: 'string', default: '500' },
      config: { type: 'string', default: Object.keys(CONFIGS).join(',') },
      questions: { type: 'string', default: '3' },
      think: { type: 'string', default: '1000-3000' },
      ramp: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
    },
  });
  const [thinkMin, thinkMax] = values.think!.split('-').map(Number) as [number, number];
  const plan = {
    users: Number(values.users),
    questions: Number(values.questions),
    thinkMs: [thinkMin, thinkMax ?? thinkMin] as const,
    rampMs: Number(values.ramp),
    seed: Number(values.seed),
  };
  const names = values
    .config!.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in CONFIGS));
  if (unknown.length > 0)
    throw new Error(`unknown --config ${unknown.join(', ')}; choose from ${Object.keys(CONFIGS).join(', ')}`);
  const { bank } = await loadBank(defaultBankRoot());
  if (bank === null) throw new Error('the bank has problems; run: mock-interviewer bank check');

  process.stdout.write(
    `${plan.users} users × ${plan.questions} questions, think ${plan.thinkMs.join('-')} ms, ramp ${plan.rampMs} ms, seed ${plan.seed}\n`,
  );
  const summaries: RunSummary[] = [];
  for (const name of names) {
    const summary = await runConfig(CONFIGS[name]!, plan, bank);
    summaries.push(summary);
    process.stdout.write(`${formatReport(summary)}\n`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(summaries)}\n`);
}

async function runConfig(
  config: Config,
  plan: Omit<UserPlan, 'index' | 'retries'> & { users: number },
  bank: Bank,
): Promise<RunSummary> {
  const fake = await startFakeDiscord();
  fake.registerCommands(commandDefinitions);
  const target = await startTarget(config, fake);
  const driver = new LoadDriver(fake, WAIT_MS);
  const expected = plan.users * (1 + 3 * plan.questions);
  const fault = config.fault ? killHalfWay(target, driver, expected) : undefined;
  const botPids = target.processes.map((p) => p.child.pid);
  const cpuAtStart = readCpu(process.pid, botPids);
  const started = performance.now();
  let results: UserResult[];
  try {
    results = await Promise.all(
      Array.from({ length: plan.users }, (_, index) =>
        playInterview(fake, driver, bank, { ...plan, index, retries: config.fault ? 3 : 0 }),
      ),
    );
  } finally {
    driver.stop();
    fault?.cancel();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuUse(cpuAtStart, readCpu(process.pid, botPids));
  const metrics = await Promise.all(
    target.metricsUrls.map((url, i) => (fault?.killed === i ? Promise.resolve('') : fetchText(`${url}/metrics`))),
  );
  const lost = await lostAnswers(target.databaseUrl, results);
  const summary = summarise({
    config: config.name,
    users: plan.users,
    seconds,
    samples: driver.samples,
    results,
    lost,
    metrics,
    peakRss: target.peakRss(),
    violations: fake.violations.length,
    killedAt: fault?.killedAtSample,
    cpu,
  });
  await target.stop();
  await fake.close();
  return summary;
}

/** kill -9 of the first replica once half the expected interactions have been answered. */
function killHalfWay(target: RunningTarget, driver: LoadDriver, expected: number) {
  const state = {
    killed: undefined as number | undefined,
    killedAtSample: undefined as number | undefined,
    cancel: () => clearInterval(timer),
  };
  const timer = setInterval(() => {
    if (driver.samples.length < expected / 2) return;
    target.kill(0);
    state.killed = 0;
    state.killedAtSample = driver.samples.length;
    clearInterval(timer);
  }, 5);
  return state;
}

/** Answers a user saw graded that the store does not have. */
async function lostAnswers(databaseUrl: string, results: UserResult[]): Promise<number> {
  const store = await openStore(databaseUrl, '.', { poolSize: 2 });
  try {
    let lost = 0;
    for (const result of results) {
      const stored = new Set((await store.listAttempts(result.userId)).map((a) => a.answer));
      lost += result.acknowledged.filter((answer) => !stored.has(answer)).length;
    }
    return lost;
  } finally {
    await store.close();
  }
}

async function fetchText(url: string): Promise<string> {
  return fetch(url).then(
    (r) => r.text(),
    () => '',
  );
}

await main();
