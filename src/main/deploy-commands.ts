import { deployConfigSchema } from '../adapters/discord/gateway/bot-config.ts';
import { deployCommands } from '../adapters/discord/deploy.ts';
import { readEnv, UserFacingError } from './open-app.ts';

/** `mock-interviewer deploy-commands`: registers the slash commands in DISCORD_GUILD_ID (instantly) or globally. */
export async function deployCommandsMain(): Promise<number> {
  const config = readEnv(deployConfigSchema);
  const result = await deployCommands(config).catch((error: Error) => {
    throw new UserFacingError(
      `Discord refused the commands: ${error.message} (check DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_GUILD_ID)`,
    );
  });
  const where =
    result.guildId === null
      ? 'globally (new commands can take a few minutes to show up)'
      : `in server ${result.guildId} (available now)`;
  process.stdout.write(
    `Registered ${result.names.length} commands ${where}: ${result.names.map((n) => `/${n}`).join(', ')}\n`,
  );
  return 0;
}
