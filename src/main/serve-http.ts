import { parseArgs } from 'node:util';
import { createHandlerContext } from '../adapters/discord/handler-context.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { httpConfigSchema } from '../adapters/http/http-config.ts';
import { createInteractionsServer } from '../adapters/http/interactions-server.ts';
import { publicKeyFromHex } from '../adapters/http/signature.ts';
import { createWebhookClient } from '../adapters/http/webhooks.ts';
import { createAppMetrics, instrumentsFor, storeAnswers } from '../adapters/metrics/app-metrics.ts';
import { listenOn, type ListeningServer } from '../adapters/metrics/probe-server.ts';
import { cannotListen, openApp, untilSignal, UserFacingError } from './open-app.ts';

/** `mock-interviewer serve-http [--port N]`: Discord's HTTP-interactions endpoint, until SIGINT or SIGTERM. */
export async function serveHttpMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { port: { type: 'string' } } });
  if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) throw new UserFacingError('--port must be a port number (0-65535)');
  const metrics = createAppMetrics();
  const app = await openApp(httpConfigSchema, undefined, instrumentsFor(metrics));
  const logger = createConsoleLogger(app.config.LOG_LEVEL);
  const endpoint = createInteractionsServer({
    publicKey: publicKeyFromHex(app.config.DISCORD_PUBLIC_KEY),
    ctx: createHandlerContext({ interviewer: app.interviewer, store: app.store, logger }),
    webhooks: createWebhookClient({ apiBase: app.config.DISCORD_API_BASE }),
    metrics,
    isHealthy: storeAnswers(app.store),
  });
  const port = values.port === undefined ? app.config.HTTP_PORT : Number(values.port);
  let listening: ListeningServer | undefined;
  try {
    listening = await listenOn(endpoint.server, port, app.config.HTTP_HOST).catch(cannotListen('--port / HTTP_PORT', port));
    logger.info('serving HTTP interactions', { host: app.config.HTTP_HOST, port: listening.port, path: '/interactions' });
    await untilSignal();
    return 0;
  } finally {
    // Stop taking requests, let the ones in progress finish their edits, then close the store.
    await listening?.close();
    await endpoint.drain(5000);
    await app.close();
    logger.info('HTTP interactions stopped');
  }
}
