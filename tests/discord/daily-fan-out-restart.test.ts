import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupHarness } from './support/group-harness.ts';
import { fanOutFigures } from './support/fan-out-figures.ts';

const SUBSCRIBERS = 12;
const OPEN_DM = 'POST /users/@me/channels';

let h: GroupHarness;

beforeAll(async () => {
  h = await openGroupHarness('2026-07-01T06:59:00.000Z');
});
afterAll(async () => h?.close());

/** The fan-out of the day due at `at`: its figures, and how many DM channels it opened. */
async function fanOutAt(at: string, tick: () => Promise<unknown>) {
  h.at(at);
  const start = h.fake.now();
  await tick();
  const end = h.fake.now();
  const opened = h.fake.requests.filter((r) => r.at >= start && r.at <= end && r.routeKey === OPEN_DM).length;
  return { ...fanOutFigures(h.fake.requests, start, end), opened };
}

describe('daily fan-out after a restart', () => {
  it(
    'costs one request per DM: the DM channels opened before the restart are in the store',
    { timeout: 30_000 },
    async () => {
      const users = Array.from({ length: SUBSCRIBERS }, (_, i) => h.fake.user(`subscriber${i}`));
      const before = await h.startBot();
      for (const user of users) {
        await before.store.upsertDailySubscription({
          userId: user.id,
          time: '07:00',
          timeZone: 'UTC',
          topic: null,
          deliveryFailure: null,
        });
      }
      await before.tick();
      const day1 = await fanOutAt('2026-07-01T07:00:00.000Z', () => before.tick());
      expect(day1).toMatchObject({ requests: 2 * SUBSCRIBERS, opened: SUBSCRIBERS, rejected: 0 });
      await before.stop();

      const after = await h.startBot();
      const day2 = await fanOutAt('2026-07-02T07:00:00.000Z', () => after.tick());
      expect(day2).toMatchObject({ requests: SUBSCRIBERS, opened: 0, rejected: 0 });
      expect(users.map((u) => h.dms(u).length)).toEqual(users.map(() => 2));
      console.info(
        `fan-out restart test: day 1 ${day1.requests} requests, day 2 after a restart ${day2.requests} requests (${SUBSCRIBERS} DMs each)`,
      );
      expectGroupTraffic(h.fake);
    },
  );
});
