import { parseArgs } from 'node:util';
import { createHttpBot } from '../adapters/discord/http/http-bot.ts';
import { httpConfigSchema } from '../adapters/discord/http/http-config.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { createAppMetrics, instrumentsFor } from '../adapters/metrics/app-metrics.ts';
import { DISCORD_REQUESTS_PER_SECOND, SCHEDULER_INTERVAL_MS } from './discord-pacing.ts';
import { cannotListen, openApp, untilSignal, UserFacingError } from './open-app.ts';

/** `mock-interviewer serve-http [--port N]`: Discord's HTTP-interactions endpoint, until SIGINT or SIGTERM. */
export async function serveHttpMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { port: { type: 'string' } } });
  if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) throw new UserFacingError('--port must be a port number (0-65535)');
  const metrics = createAppMetrics();
  const app = await openApp(httpConfigSchema, undefined, instrumentsFor(metrics));
  const token = app.config.DISCORD_TOKEN;
  const logger = createConsoleLogger(app.config.LOG_LEVEL, token === undefined ? [] : [token]);
  const bot = createHttpBot({
    interviewer: app.interviewer, store: app.store, config: app.config, logger, metrics,
    groupStudy: { schedulerIntervalMs: SCHEDULER_INTERVAL_MS },
    // Only the lease holder fans out the daily questions, so one replica may use the bot's whole share.
    restGlobalPerSecond: DISCORD_REQUESTS_PER_SECOND,
  });
  const port = values.port === undefined ? app.config.HTTP_PORT : Number(values.port);
  try {
    const listening = await bot.start(port, app.config.HTTP_HOST).catch(cannotListen('--port / HTTP_PORT', port));
    logger.info('serving HTTP interactions', { host: app.config.HTTP_HOST, port: listening, path: '/interactions' });
    await untilSignal();
    return 0;
  } finally {
    // Stop taking requests, let the ones in progress finish their edits, then close the store.
    await bot.stop();
    await app.close();
    logger.info('HTTP interactions stopped');
  }
}
