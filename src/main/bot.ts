import { botConfigSchema } from '../adapters/discord/gateway/bot-config.ts';
import { createBot } from '../adapters/discord/gateway/gateway.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { shardsOf } from '../adapters/discord/gateway/shard-config.ts';
import { openVoice } from '../adapters/discord/voice/open-voice.ts';
import { createAppMetrics, instrumentsFor, storeAnswers } from '../adapters/metrics/app-metrics.ts';
import { startProbeServer, type ListeningServer } from '../adapters/metrics/probe-server.ts';
import { requestsPerSecondOf, SCHEDULER_INTERVAL_MS } from './discord-pacing.ts';
import { cannotListen, openApp, untilSignal, UserFacingError } from './open-app.ts';

/** `mock-interviewer bot` (and `npm start`): the gateway bot, until SIGINT or SIGTERM. */
export async function botMain(): Promise<number> {
  const metrics = createAppMetrics();
  const app = await openApp(botConfigSchema, undefined, instrumentsFor(metrics));
  const logger = createConsoleLogger(app.config.LOG_LEVEL, [app.config.DISCORD_TOKEN]);
  const shards = shardsOf(app.config);
  // Voice answers and spoken questions; without the speech packages they are off (said in the log) and text works.
  const voice = await openVoice(app.config, logger);
  const bot = createBot({
    interviewer: app.interviewer, store: app.store, config: app.config, logger, metrics, voice, ...(shards ? { shards } : {}),
    // Every process ticks; claims in the store keep each daily question and round result to one sender.
    groupStudy: { schedulerIntervalMs: SCHEDULER_INTERVAL_MS },
    restGlobalPerSecond: requestsPerSecondOf(shards),
  });
  const port = app.config.METRICS_PORT;
  let probes: ListeningServer | undefined;
  try {
    if (port !== undefined) probes = await startProbeServer({ registry: metrics.registry, isHealthy: storeAnswers(app.store) }, port).catch(cannotListen('METRICS_PORT', port));
    await bot.start().catch((error: Error) => {
      const hint = /token/i.test(error.message) ? 'check DISCORD_TOKEN' : 'check DISCORD_API_BASE and the network';
      throw new UserFacingError(`Could not connect to Discord at ${app.config.DISCORD_API_BASE}: ${error.message} (${hint})`);
    });
    if (probes) logger.info('metrics served', { port: probes.port });
    await untilSignal();
    return 0;
  } finally {
    await probes?.close();
    await bot.stop();
    await app.close();
  }
}
