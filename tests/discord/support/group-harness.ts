import type { FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { BotHarness, type BotOptions, type RunningBot } from './bot-harness.ts';

export type { BotOptions as GroupBotOptions, RunningBot as GroupBot } from './bot-harness.ts';

/**
 * Group-study tests: a fake Discord, a SQLite file, and bots started with createBot as in production, all
 * on one virtual clock (`now`): the scheduler runs only when a test calls `tick`, so time is the test's to move.
 */
export class GroupHarness extends BotHarness {
  static async create(start: string, fakeOptions: FakeDiscordOptions = {}): Promise<GroupHarness> {
    return new GroupHarness(await BotHarness.deployedFake(fakeOptions), BotHarness.tempDir('mi-group-'), new Date(start));
  }

  /** Moves the virtual clock (ISO time or milliseconds forward). */
  at(time: string | number): Date {
    this.now = typeof time === 'number' ? new Date(this.now.getTime() + time) : new Date(time);
    return this.now;
  }

  startBot(options: BotOptions = {}): Promise<RunningBot> {
    return this.launch(options);
  }
}
