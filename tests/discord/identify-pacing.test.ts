import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../src/adapters/discord/gateway/reconnect-pacing.ts';
import type { SessionRefusal } from '../support/fake-discord/index.ts';
import { openGroupHarness, type GroupHarness } from './support/group-harness.ts';

/** The production policy (5 s doubling to 15 min) scaled down, so a few seconds show several steps and the cap. */
const IDENTIFY = { baseMs: 300, maxMs: 1200 };
const CONNECT = { baseMs: 100, maxMs: 400 };
const WINDOW_MS = 9000;
/** Room for a connection attempt's own wait, the handshake and a busy machine. */
const SLACK_MS = CONNECT.maxMs + 1500;

let h: GroupHarness;
beforeAll(async () => {
  h = await openGroupHarness('2026-07-01T09:00:00.000Z');
});
afterAll(async () => h?.close());

/** The pacing's wait before the n-th IDENTIFY since the last READY (0: the first goes at once). */
const identifyWait = (n: number) => backoffDelayMs(n, IDENTIFY, () => 1);

describe('a gateway that keeps refusing the session: the real client identifies at a growing, capped pace', () => {
  it.each<[string, SessionRefusal]>([
    ['op 9 INVALID_SESSION, not resumable', 'invalid-session'],
    ['close code 4009 (session timed out)', 4009],
  ])('%s', { timeout: 30_000 }, async (_, refusal) => {
    const bot = await h.startBot({
      gatewayPacing: { identify: IDENTIFY, connect: CONNECT, random: () => 1 },
      // discord.js's own throttle (one IDENTIFY per 5 s) would hide the pacing's first steps at this scale.
      noIdentifyThrottle: true,
    });
    const from = h.fake.gatewayLog.length;
    const started = h.fake.now();
    h.fake.refuseSessions(refusal);
    h.fake.invalidateSession();
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));

    const identifies = h.fake.gatewayLog
      .slice(from)
      .filter((e) => e.event === 'identify' && e.at - started <= WINDOW_MS)
      .map((e) => e.at);
    const gaps = identifies.slice(1).map((at, i) => at - identifies[i]!);
    console.info(
      `identify pacing (${refusal}): ${identifies.length} IDENTIFYs in ${WINDOW_MS} ms, gaps ${gaps.join(', ')} ms`,
    );

    // It keeps trying, but never in a tight loop: each wait at least the pacing's, doubling up to the cap.
    expect(identifies.length).toBeGreaterThanOrEqual(5);
    expect(identifies.length).toBeLessThanOrEqual(9);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(identifyWait(i + 1)));
    gaps.forEach((gap, i) => expect(gap).toBeLessThanOrEqual(identifyWait(i + 1) + SLACK_MS));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(IDENTIFY.maxMs + SLACK_MS);
    // At the cap for the last few: the waits stop growing.
    expect(gaps.filter((gap) => gap >= IDENTIFY.maxMs).length).toBeGreaterThanOrEqual(2);

    // Discord takes sessions again: the next IDENTIFY gets READY, and the waits start over.
    h.fake.refuseSessions(null);
    await h.fake.waitForGateway('ready', IDENTIFY.maxMs + SLACK_MS + 2000);
    expect(bot.logLines.filter((l) => l.includes('gateway identify delayed')).length).toBeGreaterThanOrEqual(3);
    await bot.stop();
  });
});
