import { REST } from 'discord.js';
import type { Interviewer } from '../../../interviewer/interviewer.ts';
import type { Learning } from '../../../interviewer/review/index.ts';
import type { Logger } from '../../../interviewer/logger.ts';
import type { Store } from '../../../store/store.ts';
import { storeAnswers, type AppMetrics } from '../../metrics/app-metrics.ts';
import { listenOn, type ListeningServer } from '../../metrics/probe-server.ts';
import { createGroupScheduler, createGroupServices, type GroupStudyOptions } from '../group-study/group-services.ts';
import { createHandlerContext } from '../interactions/handler-context.ts';
import type { z } from 'zod';
import type { httpConfigSchema } from './http-config.ts';
import { createInteractionsServer } from './interactions-server.ts';
import { gatedMakeRequest } from '../messaging/send-gate.ts';
import { publicKeyFromHex } from './signature.ts';
import { createWebhookClient } from './webhooks.ts';

export interface HttpBotDeps {
  interviewer: Interviewer;
  store: Store;
  /** Reviews, progress picture, study sheet and learning leaderboards (`/review`, `/stats`, `/study-sheet`). */
  learning?: Learning;
  config: Pick<z.infer<typeof httpConfigSchema>, 'DISCORD_PUBLIC_KEY' | 'DISCORD_API_BASE' | 'DISCORD_TOKEN'>;
  logger: Logger;
  metrics: AppMetrics;
  /** Practice channels, rounds and daily questions (they post with DISCORD_TOKEN) and their scheduler. */
  groupStudy?: GroupStudyOptions;
  /** The REST client's cap on requests per second for those posts. */
  restGlobalPerSecond?: number;
}

export interface HttpBot {
  /** Listens on `port` (0: any free port) and starts the scheduler; resolves with the port. */
  start(port: number, host: string): Promise<number>;
  /** Stops the scheduler and new requests, and lets the ones in progress finish their edits. */
  stop(): Promise<void>;
}

/** Both within the stop deadline (8 s), with room left to close the store. */
const CLOSE_GRACE_MS = 3000;
const DRAIN_MS = 3000;

/** The HTTP-interactions bot: the signed endpoint over the same handlers and use cases as the gateway bot. */
export function createHttpBot(deps: HttpBotDeps): HttpBot {
  const { config, logger } = deps;
  const token = config.DISCORD_TOKEN;
  // Posting on the bot's behalf needs its token.
  const rest =
    token === undefined
      ? undefined
      : new REST({
          api: config.DISCORD_API_BASE,
          globalRequestsPerSecond: deps.restGlobalPerSecond ?? 50,
          makeRequest: gatedMakeRequest,
        }).setToken(token);
  const groups = rest === undefined ? undefined : createGroupServices(rest, deps.store, deps.groupStudy);
  const ctx = createHandlerContext({
    interviewer: deps.interviewer,
    store: deps.store,
    logger,
    ...(groups ? { groups } : {}),
    ...(deps.learning ? { learning: deps.learning } : {}),
  });
  // Every replica ticks: the holder of the store's 'daily-jobs' lease sends the daily questions, and claims
  // give each daily question and round result one sender.
  const scheduler = groups ? createGroupScheduler(ctx, deps.groupStudy) : undefined;
  if (scheduler === undefined)
    logger.info('practice channels and daily questions are off: set DISCORD_TOKEN to post them');
  const endpoint = createInteractionsServer({
    publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY),
    ctx,
    webhooks: createWebhookClient({ apiBase: config.DISCORD_API_BASE }),
    metrics: deps.metrics,
    isHealthy: storeAnswers(deps.store),
  });
  let listening: ListeningServer | undefined;
  return {
    async start(port, host) {
      listening = await listenOn(endpoint.server, port, host);
      scheduler?.start();
      return listening.port;
    },
    async stop() {
      await scheduler?.stop();
      await listening?.close(CLOSE_GRACE_MS);
      await endpoint.drain(DRAIN_MS);
    },
  };
}
