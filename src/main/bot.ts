import { botConfigSchema } from '../adapters/discord/gateway/bot-config.ts';
import { createBot, settlesWithin } from '../adapters/discord/gateway/gateway.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { shardsOf } from '../adapters/discord/gateway/shard-config.ts';
import { openVoice } from '../adapters/discord/voice/open-voice.ts';
import { createAppMetrics, instrumentsFor, storeAnswers } from '../adapters/metrics/app-metrics.ts';
import { startProbeServer, type ListeningServer } from '../adapters/metrics/probe-server.ts';
import { requestsPerSecondOf, SCHEDULER_INTERVAL_MS } from './discord-pacing.ts';
import { cannotListen, openApp, UserFacingError } from './open-app.ts';
import { watchForShutdown } from './shutdown.ts';

/** `mock-interviewer bot` (and `npm start`): the gateway bot, until SIGINT or SIGTERM. */
export async function botMain(): Promise<number> {
  // Listening from the start: a stop while the store or the gateway is still connecting is a stop too.
  const shutdown = watchForShutdown();
  const metrics = createAppMetrics();
  const app = await shutdown.unlessRequested(openApp(botConfigSchema, undefined, instrumentsFor(metrics)));
  if (app === undefined) return 0;
  const logger = createConsoleLogger(app.config.LOG_LEVEL, [app.config.DISCORD_TOKEN]);
  shutdown.useLogger(logger);
  const shards = shardsOf(app.config);
  // Voice answers and spoken questions; without the speech packages they are off (said in the log) and text works.
  const voice = await openVoice(app.config, logger);
  const bot = createBot({
    interviewer: app.interviewer,
    store: app.store,
    learning: app.learning,
    config: app.config,
    logger,
    metrics,
    voice,
    ...(shards ? { shards } : {}),
    // Every process ticks; claims in the store keep each daily question and round result to one sender.
    groupStudy: { schedulerIntervalMs: SCHEDULER_INTERVAL_MS },
    restGlobalPerSecond: requestsPerSecondOf(shards),
  });
  const port = app.config.METRICS_PORT;
  let probes: ListeningServer | undefined;
  try {
    if (port !== undefined)
      probes = await startProbeServer({ registry: metrics.registry, isHealthy: storeAnswers(app.store) }, port).catch(
        cannotListen('METRICS_PORT', port),
      );
    if (probes) logger.info('metrics served', { port: probes.port });
    logger.info('connecting to Discord', { api: app.config.DISCORD_API_BASE });
    await shutdown.unlessRequested(
      bot.start().catch((error: Error) => {
        const hint = /token/i.test(error.message) ? 'check DISCORD_TOKEN' : 'check DISCORD_API_BASE and the network';
        throw new UserFacingError(
          `Could not connect to Discord at ${app.config.DISCORD_API_BASE}: ${error.message} (${hint})`,
        );
      }),
    );
    await shutdown.requested;
    return 0;
  } finally {
    await probes?.close(1000);
    await bot.stop();
    // A store that stopped answering must not hold the stop: its open transactions roll back on their own.
    if (!(await settlesWithin(1500, app.close()))) logger.warn('store did not close in time; leaving it');
    shutdown.closed();
  }
}
