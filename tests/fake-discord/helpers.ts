import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import { onTestFinished } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../support/fake-discord/index.ts';

export interface Running {
  fake: FakeDiscord;
  client: Client;
}

/** A fake Discord, closed when the current test finishes. */
export async function bootFake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = await startFakeDiscord(options);
  onTestFinished(() => fake.close());
  return fake;
}

/** A discord.js client pointed at the fake (not logged in), destroyed when the test finishes. */
export function clientFor(fake: FakeDiscord, clientOptions: Partial<ClientOptions> = {}): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    rest: { api: fake.apiBase },
    ...clientOptions,
  });
  onTestFinished(() => client.destroy());
  return client;
}

/** A fake and a real discord.js client logged in to it and ready; both closed after the test. */
export async function boot(
  options: FakeDiscordOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): Promise<Running> {
  const fake = await bootFake(options);
  const client = clientFor(fake, clientOptions);
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return { fake, client };
}
