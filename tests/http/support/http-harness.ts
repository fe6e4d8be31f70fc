import { REST } from 'discord.js';
import { commandDefinitions } from '../../../src/adapters/discord/commands.ts';
import { createHandlerContext } from '../../../src/adapters/discord/interactions/handler-context.ts';
import { createMemoryLogger } from '../../../src/adapters/discord/logger.ts';
import { createGroupServices } from '../../../src/adapters/discord/group-study/group-services.ts';
import { createInteractionsServer } from '../../../src/adapters/discord/http/interactions-server.ts';
import { publicKeyFromHex } from '../../../src/adapters/discord/http/signature.ts';
import { createWebhookClient } from '../../../src/adapters/discord/http/webhooks.ts';
import {
  createAppMetrics,
  instrumentsFor,
  storeAnswers,
  type AppMetrics,
} from '../../../src/adapters/metrics/app-metrics.ts';
import { listenOn, type ListeningServer } from '../../../src/adapters/metrics/probe-server.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { cachedGrader } from '../../../src/interviewer/cached-grader.ts';
import { createInterviewer } from '../../../src/interviewer/interviewer.ts';
import type { AnswerJudge } from '../../../src/interviewer/judged-grader.ts';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';
import { startFakeDiscord, type FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { e2eBank } from '../../discord/support/e2e-bank.ts';
import { NOW } from '../../discord/support/harness.ts';
import { closeTestWorld, openTestWorld, track, type TestWorld } from '../../discord/support/test-harness.ts';

export interface RunningEndpoint {
  url: string;
  store: Store;
  metrics: AppMetrics;
  logLines: string[];
  stop(): Promise<void>;
}

export interface EndpointOptions {
  wrapStore?: (store: Store) => Store;
  deferAfterMs?: number;
  /** The endpoint's idea of now (for signature timestamps); default Date.now. */
  now?: () => number;
  /** Practice channels, rounds and daily questions, posting with the bot token (as serve-http with DISCORD_TOKEN). */
  groups?: boolean;
  /** A judge for the answers (GRADER=llm). */
  judge?: AnswerJudge;
}

/** HTTP tests' harness: a fake Discord delivering interactions over HTTP, and endpoints started on it. */
export interface HttpHarness extends TestWorld {
  startEndpoint(options?: EndpointOptions): Promise<RunningEndpoint>;
  close(): Promise<void>;
}

/** A fake Discord with the commands registered, and a temp folder for the endpoints' SQLite file. */
export async function openHttpHarness(options: FakeDiscordOptions = {}): Promise<HttpHarness> {
  const fake = await startFakeDiscord(options);
  fake.registerCommands(commandDefinitions);
  const world = openTestWorld(fake, 'mi-http-');
  return Object.assign(world, {
    startEndpoint: (endpoint: EndpointOptions = {}) => startEndpoint(world, endpoint),
    close: () => closeTestWorld(world),
  });
}

/**
 * `serve-http`'s endpoint built in-process with the same parts as src/main/serve-http.ts (the e2e bank,
 * a fixed clock, the world's SQLite file).
 */
export async function startEndpoint(world: TestWorld, options: EndpointOptions = {}): Promise<RunningEndpoint> {
  const { fake } = world;
  const generation = world.nextGeneration();
  let n = 0;
  const metrics = createAppMetrics();
  const opened = openSqliteStore(world.dbPath);
  const store = instrumentsFor(metrics).store(options.wrapStore ? options.wrapStore(opened) : opened);
  const interviewer = createInterviewer({
    bank: e2eBank,
    store,
    clock: () => NOW,
    random: seededRandom(generation),
    newId: () => `h${generation}-${++n}`,
    grader: instrumentsFor(metrics).grader(cachedGrader(e2eBank)),
    ...(options.judge ? { judge: options.judge } : {}),
  });
  const logger = createMemoryLogger();
  const endpoint = createInteractionsServer({
    publicKey: publicKeyFromHex(fake.publicKey),
    ctx: createHandlerContext({
      interviewer,
      store,
      logger,
      clock: () => NOW,
      ...(options.groups
        ? {
            groups: createGroupServices(new REST({ api: fake.apiBase }).setToken(fake.token), store, {
              newId: () => `r${generation}-${++n}`,
              random: seededRandom(generation),
            }),
          }
        : {}),
    }),
    webhooks: createWebhookClient({ apiBase: fake.apiBase }),
    metrics,
    isHealthy: storeAnswers(store),
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const listening: ListeningServer = await listenOn(endpoint.server, 0, '127.0.0.1');
  return track(
    world,
    { url: `http://127.0.0.1:${listening.port}`, store, metrics, logLines: logger.lines },
    async () => {
      await listening.close();
      await endpoint.drain(5000);
      await opened.close();
    },
  );
}
