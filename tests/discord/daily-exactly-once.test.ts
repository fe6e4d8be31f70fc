import type { APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { titleOf } from './support/drive.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupHarness } from './support/group-harness.ts';

let h: GroupHarness;
let users: APIUser[];
let channelId: string;

/** Eight subscribers whose question is due at 08:00 UTC, in zones of their own. */
const ZONES: [string, string][] = [
  ['08:00', 'UTC'],
  ['10:00', 'Europe/Berlin'],
  ['04:00', 'America/New_York'],
  ['13:30', 'Asia/Kolkata'],
  ['09:00', 'Europe/London'],
  ['18:00', 'Australia/Sydney'],
  ['01:00', 'America/Los_Angeles'],
  ['17:00', 'Asia/Tokyo'],
];

beforeAll(async () => {
  h = await openGroupHarness('2026-05-04T07:00:00.000Z');
  const bot = await h.startBot();
  users = ZONES.map((_, i) => h.fake.user(`sub${i}`));
  for (const [i, [time, timezone]] of ZONES.entries()) {
    await (
      await h.fake.slash({ user: users[i]!, name: 'daily', subcommand: 'subscribe', options: { time, timezone } })
    ).response();
  }
  channelId = h.fake.createChannel('daily-room').id;
  await (
    await h.fake.slash({
      user: h.moderator('mona'),
      name: 'daily',
      subcommand: 'channel',
      options: { channel: channelId, time: '08:00', timezone: 'UTC' },
    })
  ).response();
  await bot.tick();
  await bot.stop();
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

const dmCounts = () => users.map((u) => h.dms(u).length);
const dailyRounds = () =>
  h.fake
    .messages(channelId)
    .filter((m) => titleOf(m).startsWith('Daily question ·') && !titleOf(m).endsWith('results'));

/** A store whose cursor write fails: the process "crashes" after sending, before recording its progress. */
function crashingCursor(store: Store): Store {
  return Object.assign(Object.create(store) as Store, {
    setSchedulerCursor: async () => {
      throw new Error('crashed before the cursor moved');
    },
  });
}

describe('each daily question exactly once per target and local date', () => {
  it('with two bot processes ticking at the same moment on one store', async () => {
    const [one, two] = [await h.startBot(), await h.startBot()];
    h.at('2026-05-04T08:00:00.000Z');
    const [a, b] = await Promise.all([one.tick(), two.tick()]);
    expect(dmCounts()).toEqual(users.map(() => 1));
    expect(dailyRounds()).toHaveLength(1);
    // One holds the daily-jobs lease and sends everything; the other runs no job (tests/discord/daily-leader.test.ts).
    expect([a, b].map((r) => r.leader).sort()).toEqual([false, true]);
    expect(a.outcomes.sent + b.outcomes.sent).toBe(9);

    // A restart, and ticks again at the same and a later moment: nothing is sent twice.
    await one.stop();
    const three = await h.startBot();
    await Promise.all([two.tick(), three.tick()]);
    h.at('2026-05-04T08:01:00.000Z');
    await three.tick();
    expect(dmCounts()).toEqual(users.map(() => 1));
    expect(dailyRounds()).toHaveLength(1);
    await two.stop();
    await three.stop();
  });

  it('after a crash right after sending (before the cursor moved)', async () => {
    const crashing = await h.startBot({ wrapStore: crashingCursor });
    h.at('2026-05-05T08:00:00.000Z');
    await expect(crashing.tick()).rejects.toThrow('crashed before the cursor moved');
    expect(dmCounts()).toEqual(users.map(() => 2));
    await crashing.stop();

    const restarted = await h.startBot();
    h.at('2026-05-05T08:00:30.000Z');
    const report = await restarted.tick();
    expect(report.due).toBe(9);
    expect(report.outcomes.claimed_elsewhere).toBe(9);
    expect(dmCounts()).toEqual(users.map(() => 2));
    expect(dailyRounds()).toHaveLength(2);
    await restarted.stop();
  });

  it('catches up a short outage and skips a long one without a flood', async () => {
    let bot = await h.startBot();
    h.at('2026-05-06T07:30:00.000Z');
    await bot.tick();
    await bot.stop();
    h.at('2026-05-06T09:30:00.000Z'); // two hours down, across 08:00
    bot = await h.startBot();
    expect((await bot.tick()).outcomes.sent).toBe(9);
    expect(dmCounts()).toEqual(users.map(() => 3));

    h.at('2026-05-07T07:30:00.000Z');
    await bot.tick();
    await bot.stop();
    h.at('2026-05-07T12:00:00.000Z'); // four and a half hours down
    bot = await h.startBot();
    const late = await bot.tick();
    // Only the 20:00 nudges in Sydney and Tokyo fall in the last three hours (and nobody has a streak to keep).
    expect(late).toMatchObject({ due: 2, skipped: 9, outcomes: { sent: 0, skipped: 2 } });
    expect(dmCounts()).toEqual(users.map(() => 3));
    h.at('2026-05-08T08:00:00.000Z');
    await bot.tick();
    expect(dmCounts()).toEqual(users.map(() => 4));
    expect(dailyRounds().map((m) => titleOf(m))).toEqual([
      'Daily question · 2026-05-04',
      'Daily question · 2026-05-05',
      'Daily question · 2026-05-06',
      'Daily question · 2026-05-08',
    ]);
    await bot.stop();
  });
});
