import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot, type Bot } from '../../../src/adapters/discord/gateway.ts';
import { deployCommands } from '../../../src/adapters/discord/deploy.ts';
import { createMemoryLogger } from '../../../src/adapters/discord/logger.ts';
import type { Bank } from '../../../src/core/bank/schema.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { createInterviewer, type Interviewer } from '../../../src/interviewer/interviewer.ts';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';
import { startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.ts';
import { e2eBank } from './e2e-bank.ts';
import { recordLatencies } from './latency.ts';

/** The fixed "now" of every bot in these tests (a Monday morning). */
export const NOW = new Date('2026-03-02T09:30:00.000Z');

export interface RunningBot {
  bot: Bot;
  store: Store;
  interviewer: Interviewer;
  logLines: string[];
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Wraps the store, e.g. to slow it down. */
  wrapStore?: (store: Store) => Store;
  deferAfterMs?: number;
  bank?: Bank;
}

/** A fake Discord, a SQLite file in a temp folder, and bots started with the same factory as `mock-interviewer bot`. */
export class Harness {
  private generation = 0;
  readonly running: RunningBot[] = [];

  private constructor(readonly fake: FakeDiscord, readonly dir: string, private readonly adverse: boolean) {}

  /** `adverse`: the tests inject failures or slowness, so their latencies are reported apart. */
  static async create(options: { adverse?: boolean } = {}): Promise<Harness> {
    const fake = await startFakeDiscord();
    const harness = new Harness(fake, mkdtempSync(join(tmpdir(), 'mi-discord-')), options.adverse ?? false);
    // Globally, as in production: guild commands (DISCORD_GUILD_ID) do not reach DMs.
    await deployCommands({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_BASE: fake.apiBase });
    return harness;
  }

  get dbPath(): string {
    return join(this.dir, 'bot.db');
  }

  /** Starts a bot on the shared SQLite file; ids are unique across restarts, clock and random are fixed. */
  async startBot(options: BotOptions = {}): Promise<RunningBot> {
    const generation = ++this.generation;
    let n = 0;
    const opened = await openSqliteStore(this.dbPath);
    const store = options.wrapStore ? options.wrapStore(opened) : opened;
    const interviewer = createInterviewer({
      bank: options.bank ?? e2eBank, store, clock: () => NOW, random: seededRandom(generation), newId: () => `g${generation}-${++n}`,
    });
    const logger = createMemoryLogger([], [this.fake.token]);
    const bot = createBot({
      interviewer, store, logger, clock: () => NOW,
      config: { DISCORD_TOKEN: this.fake.token, DISCORD_API_BASE: this.fake.apiBase },
      ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    });
    await bot.start();
    const running: RunningBot = {
      bot, store, interviewer, logLines: logger.lines,
      stop: async () => {
        this.running.splice(this.running.indexOf(running), 1);
        await bot.stop();
        await opened.close();
      },
    };
    this.running.push(running);
    return running;
  }

  async close(): Promise<void> {
    for (const running of [...this.running]) await running.stop();
    recordLatencies(this.fake, this.adverse);
    await this.fake.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
