import type { APIUser } from 'discord-api-types/v10';
import pg from 'pg';
import { click, titleOf } from '../../discord/support/drive.ts';
import type { CliProcess } from '../../discord/support/spawn-cli.ts';
import type { FakeDiscord } from '../../support/fake-discord/index.ts';
import type { InteractionHandle } from '../../support/fake-discord/interaction-record.ts';
import { startTcpProxy } from '../../support/tcp-proxy.ts';
import { startBot, startProxiedDiscord, stopAndTime, type ProxiedDiscord } from './stop-timing.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ANSWER = 'A careful answer about the data, the tools and the trade-offs between them.';

export type InterviewOutcome = 'scored' | 'refused';

/** One user, one question, one answer; 'scored' only when the feedback with a score came back. */
export async function interviewOnce(
  fake: FakeDiscord,
  user: APIUser,
  handles: InteractionHandle[],
): Promise<InterviewOutcome> {
  try {
    const started = await fake.slash({ user, name: 'mock-interview', options: { questions: 1 } });
    handles.push(started);
    const question = await started.original({ timeoutMs: 8000 });
    const opened = await click(fake, user, question, 'Answer');
    handles.push(opened);
    await opened.response();
    const submit = await fake.submitModal({ from: opened, fields: { answer: ANSWER } });
    handles.push(submit);
    await submit.response();
    return / Score \d+\/100/.test(titleOf(await submit.original({ timeoutMs: 8000 }))) ? 'scored' : 'refused';
  } catch {
    return 'refused';
  }
}

/** Interactions Discord saw answered more than once (a second accepted callback or a 40060 refusal). */
export const answeredTwice = (handles: InteractionHandle[]) =>
  handles.filter(
    (h) => h.callbacks.filter((c) => c.status < 300).length > 1 || h.callbacks.some((c) => c.error?.code === 40060),
  ).length;

async function healthz(port: number): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) }).then(
    (r) => r.status,
    () => 0,
  );
}

async function startMonitoredBot(
  discord: ProxiedDiscord,
  env: Record<string, string>,
): Promise<{ cli: CliProcess; metricsPort: number }> {
  const cli = startBot(discord.env({ METRICS_PORT: '0', ...env }), discord.dir);
  const metricsPort = (JSON.parse(await cli.waitFor(/"message":"metrics served"/, 30_000)) as { port: number }).port;
  await cli.waitFor(/"message":"bot ready"/, 30_000);
  return { cli, metricsPort };
}

export interface GatewayOutageFigures {
  outageMs: number;
  retriesDuringOutage: number;
  longestWaitMs: number;
  identifiesDuringOutage: number;
  backWithinMs: number;
  interviewsAfter: number;
  answersLost: number;
  duplicates: number;
  exitCode: number | null;
}

/** Discord (gateway and REST) unreachable for `outageMs`, then back: the bot reconnects and answers. */
export async function gatewayOutageDrill(outageMs: number, interviewsAfter = 3): Promise<GatewayOutageFigures> {
  const discord = await startProxiedDiscord();
  try {
    const { fake } = discord;
    const { cli } = await startMonitoredBot(discord, {});
    const identifiesBefore = fake.gatewayLog.filter((e) => e.event === 'identify').length;
    const outputBefore = cli.output().length;
    await discord.proxy.cut();
    await sleep(outageMs);
    const duringOutage = cli.output().slice(outputBefore);
    const identifiesDuringOutage = fake.gatewayLog.filter((e) => e.event === 'identify').length - identifiesBefore;
    const restoredAt = performance.now();
    await discord.proxy.restore();
    const logLength = fake.gatewayLog.length;
    await fake.waitFor(
      () => fake.gatewayLog.slice(logLength).find((e) => e.event === 'ready' || e.event === 'resumed'),
      90_000,
    );
    const backWithinMs = Math.round(performance.now() - restoredAt);
    const handles: InteractionHandle[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: interviewsAfter }, (_, i) => interviewOnce(fake, fake.user(`after-outage-${i}`), handles)),
    );
    const waits = [...duringOutage.matchAll(/"message":"gateway retry scheduled".*?"waitMs":(\d+)/g)].map((m) =>
      Number(m[1]),
    );
    const { code } = await stopAndTime(cli);
    return {
      outageMs,
      retriesDuringOutage: waits.length,
      longestWaitMs: Math.max(0, ...waits),
      identifiesDuringOutage,
      backWithinMs,
      interviewsAfter,
      answersLost: outcomes.filter((o) => o !== 'scored').length,
      duplicates: answeredTwice(handles),
      exitCode: code,
    };
  } finally {
    await discord.close();
  }
}

