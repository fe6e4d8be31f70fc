import { parseArgs } from 'node:util';
import { REST } from 'discord.js';
import { createHandlerContext } from '../adapters/discord/interactions/handler-context.ts';
import type { DmChannelStore } from '../adapters/discord/messaging/dm-channels.ts';
import { createGroupScheduler, createGroupServices } from '../adapters/discord/group-study/group-services.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { httpConfigSchema } from '../adapters/discord/http/http-config.ts';
import { createInteractionsServer } from '../adapters/discord/http/interactions-server.ts';
import { publicKeyFromHex } from '../adapters/discord/http/signature.ts';
import { createWebhookClient } from '../adapters/discord/http/webhooks.ts';
import { createAppMetrics, instrumentsFor, storeAnswers } from '../adapters/metrics/app-metrics.ts';
import { listenOn, type ListeningServer } from '../adapters/metrics/probe-server.ts';
import { cannotListen, openApp, untilSignal, UserFacingError } from './open-app.ts';

/** `mock-interviewer serve-http [--port N]`: Discord's HTTP-interactions endpoint, until SIGINT or SIGTERM. */
export async function serveHttpMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { port: { type: 'string' } } });
  if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) throw new UserFacingError('--port must be a port number (0-65535)');
  const metrics = createAppMetrics();
  const app = await openApp(httpConfigSchema, undefined, instrumentsFor(metrics));
  const token = app.config.DISCORD_TOKEN;
  const logger = createConsoleLogger(app.config.LOG_LEVEL, token === undefined ? [] : [token]);
  const groups = token === undefined ? undefined : groupServices(app.config.DISCORD_API_BASE, token, app.store);
  const ctx = createHandlerContext({ interviewer: app.interviewer, store: app.store, logger, ...(groups ? { groups } : {}) });
  // Every replica ticks: the holder of the store's 'daily-jobs' lease sends the daily questions, and claims
  // give each daily question and round result one sender.
  const scheduler = groups ? createGroupScheduler(ctx, { schedulerIntervalMs: SCHEDULER_INTERVAL_MS }) : undefined;
  if (scheduler === undefined) logger.info('practice channels and daily questions are off: set DISCORD_TOKEN to post them');
  const endpoint = createInteractionsServer({
    publicKey: publicKeyFromHex(app.config.DISCORD_PUBLIC_KEY),
    ctx,
    webhooks: createWebhookClient({ apiBase: app.config.DISCORD_API_BASE }),
    metrics,
    isHealthy: storeAnswers(app.store),
  });
  const port = values.port === undefined ? app.config.HTTP_PORT : Number(values.port);
  let listening: ListeningServer | undefined;
  try {
    listening = await listenOn(endpoint.server, port, app.config.HTTP_HOST).catch(cannotListen('--port / HTTP_PORT', port));
    logger.info('serving HTTP interactions', { host: app.config.HTTP_HOST, port: listening.port, path: '/interactions' });
    scheduler?.start();
    await untilSignal();
    return 0;
  } finally {
    // Stop taking requests, let the ones in progress finish their edits, then close the store.
    await scheduler?.stop();
    await listening?.close();
    await endpoint.drain(5000);
    await app.close();
    logger.info('HTTP interactions stopped');
  }
}

/** How often the scheduler looks for due daily questions and rounds to close (as the gateway bot does). */
const SCHEDULER_INTERVAL_MS = 20_000;

/** Posting on the bot's behalf needs its token. */
function groupServices(apiBase: string, token: string, store: DmChannelStore) {
  // A tenth under Discord's 50/s per bot: only the lease holder fans out, and the rest is left for the other
  // replicas' round posts.
  return createGroupServices(new REST({ api: apiBase, globalRequestsPerSecond: 45 }).setToken(token), store);
}
