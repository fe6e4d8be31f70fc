import type { APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttons, noticeOf, textOf, titleOf } from './support/drive.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupBot, type GroupHarness } from './support/group-harness.ts';

let h: GroupHarness;
let bot: GroupBot;

beforeAll(async () => {
  h = await openGroupHarness('2026-03-06T22:00:00.000Z');
  bot = await h.startBot();
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

const QUARTER = 15 * 60_000;

async function subscribe(user: APIUser, time: string, timezone: string): Promise<string> {
  const handle = await h.fake.slash({
    user,
    name: 'daily',
    subcommand: 'subscribe',
    options: { time, timezone },
    channelId: h.fake.dmChannel(user).id,
  });
  return noticeOf(handle);
}

/** Ticks every 15 virtual minutes from now until `until`; returns, per user, the tick times their DMs arrived at. */
async function tickUntil(until: string, users: APIUser[]): Promise<Record<string, string[]>> {
  const seen = new Map(users.map((u) => [u.username, h.dms(u).length]));
  const arrivals: Record<string, string[]> = Object.fromEntries(users.map((u) => [u.username, []]));
  while (h.now.getTime() < Date.parse(until)) {
    h.at(QUARTER);
    await bot.tick();
    for (const user of users) {
      const count = h.dms(user).length;
      for (let i = seen.get(user.username) ?? 0; i < count; i++)
        arrivals[user.username]!.push(h.now.toISOString().slice(0, 16));
      seen.set(user.username, count);
    }
  }
  return arrivals;
}

describe('daily DMs at local times across daylight-saving changes', () => {
  it('follows New York into summer time (8 March) and Berlin (29 March), one DM a day each', async () => {
    const [nyc, gap, berlin] = [h.fake.user('nyc'), h.fake.user('gap'), h.fake.user('berlin')];
    expect(await subscribe(nyc, '08:00', 'America/New_York')).toMatch(
      /^Subscribed: a daily question by direct message at 08:00 \(America\/New_York\), from your weakest topics\. The next one comes <t:1772888400:F>\./,
    );
    await subscribe(gap, '2:30', 'America/New_York'); // 02:30 does not exist on 8 March in New York
    await subscribe(berlin, '07:30', 'Europe/Berlin');
    expect((await bot.tick()).firstRun).toBe(true);

    const march = await tickUntil('2026-03-10T00:00:00.000Z', [nyc, gap, berlin]);
    expect(march).toEqual({
      nyc: ['2026-03-07T13:00', '2026-03-08T12:00', '2026-03-09T12:00'],
      gap: ['2026-03-07T07:30', '2026-03-08T07:00', '2026-03-09T06:30'],
      berlin: ['2026-03-07T06:30', '2026-03-08T06:30', '2026-03-09T06:30'],
    });
    const dm = h.dms(nyc).at(-1)!;
    expect(titleOf(dm)).toBe('Daily question · 2026-03-09');
    expect(textOf(dm)).toContain('Start a daily streak: answer today’s question.');
    expect(buttons(dm).map((b) => b.label)).toEqual(['Answer']);

    // Eighteen days of downtime: nothing is sent late, and no flood when the bot comes back.
    h.at('2026-03-27T23:45:00.000Z');
    const back = await bot.tick();
    expect(back.due).toBe(0);
    expect(back.skipped).toBeGreaterThan(0);
    const april = await tickUntil('2026-03-31T00:00:00.000Z', [nyc, berlin]);
    expect(april).toEqual({
      nyc: ['2026-03-28T12:00', '2026-03-29T12:00', '2026-03-30T12:00'],
      berlin: ['2026-03-28T06:30', '2026-03-29T05:30', '2026-03-30T05:30'],
    });
  });
});

describe('/daily subscribe, status, off', () => {
  it('checks the time, the zone and the topic', async () => {
    const zed = h.fake.user('zed');
    expect(await subscribe(zed, '25:00', 'UTC')).toBe(
      'The time must be HH:MM on a 24-hour clock, e.g. 08:30 or 19:00.',
    );
    expect(await subscribe(zed, '08:00', 'Mars/Olympus')).toBe(
      'That is not a time zone I know: pick one from the list, e.g. Europe/Berlin or America/New_York.',
    );
    const topic = await h.fake.slash({
      user: zed,
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '08:00', timezone: 'UTC', topic: 'cobol' },
    });
    expect(await noticeOf(topic)).toBe('There is no such topic in the question bank. Topics: git, http, sql.');
    expect(await bot.store.getDailySubscription(zed.id)).toBeNull();
  });

  it('suggests time zones as the user types', async () => {
    const typing = await h.fake.autocomplete({
      user: h.fake.user('zed'),
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '08:00', timezone: 'berl' },
      focused: 'timezone',
    });
    await typing.response();
    expect(typing.choices).toEqual([{ name: 'Europe/Berlin', value: 'Europe/Berlin' }]);
    const many = await h.fake.autocomplete({
      user: h.fake.user('zed'),
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '08:00', timezone: 'america/' },
      focused: 'timezone',
    });
    await many.response();
    expect(many.choices).toHaveLength(25);
  });

  it('shows the schedule and the next question, and stops on /daily off', async () => {
    const uma = h.fake.user('uma');
    await subscribe(uma, '18:45', 'Asia/Kolkata');
    const status = await (await h.fake.slash({ user: uma, name: 'daily', subcommand: 'status' })).original();
    expect(textOf(status)).toMatch(
      /^Your daily question\nEvery day at \*\*18:45\*\* \(Asia\/Kolkata\), from your weakest topics\.\nNext question <t:\d+:F> \(<t:\d+:R>\)\.\nDaily streak 🔥 \*\*0\*\* day\(s\) \(longest 0\) · not answered today yet$/,
    );
    const off = await h.fake.slash({ user: uma, name: 'daily', subcommand: 'off' });
    expect(await noticeOf(off)).toBe(
      'Daily questions stopped. Your streak and answers are kept; /daily subscribe starts them again.',
    );
    const again = await h.fake.slash({ user: uma, name: 'daily', subcommand: 'off' });
    expect(await noticeOf(again)).toBe('You have no daily question subscription. Start one with /daily subscribe.');
    expect((await bot.store.getUser(uma.id))?.timeZone).toBe('Asia/Kolkata');
  });
});
