import type { FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import {
  botHarness,
  openBotWorld,
  startBot,
  type BotHarness,
  type BotOptions,
  type RunningBot,
} from './bot-harness.ts';

export type { BotOptions as GroupBotOptions, RunningBot as GroupBot } from './bot-harness.ts';

/** Group-study tests' harness: bots on one SQLite file and one virtual clock that the test moves. */
export interface GroupHarness extends BotHarness {
  /** Moves the virtual clock (ISO time or milliseconds forward). */
  at(time: string | number): Date;
  startBot(options?: BotOptions): Promise<RunningBot>;
}

/**
 * A fake Discord, a SQLite file, and bots started with createBot as in production, all on one virtual
 * clock starting at `start`: the scheduler runs only when a test calls `tick`, so time is the test's to move.
 */
export async function openGroupHarness(start: string, fakeOptions: FakeDiscordOptions = {}): Promise<GroupHarness> {
  const h = botHarness(await openBotWorld('mi-group-', new Date(start), fakeOptions));
  return Object.assign(h, {
    at: (time: string | number) => {
      h.now = typeof time === 'number' ? new Date(h.now.getTime() + time) : new Date(time);
      return h.now;
    },
    startBot: (options: BotOptions = {}) => startBot(h, options),
  });
}
