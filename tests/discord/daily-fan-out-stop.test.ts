import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGroupHarness, type GroupHarness } from './support/group-harness.ts';

const SUBSCRIBERS = 30;

let h: GroupHarness;

beforeAll(async () => {
  h = await openGroupHarness('2026-07-01T06:59:00.000Z');
});
afterAll(async () => h?.close());

describe('stopping mid-fan-out', () => {
  it(
    'stops within 10 s while daily DMs are going out; after a restart every subscriber has the DM once',
    { timeout: 60_000 },
    async () => {
      const users = Array.from({ length: SUBSCRIBERS }, (_, i) => h.fake.user(`reader${i}`));
      // Paced at 4 requests a second (2 per DM), the fan-out takes about 15 s: the stop lands in the middle.
      const first = await h.startBot({ restGlobalPerSecond: 4 });
      for (const user of users) {
        await first.store.upsertDailySubscription({
          userId: user.id,
          time: '07:00',
          timeZone: 'UTC',
          topic: null,
          deliveryFailure: null,
        });
      }
      await first.tick();
      h.at('2026-07-01T07:00:00.000Z');
      const fanOut = first.tick();
      await h.fake.waitFor(() => (users.filter((u) => h.dms(u).length > 0).length >= 3 ? true : undefined), 15_000);
      const started = performance.now();
      await first.stop();
      const stopMs = performance.now() - started;
      await fanOut.catch(() => undefined);
      const sentBeforeStop = users.filter((u) => h.dms(u).length > 0).length;
      expect(stopMs).toBeLessThan(10_000);
      expect(sentBeforeStop).toBeGreaterThan(0);
      expect(sentBeforeStop).toBeLessThan(SUBSCRIBERS);

      // The DMs given up at the stop were released, and the lease freed: the next bot, at the same moment, sends them.
      const second = await h.startBot();
      const report = await second.tick();
      const counts = users.map((u) => h.dms(u).length);
      expect(counts).toEqual(users.map(() => 1));
      expect(report).toMatchObject({
        leader: true,
        complete: true,
        outcomes: { sent: SUBSCRIBERS - sentBeforeStop, claimed_elsewhere: sentBeforeStop, running_elsewhere: 0 },
      });
      console.info(
        `fan-out stop test: stopped in ${Math.round(stopMs)} ms with ${sentBeforeStop} of ${SUBSCRIBERS} DMs sent; after the restart ${report.outcomes.sent} sent, 0 missing, 0 twice`,
      );
    },
  );
});
