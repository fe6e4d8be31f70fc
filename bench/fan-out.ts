// `npm run bench:fanout [-- --count N --limit 50 --pace 45 --blocked N --concurrency 16 --days 1 --restart]`:
// N daily DMs fall due at one instant (21:00, after the 20:00 nudge time, so no nudges mix in); the bot's scheduler sends them through its real path (claims in
// SQLite, the REST messenger, discord.js's queue) to the fake Discord enforcing a global rate limit.
// Reports the sustained request rate, 429s, rejections and time, and one interaction's latency mid-run.
// With --restart, a new bot over the same store sends each day after the first (as after a deploy).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deployCommands } from '../src/adapters/discord/deploy.ts';
import { createBot } from '../src/adapters/discord/gateway/gateway.ts';
import { createConsoleLogger } from '../src/adapters/discord/logger.ts';
import type { TickReport } from '../src/interviewer/scheduler/scheduler.ts';
import { seededRandom } from '../src/core/random.ts';
import { createInterviewer } from '../src/interviewer/interviewer.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { e2eBank } from '../tests/discord/support/e2e-bank.ts';
import { fanOutFigures, type FanOutFigures } from '../tests/discord/support/fan-out-figures.ts';
import { startFakeDiscord, type FakeDiscord } from '../tests/support/fake-discord/index.ts';

const TARGET_PER_SECOND = 40;
const DAY_MS = 86_400_000;

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    limit: { type: 'string', default: '50' },
    pace: { type: 'string', default: '45' },
    blocked: { type: 'string', default: '0' },
    concurrency: { type: 'string', default: '16' },
    days: { type: 'string', default: '1' },
    restart: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const limit = Number(values.limit);
const pace = Number(values.pace);
const blocked = Math.min(count, Number(values.blocked));
const concurrency = Number(values.concurrency);
const days = Number(values.days);

async function main(): Promise<number> {
  const fake = await startFakeDiscord({ rateLimit: { globalPerSecond: limit } });
  const dir = mkdtempSync(join(tmpdir(), 'mi-fanout-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  let now = new Date('2026-09-01T20:59:00.000Z');
  let n = 0;
  const clock = () => now;
  const newId = () => `b-${++n}`;
  const interviewer = createInterviewer({ bank: e2eBank, store, clock, random: seededRandom(1), newId });
  const newBot = () =>
    createBot({
      interviewer,
      store,
      clock,
      logger: createConsoleLogger('warn', [fake.token]),
      config: { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase },
      groupStudy: { newId, random: seededRandom(2), instanceId: 'bench', concurrency },
      restGlobalPerSecond: pace,
    });
  let bot = newBot();
  try {
    console.log(
      `fan-out: ${count} due DMs (${blocked} with DMs closed); fake Discord global limit ${limit}/s; bot paced at ${pace}/s; ${concurrency} jobs at once`,
    );
    const setupStart = Date.now();
    await deployCommands({
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    });
    for (let i = 0; i < count; i++) {
      // Users who only get DMs: not guild members, so the bot's GUILD_CREATE stays small.
      const user = fake.state.createUser({ username: `subscriber${i}`, ...(i < blocked ? { dmsOpen: false } : {}) });
      await store.upsertDailySubscription({
        userId: user.id,
        time: '21:00',
        timeZone: 'UTC',
        topic: null,
        deliveryFailure: null,
      });
    }
    await bot.start();
    await bot.tickScheduler(now);
    console.log(`setup: ${count} subscribers in ${((Date.now() - setupStart) / 1000).toFixed(1)} s`);

    let met = true;
    for (let day = 1; day <= days; day++) {
      now = new Date(Date.parse('2026-09-01T21:00:00.000Z') + (day - 1) * DAY_MS);
      if (day > 1 && values.restart) {
        await bot.stop();
        bot = newBot();
        await bot.start();
        // The old bot's last second of requests still counts in Discord's global window, which the new
        // REST client knows nothing of; a real restart takes longer than that second.
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const { report, figures, opened, probeMs } = await runDay(fake, () => bot.tickScheduler(now));
      const restarted = day > 1 && values.restart ? ', after a restart' : '';
      console.log(`day ${day} (${opened} DM channels opened${restarted}): ${describe(figures, report)}`);
      if (probeMs !== null)
        console.log(
          `  /daily status during the fan-out acknowledged in ${probeMs.toFixed(0)} ms (interaction callbacks are exempt from the global limit)`,
        );
      met &&= figures.perSecond >= TARGET_PER_SECOND && figures.rejected === 0 && report.outcomes.failed === 0;
    }
    console.log(
      `target (≥ ${TARGET_PER_SECOND} requests/s sustained, no request rejected): ${met ? 'met' : 'NOT met'}`,
    );
    return met ? 0 : 1;
  } finally {
    await bot.stop();
    await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runDay(fake: FakeDiscord, tick: () => Promise<TickReport>) {
  const start = Date.now();
  const progress = setInterval(() => {
    const sent = fake.requests.filter(
      (r) => r.at >= start && r.status < 300 && r.routeKey === 'POST /channels/{channel_id}/messages',
    ).length;
    console.log(`  … ${sent} DMs after ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }, 30_000);
  const probe = probeInteraction(fake);
  const report = await tick();
  const end = Date.now();
  clearInterval(progress);
  const opened = fake.requests.filter(
    (r) => r.at >= start && r.at <= end && r.routeKey === 'POST /users/@me/channels',
  ).length;
  return { report, figures: fanOutFigures(fake.requests, start, end), opened, probeMs: await probe };
}

/** One member runs /daily status a few seconds into the fan-out; the time to its first response. */
async function probeInteraction(fake: FakeDiscord): Promise<number | null> {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  try {
    const handle = await fake.slash({ user: fake.user('probe'), name: 'daily', subcommand: 'status' });
    return (await handle.response()).latencyMs;
  } catch {
    return null;
  }
}

function describe(f: FanOutFigures, report: TickReport): string {
  const { sent, paused, failed } = report.outcomes;
  return (
    `${f.requests} requests in ${f.seconds.toFixed(1)} s → ${f.perSecond} requests/s (${(sent / f.seconds).toFixed(1)} DMs/s); ` +
    `429s ${f.rateLimited}; rejected ${f.rejected}; refused as expected (DMs closed) ${f.refused}; DMs sent ${sent}, paused ${paused}, failed ${failed}`
  );
}

process.exitCode = await main();
