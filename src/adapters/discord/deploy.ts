import { REST, Routes } from 'discord.js';
import type { DeployConfig } from './gateway/bot-config.ts';
import { commandDefinitions } from './commands.ts';

export interface DeployResult {
  names: string[];
  /** The server the commands went to, or null when registered globally. */
  guildId: string | null;
}

/** Overwrites the application's slash commands with `commandDefinitions` (bulk PUT: idempotent). */
export async function deployCommands(
  config: Pick<DeployConfig, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_BASE'>,
): Promise<DeployResult> {
  const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(config.DISCORD_TOKEN);
  const appId = config.DISCORD_APPLICATION_ID;
  const guildId = config.DISCORD_GUILD_ID ?? null;
  const route = guildId === null ? Routes.applicationCommands(appId) : Routes.applicationGuildCommands(appId, guildId);
  const saved = (await rest.put(route, { body: commandDefinitions })) as { name: string }[];
  return { names: saved.map((c) => c.name), guildId };
}