export interface PostgresOutageFigures {
  outageMs: number;
  interviews: number;
  scored: number;
  refusedDuringOutage: number;
  refusedOtherwise: number;
  healthzDuring: number;
  healthzAfter: number;
  answersLost: number;
  duplicates: number;
  exitCode: number | null;
}

/**
 * Interviews run continuously while the connection to PostgreSQL is cut for `outageMs` (the server
 * "restarting": every connection dropped, new ones refused), then restored. Every answer the user saw
 * scored must be in the database exactly once.
 */
export async function postgresOutageDrill(options: {
  pgUrl: string;
  schema: string;
  outageMs: number;
  users: number;
}): Promise<PostgresOutageFigures> {
  const pgUrl = new URL(options.pgUrl);
  const pgProxy = await startTcpProxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  const discord = await startProxiedDiscord();
  try {
    const { fake } = discord;
    const viaProxy = new URL(options.pgUrl);
    viaProxy.port = String(pgProxy.port);
    viaProxy.searchParams.set('schema', options.schema);
    const { cli, metricsPort } = await startMonitoredBot(discord, { DATABASE_URL: viaProxy.toString() });
    const handles: InteractionHandle[] = [];
    const scoredUsers: string[] = [];
    let interviews = 0;
    let refusedDuringOutage = 0;
    let refusedOtherwise = 0;
    let outage = false;
    let running = true;
    const load = Array.from({ length: options.users }, async (_, u) => {
      for (let n = 0; running; n++) {
        const user = fake.user(`pg-load-${u}-${n}`);
        interviews += 1;
        const during = outage;
        const outcome = await interviewOnce(fake, user, handles);
        if (outcome === 'scored') scoredUsers.push(user.id);
        else if (during || outage) refusedDuringOutage += 1;
        else refusedOtherwise += 1;
        await sleep(100);
      }
    });
    await sleep(1500);
    outage = true;
    await pgProxy.cut();
    await sleep(Math.min(1000, options.outageMs / 2));
    const healthzDuring = await healthz(metricsPort);
    await sleep(Math.max(0, options.outageMs - 1000));
    await pgProxy.restore();
    outage = false;
    await sleep(3000);
    running = false;
    await Promise.all(load);
    const healthzAfter = await healthz(metricsPort);
    const { code } = await stopAndTime(cli);
    if (code !== 0) console.error(cli.output().slice(-3000));
    const rows = await attemptsPerUser(options.pgUrl, options.schema);
    return {
      outageMs: options.outageMs,
      interviews,
      scored: scoredUsers.length,
      refusedDuringOutage,
      refusedOtherwise,
      healthzDuring,
      healthzAfter,
      answersLost: scoredUsers.filter((id) => (rows.get(id) ?? 0) === 0).length,
      duplicates: [...rows.values()].filter((count) => count > 1).length + answeredTwice(handles),
      exitCode: code,
    };
  } finally {
    await discord.close();
    await pgProxy.close();
  }
}

async function attemptsPerUser(url: string, schema: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ user_id: string; n: string }>(
      `SELECT user_id, count(*) AS n FROM "${schema}".attempts GROUP BY user_id`,
    );
    return new Map(result.rows.map((r) => [r.user_id, Number(r.n)]));
  } finally {
    await client.end();
  }
}
