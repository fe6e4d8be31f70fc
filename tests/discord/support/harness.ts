import { afterAll, beforeAll } from 'vitest';
import type { FakeDiscord } from '../../support/fake-discord/index.ts';
import { BotHarness, type BotOptions, type RunningBot } from './bot-harness.ts';
import { printLatencySummary, recordLatencies } from './latency.ts';

export type { BotOptions, RunningBot } from './bot-harness.ts';

/** The fixed "now" of every bot in these tests (a Monday morning). */
export const NOW = new Date('2026-03-02T09:30:00.000Z');

/**
 * Interview tests: a fake Discord, a SQLite file in a temp folder, and bots started with the same factory
 * as `mock-interviewer bot`, on a clock fixed at NOW. Closing records the file's acknowledgement latencies.
 */
export class Harness extends BotHarness {
  private constructor(fake: FakeDiscord, dir: string, private readonly adverse: boolean) {
    super(fake, dir, NOW);
  }

  /** `adverse`: the tests inject failures or slowness, so their latencies are reported apart. */
  static async create(options: { adverse?: boolean } = {}): Promise<Harness> {
    return new Harness(await BotHarness.deployedFake(), BotHarness.tempDir('mi-discord-'), options.adverse ?? false);
  }

  /** Starts a bot on the shared SQLite file; ids are unique across restarts, clock and random are fixed. */
  startBot(options: BotOptions = {}): Promise<RunningBot> {
    return this.launch(options);
  }

  protected override beforeFakeCloses(): void {
    recordLatencies(this.fake, this.adverse);
  }
}

/**
 * The set-up of a file whose tests share one bot: the harness and its bot are made before the first test
 * and handed to `ready`; after the last, the harness closes and the suite's latency figures are printed.
 */
export function oneBotPerFile(
  ready: (h: Harness, running: RunningBot) => void, options: { adverse?: boolean; bot?: BotOptions } = {},
): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await Harness.create(options);
    ready(h, await h.startBot(options.bot));
  });
  afterAll(async () => {
    await h?.close();
    printLatencySummary();
  });
}
