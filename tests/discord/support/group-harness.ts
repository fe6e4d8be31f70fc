import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { deployCommands } from '../../../src/adapters/discord/deploy.ts';
import { createBot, type Bot } from '../../../src/adapters/discord/gateway.ts';
import { createMemoryLogger } from '../../../src/adapters/discord/logger.ts';
import type { TickReport } from '../../../src/adapters/discord/scheduler/scheduler.ts';
import type { Bank } from '../../../src/core/bank/schema.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { createInterviewer } from '../../../src/interviewer/interviewer.ts';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { e2eBank } from './e2e-bank.ts';

export interface GroupBot {
  bot: Bot;
  store: Store;
  logLines: string[];
  tick(at?: Date | string): Promise<TickReport>;
  stop(): Promise<void>;
}

export interface GroupBotOptions {
  wrapStore?: (store: Store) => Store;
  restGlobalPerSecond?: number;
  concurrency?: number;
  bank?: Bank;
}

/**
 * A fake Discord, a SQLite file, and bots started with createBot as in production, all on one virtual
 * clock (`now`): the scheduler runs only when a test calls `tick`, so time is the test's to move.
 */
export class GroupHarness {
  now: Date;
  private generation = 0;
  private readonly running = new Set<GroupBot>();

  private constructor(readonly fake: FakeDiscord, readonly dir: string, start: Date) {
    this.now = start;
  }

  static async create(start: string, fakeOptions: FakeDiscordOptions = {}): Promise<GroupHarness> {
    const fake = await startFakeDiscord(fakeOptions);
    await deployCommands({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_BASE: fake.apiBase });
    return new GroupHarness(fake, mkdtempSync(join(tmpdir(), 'mi-group-')), new Date(start));
  }

  /** Moves the virtual clock (ISO time or milliseconds forward). */
  at(time: string | number): Date {
    this.now = typeof time === 'number' ? new Date(this.now.getTime() + time) : new Date(time);
    return this.now;
  }

  async startBot(options: GroupBotOptions = {}): Promise<GroupBot> {
    const generation = ++this.generation;
    let n = 0;
    const opened = openSqliteStore(join(this.dir, 'bot.db'));
    const store = options.wrapStore ? options.wrapStore(opened) : opened;
    const clock = () => this.now;
    const newId = () => `g${generation}-${++n}`;
    const random = seededRandom(generation);
    const interviewer = createInterviewer({ bank: options.bank ?? e2eBank, store, clock, random, newId });
    const logger = createMemoryLogger([], [this.fake.token]);
    const bot = createBot({
      interviewer, store, logger, clock,
      config: { DISCORD_TOKEN: this.fake.token, DISCORD_API_BASE: this.fake.apiBase },
      groupStudy: { newId, random, instanceId: `bot-${generation}`, ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }) },
      ...(options.restGlobalPerSecond === undefined ? {} : { restGlobalPerSecond: options.restGlobalPerSecond }),
    });
    await bot.start();
    const running: GroupBot = {
      bot, store, logLines: logger.lines,
      tick: (at) => bot.tickScheduler(at === undefined ? this.now : new Date(at)),
      stop: async () => {
        this.running.delete(running);
        await bot.stop();
        await opened.close();
      },
    };
    this.running.add(running);
    return running;
  }

  /** A member with Manage Server. */
  moderator(name: string): APIUser {
    return this.fake.user(name, { permissions: PermissionFlagsBits.ManageGuild });
  }

  /** The bot's DMs to a user, oldest first. */
  dms(user: APIUser): APIMessage[] {
    return this.fake.dmsTo(user);
  }

  async close(): Promise<void> {
    for (const running of [...this.running]) await running.stop();
    await this.fake.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
