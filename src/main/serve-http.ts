import { parseArgs } from 'node:util';
import { REST } from 'discord.js';
import { settlesWithin } from '../adapters/discord/gateway.ts';
import { createHandlerContext } from '../adapters/discord/handler-context.ts';
import type { DmChannelStore } from '../adapters/discord/scheduler/dm-channels.ts';
import { createGroupScheduler, createGroupServices } from '../adapters/discord/scheduler/group-study.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { httpConfigSchema } from '../adapters/http/http-config.ts';
import { createInteractionsServer } from '../adapters/http/interactions-server.ts';
import { publicKeyFromHex } from '../adapters/http/signature.ts';
import { createWebhookClient } from '../adapters/http/webhooks.ts';
import { createAppMetrics, instrumentsFor, storeAnswers } from '../adapters/metrics/app-metrics.ts';
import { listenOn, type ListeningServer } from '../adapters/metrics/probe-server.ts';
import { cannotListen, openApp, UserFacingError } from './open-app.ts';
import { watchForShutdown } from './shutdown.ts';

/** `mock-interviewer serve-http [--port N]`: Discord's HTTP-interactions endpoint, until SIGINT or SIGTERM. */
export async function serveHttpMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { port: { type: 'string' } } });
  if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) throw new UserFacingError('--port must be a port number (0-65535)');
  const shutdown = watchForShutdown();
  const metrics = createAppMetrics();
  const app = await shutdown.unlessRequested(openApp(httpConfigSchema, undefined, instrumentsFor(metrics)));
  if (app === undefined) return 0;
  const token = app.config.DISCORD_TOKEN;
  const logger = createConsoleLogger(app.config.LOG_LEVEL, token === undefined ? [] : [token]);
  shutdown.useLogger(logger);
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
    await shutdown.requested;
    return 0;
  } finally {
    // Stop taking requests, let the ones in progress finish their edits, then close the store; a client
    // holding a connection open (a slow or unfinished request) is cut after the grace.
    await scheduler?.stop();
    await listening?.close(CLOSE_GRACE_MS);
    await endpoint.drain(DRAIN_MS);
    // A store that stopped answering must not hold the stop: its open transactions roll back on their own.
    if (!(await settlesWithin(1500, app.close()))) logger.warn('store did not close in time; leaving it');
    logger.info('HTTP interactions stopped');
    shutdown.closed();
  }
}

/** Both within the stop deadline (8 s), with room left to close the store. */
const CLOSE_GRACE_MS = 3000;
const DRAIN_MS = 3000;

/** How often the scheduler looks for due daily questions and rounds to close (as the gateway bot does). */
const SCHEDULER_INTERVAL_MS = 20_000;

/** Posting on the bot's behalf needs its token. */
function groupServices(apiBase: string, token: string, store: DmChannelStore) {
  // A tenth under Discord's 50/s per bot: only the lease holder fans out, and the rest is left for the other
  // replicas' round posts.
  return createGroupServices(new REST({ api: apiBase, globalRequestsPerSecond: 45 }).setToken(token), store);
}
