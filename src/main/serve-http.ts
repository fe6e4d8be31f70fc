import { parseArgs } from 'node:util';
import { settlesWithin } from '../adapters/discord/gateway/gateway.ts';
import { createHttpBot } from '../adapters/discord/http/http-bot.ts';
import { httpConfigSchema } from '../adapters/discord/http/http-config.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { createAppMetrics, instrumentsFor } from '../adapters/metrics/app-metrics.ts';
import { DISCORD_REQUESTS_PER_SECOND, SCHEDULER_INTERVAL_MS } from './discord-pacing.ts';
import { cannotListen, openApp, UserFacingError } from './open-app.ts';
import { watchForShutdown } from './shutdown.ts';

/** `mock-interviewer serve-http [--port N]`: Discord's HTTP-interactions endpoint, until SIGINT or SIGTERM. */
export async function serveHttpMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { port: { type: 'string' } } });
  if (values.port !== undefined && !/^\d{1,5}$/.test(values.port))
    throw new UserFacingError('--port must be a port number (0-65535)');
  const shutdown = watchForShutdown();
  const metrics = createAppMetrics();
  const app = await shutdown.unlessRequested(openApp(httpConfigSchema, undefined, instrumentsFor(metrics)));
  if (app === undefined) return 0;
  const token = app.config.DISCORD_TOKEN;
  const logger = createConsoleLogger(app.config.LOG_LEVEL, token === undefined ? [] : [token]);
  shutdown.useLogger(logger);
  const bot = createHttpBot({
    interviewer: app.interviewer,
    store: app.store,
    learning: app.learning,
    config: app.config,
    logger,
    metrics,
    groupStudy: { schedulerIntervalMs: SCHEDULER_INTERVAL_MS },
    // Only the lease holder fans out the daily questions, so one replica may use the bot's whole share.
    restGlobalPerSecond: DISCORD_REQUESTS_PER_SECOND,
  });
  const port = values.port === undefined ? app.config.HTTP_PORT : Number(values.port);
  try {
    const listening = await bot.start(port, app.config.HTTP_HOST).catch(cannotListen('--port / HTTP_PORT', port));
    logger.info('serving HTTP interactions', { host: app.config.HTTP_HOST, port: listening, path: '/interactions' });
    await shutdown.requested;
    return 0;
  } finally {
    // Stop taking requests, let the ones in progress finish their edits (a client holding a connection open
    // is cut after a grace), then close the store; one that stopped answering must not hold the stop.
    await bot.stop();
    if (!(await settlesWithin(1500, app.close()))) logger.warn('store did not close in time; leaving it');
    logger.info('HTTP interactions stopped');
    shutdown.closed();
  }
}
