import { afterAll, beforeAll } from 'vitest';
import {
  botHarness,
  openBotWorld,
  startBot,
  type BotHarness,
  type BotOptions,
  type RunningBot,
} from './bot-harness.ts';
import { printLatencySummary, recordLatencies } from './latency.ts';

export type { BotOptions, RunningBot } from './bot-harness.ts';

/** The fixed "now" of every bot in these tests (a Monday morning). */
export const NOW = new Date('2026-03-02T09:30:00.000Z');

/** Interview tests' harness: bots on one SQLite file, on a clock fixed at NOW. */
export interface Harness extends BotHarness {
  /** Starts a bot on the shared SQLite file; ids are unique across restarts, clock and random are fixed. */
  startBot(options?: BotOptions): Promise<RunningBot>;
}

/**
 * A fake Discord, a SQLite file in a temp folder, and bots started with the same factory as
 * `mock-interviewer bot`. Closing records the file's acknowledgement latencies; `adverse`: the tests
 * inject failures or slowness, so their latencies are reported apart.
 */
export async function openHarness(options: { adverse?: boolean } = {}): Promise<Harness> {
  const world = await openBotWorld('mi-discord-', NOW);
  const h = botHarness(world, () => recordLatencies(world.fake, options.adverse ?? false));
  return Object.assign(h, { startBot: (bot: BotOptions = {}) => startBot(h, bot) });
}

/**
 * The set-up of a file whose tests share one bot: the harness and its bot are made before the first test
 * and handed to `ready`; after the last, the harness closes and the suite's latency figures are printed.
 */
export function oneBotPerFile(
  ready: (h: Harness, running: RunningBot) => void,
  options: { adverse?: boolean; bot?: BotOptions } = {},
): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await openHarness(options);
    ready(h, await h.startBot(options.bot));
  });
  afterAll(async () => {
    await h?.close();
    printLatencySummary();
  });
}
