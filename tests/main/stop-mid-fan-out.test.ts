import { join } from 'node:path';
import type { APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { startBot, startProxiedDiscord, stopAndTime, type ProxiedDiscord } from './support/stop-timing.ts';

// Two real processes one after the other, and a fan-out of a few seconds each time.
vi.setConfig({ testTimeout: 90_000 });

const SUBSCRIBERS = 40;
/** Docker and systemd send SIGKILL 10 s after SIGTERM. */
const KILL_AFTER_MS = 10_000;

let discord: ProxiedDiscord;
const figures: string[] = [];
beforeAll(async () => {
  // Discord's global limit, made small: the bot's REST queue holds most DMs, waiting their turn, when the stop comes.
  discord = await startProxiedDiscord({ rateLimit: { globalPerSecond: 8 } });
});
afterAll(async () => {
  if (figures.length > 0) console.log(['stop mid-fan-out (real processes):', ...figures].join('\n'));
  await discord?.close();
});

/** Subscribers due at this minute (UTC), and the cursor two minutes back: the bot's first tick sends them all. */
async function subscribe(databaseUrl: string, users: readonly APIUser[]): Promise<void> {
  const now = new Date();
  const store = await openStore(databaseUrl, discord.dir);
  try {
    for (const user of users) {
      await store.upsertDailySubscription({
        userId: user.id,
        time: now.toISOString().slice(11, 16),
        timeZone: 'UTC',
        topic: null,
        deliveryFailure: null,
      });
    }
    await store.setSchedulerCursor(new Date(now.getTime() - 120_000).toISOString());
  } finally {
    await store.close();
  }
}

async function stopMidFanOutAndRestart(name: string, databaseUrl: string): Promise<void> {
  const { fake } = discord;
  const users = Array.from({ length: SUBSCRIBERS }, (_, i) => fake.user(`${name}-reader${i}`));
  const received = () => users.map((u) => fake.dmsTo(u).length);
  const reached = () => received().filter((n) => n > 0).length;
  await subscribe(databaseUrl, users);

  const first = startBot(discord.env({ DATABASE_URL: databaseUrl }), discord.dir);
  await first.waitFor(/"message":"bot ready"/, 30_000);
  await fake.waitFor(() => (reached() >= 5 ? true : undefined), 30_000);
  const stop = await stopAndTime(first);
  const sentBeforeStop = reached();
  expect(stop.code, first.output()).toBe(0);
  expect(stop.ms).toBeLessThan(KILL_AFTER_MS);
  expect(sentBeforeStop).toBeLessThan(SUBSCRIBERS);

  const second = startBot(discord.env({ DATABASE_URL: databaseUrl }), discord.dir);
  await second.waitFor(/"message":"bot ready"/, 30_000);
  await fake.waitFor(() => (reached() === SUBSCRIBERS ? true : undefined), 40_000);
  // A tick more (the scheduler ticks every 20 s) would show a DM sent twice; none is.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const secondStop = await stopAndTime(second);
  expect(secondStop.code, second.output()).toBe(0);

  const counts = received();
  const twice = counts.filter((n) => n > 1).length;
  expect(counts).toEqual(users.map(() => 1));
  figures.push(
    `  ${name}: SIGTERM to exit ${stop.ms} ms (exit ${stop.code}); ${sentBeforeStop} of ${SUBSCRIBERS} DMs sent before the stop, ` +
      `${SUBSCRIBERS - sentBeforeStop} by the next process; missing ${counts.filter((n) => n === 0).length}, twice ${twice}`,
  );
}

describe('mock-interviewer bot stopped by SIGTERM while the daily DMs go out', () => {
  it('exits 0 within 10 s, and the next process sends the rest: each subscriber gets the DM once (SQLite)', async () => {
    await stopMidFanOutAndRestart('sqlite', join(discord.dir, 'fan-out.db'));
  });
});

describePostgres('mock-interviewer bot on PostgreSQL stopped while the daily DMs go out', () => {
  const schema = useTestSchema();

  it('exits 0 within 10 s, and the next process sends the rest: each subscriber gets the DM once', async () => {
    await stopMidFanOutAndRestart('postgres', schema.url);
  });
});
