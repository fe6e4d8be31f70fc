import { botConfigSchema } from '../adapters/discord/bot-config.ts';
import { createBot } from '../adapters/discord/gateway.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { openApp, UserFacingError } from './open-app.ts';

/** `mock-interviewer bot` (and `npm start`): the gateway bot, until SIGINT or SIGTERM. */
export async function botMain(): Promise<number> {
  const app = await openApp(botConfigSchema);
  const logger = createConsoleLogger(app.config.LOG_LEVEL, [app.config.DISCORD_TOKEN]);
  const bot = createBot({ interviewer: app.interviewer, store: app.store, config: app.config, logger });
  try {
    await bot.start().catch((error: Error) => {
      const hint = /token/i.test(error.message) ? 'check DISCORD_TOKEN' : 'check DISCORD_API_BASE and the network';
      throw new UserFacingError(`Could not connect to Discord at ${app.config.DISCORD_API_BASE}: ${error.message} (${hint})`);
    });
    await untilSignal();
    return 0;
  } finally {
    await bot.stop();
    await app.close();
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
