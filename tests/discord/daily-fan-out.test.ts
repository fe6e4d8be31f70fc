import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupBot, type GroupHarness } from './support/group-harness.ts';
import { fanOutFigures } from './support/fan-out-figures.ts';

const LIMIT = 40;
/** The bot keeps a tenth under the limit, as in production (45 of Discord's 50): windows never line up exactly. */
const PACE = 36;
const OPEN = 55;
const BLOCKED = 5;

let h: GroupHarness;
let bot: GroupBot;

beforeAll(async () => {
  h = await openGroupHarness('2026-07-01T06:59:00.000Z', {
    rateLimit: { globalPerSecond: LIMIT, perRoute: { limit: 20, windowMs: 1000 } },
  });
  bot = await h.startBot({ restGlobalPerSecond: PACE });
});
afterAll(async () => h?.close());

describe('fan-out of due daily DMs under Discord’s global limit and per-route buckets', () => {
  it(
    'sends every DM within the limit, rejects nothing, and records blocked users once',
    { timeout: 30_000 },
    async () => {
      const open = Array.from({ length: OPEN }, (_, i) => h.fake.user(`open${i}`));
      const blocked = Array.from({ length: BLOCKED }, (_, i) => h.fake.user(`closed${i}`, { dmsOpen: false }));
      for (const user of [...open, ...blocked]) {
        await bot.store.upsertDailySubscription({
          userId: user.id,
          time: '07:00',
          timeZone: 'UTC',
          topic: null,
          deliveryFailure: null,
        });
      }
      await bot.tick();

      h.at('2026-07-01T07:00:00.000Z');
      const start = h.fake.now();
      const report = await bot.tick();
      const day1 = fanOutFigures(h.fake.requests, start, h.fake.now());
      expect(report.outcomes).toMatchObject({ sent: OPEN, paused: BLOCKED, failed: 0 });
      expect(open.map((u) => h.dms(u).length)).toEqual(open.map(() => 1));
      expect(blocked.map((u) => h.dms(u).length)).toEqual(blocked.map(() => 0));
      expect(day1).toMatchObject({ requests: 2 * (OPEN + BLOCKED) + day1.rateLimited, rejected: 0, refused: BLOCKED });
      expect(day1.perSecond).toBeGreaterThan(PACE / 2);
      // A 429 is waited out and retried (never lost). Pacing under the global limit avoids them; the one seen
      // at times comes from discord.js learning the DM-channel bucket (requests queued before its first reply).
      expect(day1.rateLimited).toBeLessThanOrEqual(2);
      for (const user of blocked) {
        expect((await bot.store.getDailySubscription(user.id))?.deliveryFailure?.reason).toBe('dms_closed');
      }

      // The next day: DM channels are remembered (one request per DM) and blocked users are not tried again.
      h.at('2026-07-02T07:00:00.000Z');
      const next = h.fake.now();
      expect((await bot.tick()).outcomes).toMatchObject({ sent: OPEN, paused: 0 });
      const day2 = fanOutFigures(h.fake.requests, next, h.fake.now());
      expect(day2).toMatchObject({ requests: OPEN + day2.rateLimited, rejected: 0, refused: 0 });
      console.info(`fan-out test: day 1 ${JSON.stringify(day1)}; day 2 ${JSON.stringify(day2)}`);
      expectGroupTraffic(h.fake, { refusals: [50007], allowRateLimits: true });
    },
  );

  it(
    'waits out 429s with Retry-After (global and per-route) and a 5xx, and still sends each DM once',
    { timeout: 30_000 },
    async () => {
      const route = 'POST /channels/{channel_id}/messages';
      h.fake.failNext(route, { status: 429, retryAfter: 0.5, global: true });
      h.fake.failNext(route, { status: 429, retryAfter: 0.3 });
      h.fake.failNext(route, { status: 503 });
      h.at('2026-07-03T07:00:00.000Z');
      const start = h.fake.now();
      expect((await bot.tick()).outcomes).toMatchObject({ sent: OPEN, failed: 0 });
      const day3 = fanOutFigures(h.fake.requests, start, h.fake.now());
      expect(day3).toMatchObject({ accepted: OPEN, rejected: 1 }); // the 503, retried by discord.js
      expect(day3.rateLimited).toBeGreaterThanOrEqual(2);
      expect(h.fake.core.chaos.pending).toBe(0);
      expect(new Set(h.fake.requests.filter((r) => r.at >= start && r.status === 200).map((r) => r.path)).size).toBe(
        OPEN,
      );
    },
  );
});
