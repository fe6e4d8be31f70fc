import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { deployCommands } from '../../../src/adapters/discord/deploy.ts';
import { createBot, type Bot } from '../../../src/adapters/discord/gateway/gateway.ts';
import type { PacingOptions } from '../../../src/adapters/discord/gateway/reconnect-pacing.ts';
import { createMemoryLogger } from '../../../src/adapters/discord/logger.ts';
import type { TickReport } from '../../../src/interviewer/scheduler/scheduler.ts';
import type { VoiceServices } from '../../../src/adapters/discord/voice/voice-services.ts';
import type { Bank } from '../../../src/core/bank/schema.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { createInterviewer, type Interviewer } from '../../../src/interviewer/interviewer.ts';
import { createLearning, type Learning } from '../../../src/interviewer/review/index.ts';
import { createPngRenderer } from '../../../src/adapters/image/render-png.ts';
import type { AnswerJudge } from '../../../src/interviewer/judged-grader.ts';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { E2E_DOCUMENTS, e2eBank } from './e2e-bank.ts';
import { closeTestWorld, openTestWorld, track, type TestWorld } from './test-harness.ts';

export interface RunningBot {
  bot: Bot;
  /** The store the bot uses (wrapped, when the options wrap it). */
  store: Store;
  interviewer: Interviewer;
  learning: Learning;
  logLines: string[];
  /** One scheduler tick at `at` (default: the world's `now`). */
  tick(at?: Date | string): Promise<TickReport>;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Wraps the store, e.g. to slow it down or to make it fail. */
  wrapStore?: (store: Store) => Store;
  deferAfterMs?: number;
  bank?: Bank;
  restGlobalPerSecond?: number;
  /** Daily jobs the scheduler runs at once. */
  concurrency?: number;
  voice?: VoiceServices;
  /** A judge for the answers (GRADER=llm), made from the bot's bank. */
  judge?: (bank: Bank) => AnswerJudge;
  /** The gateway's waits between connection attempts and between IDENTIFYs that led nowhere. */
  gatewayPacing?: PacingOptions;
  /**
   * Without discord.js's own identify throttle (at most one IDENTIFY per 5 s), so that a test sees the
   * bot's pacing alone on a short scale.
   */
  noIdentifyThrottle?: boolean;
}

/** A test world with a clock of its own: every bot started in it reads `now`, which tests may move. */
export interface BotWorld extends TestWorld {
  now: Date;
}

/**
 * What the gateway harnesses share: the world, bots started with createBot as `mock-interviewer bot`
 * starts them (the scheduler runs only when a test ticks it), and the fake's views a test reads.
 */
export interface BotHarness extends BotWorld {
  /** A member with Manage Server. */
  moderator(name: string): APIUser;
  /** The bot's DMs to a user, oldest first. */
  dms(user: APIUser): APIMessage[];
  close(): Promise<void>;
}

/**
 * A fake Discord with the bot's commands deployed globally through its REST API, as in production
 * (guild commands do not reach DMs).
 */
export async function startDeployedFake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = await startFakeDiscord(options);
  await deployCommands({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_BASE: fake.apiBase,
  });
  return fake;
}

/** A deployed fake and a temp folder, on a clock starting at `now`. */
export async function openBotWorld(prefix: string, now: Date, fakeOptions: FakeDiscordOptions = {}): Promise<BotWorld> {
  const world = openTestWorld(await startDeployedFake(fakeOptions), prefix);
  return Object.assign(world, { now });
}

/**
 * The world's views and `close`, added to the world object itself (so `now` stays one property that
 * the bots' clocks and the tests share).
 */
export function botHarness<W extends BotWorld>(world: W, beforeFakeCloses?: () => void): W & BotHarness {
  return Object.assign(world, {
    moderator: (name: string) => world.fake.user(name, { permissions: PermissionFlagsBits.ManageGuild }),
    dms: (user: APIUser) => world.fake.dmsTo(user),
    close: () => closeTestWorld(world, beforeFakeCloses),
  });
}

/** A bot on the world's SQLite file: ids `g<generation>-<n>`, randomness seeded with the generation. */
export async function startBot(world: BotWorld, options: BotOptions = {}): Promise<RunningBot> {
  const generation = world.nextGeneration();
  let n = 0;
  const opened = openSqliteStore(world.dbPath);
  const store = options.wrapStore ? options.wrapStore(opened) : opened;
  const clock = () => world.now;
  const newId = () => `g${generation}-${++n}`;
  const random = seededRandom(generation);
  const bank = options.bank ?? e2eBank;
  const judge = options.judge?.(bank);
  const interviewer = createInterviewer({ bank, store, clock, random, newId, ...(judge ? { judge } : {}) });
  const learning = createLearning({
    bank,
    store,
    clock,
    random,
    newId,
    renderPng: createPngRenderer(),
    readDocuments: async () => E2E_DOCUMENTS,
  });
  const logger = createMemoryLogger([], [world.fake.token]);
  const bot = createBot({
    interviewer,
    store,
    learning,
    logger,
    clock,
    config: { DISCORD_TOKEN: world.fake.token, DISCORD_API_BASE: world.fake.apiBase },
    groupStudy: {
      newId,
      random,
      instanceId: `bot-${generation}`,
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    },
    ...(options.restGlobalPerSecond === undefined ? {} : { restGlobalPerSecond: options.restGlobalPerSecond }),
    ...(options.voice === undefined ? {} : { voice: options.voice }),
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.gatewayPacing === undefined ? {} : { gatewayPacing: options.gatewayPacing }),
  });
  if (options.noIdentifyThrottle === true) {
    bot.client.options.ws = {
      ...bot.client.options.ws,
      buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
    };
  }
  await bot.start();
  return track(
    world,
    {
      bot,
      store,
      interviewer,
      learning,
      logLines: logger.lines,
      tick: (at?: Date | string) => bot.tickScheduler(at === undefined ? world.now : new Date(at)),
    },
    async () => {
      await bot.stop();
      await opened.close();
    },
  );
}
