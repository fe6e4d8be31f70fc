import { setTimeout as sleep } from 'node:timers/promises';
import {
  DiscordAPIError,
  EmbedBuilder,
  Routes,
  Events,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  ActionRowBuilder,
  type Interaction,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { boot, bootFake, clientFor } from './helpers.ts';

/** Installs a handler and returns a promise for the error it throws (or undefined). */
function captureError(
  client: import('discord.js').Client,
  handler: (i: Interaction) => Promise<unknown>,
): Promise<DiscordAPIError | undefined> {
  return new Promise((resolve) => {
    client.on(Events.InteractionCreate, (i) => {
      handler(i).then(
        () => resolve(undefined),
        (error: unknown) => resolve(error as DiscordAPIError),
      );
    });
  });
}

const ping = [{ name: 'ping', description: 'ping' }];

describe('rules Discord enforces', () => {
  it('rejects a second acknowledgement with 40060 (two concurrent replies)', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(ping);
    // discord.js refuses a second reply locally once the first has finished; two in flight reach Discord.
    const result = captureError(client, async (i) => {
      if (i.isChatInputCommand()) await Promise.all([i.reply('one'), i.reply('two')]);
    });
    const i = await fake.slash({ user: fake.user('alice'), name: 'ping' });
    const error = await result;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error?.code).toBe(40060);
    expect(error?.status).toBe(400);
    expect(i.callbacks.map((c) => c.status)).toEqual([204, 400]);
    expect(fake.violations.map((v) => v.code)).toEqual([40060]);
  });

  it('answers 10062 to a first response after the deadline', async () => {
    const { client, fake } = await boot({ ackDeadlineMs: 200 });
    fake.registerCommands(ping);
    const result = captureError(client, async (i) => {
      await sleep(300);
      if (i.isChatInputCommand()) await i.reply('too late');
    });
    const i = await fake.slash({ user: fake.user('alice'), name: 'ping' });
    expect((await result)?.code).toBe(10062);
    await expect(i.response({ timeoutMs: 50 })).rejects.toThrow(/10062 Unknown interaction/);
    expect(i.callbacks[0]?.latencyMs).toBeGreaterThanOrEqual(300);
  });

  it('rejects 2001 characters of content with 50035 and says where', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(ping);
    const result = captureError(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply('x'.repeat(2001));
    });
    await fake.slash({ user: fake.user('alice'), name: 'ping' });
    const error = await result;
    expect(error?.code).toBe(50035);
    expect(error?.message).toContain('data.content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.');
  });

  it('counts embed limits: 4096 description, 25 fields, 6000 in total', async () => {
    const { client, fake } = await boot();
    const channel = await client.channels.fetch(fake.channel.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    const long = new EmbedBuilder().setDescription('d'.repeat(4000));
    await expect(channel.send({ embeds: [long, long] })).rejects.toMatchObject({
      code: 50035,
      message: expect.stringContaining('MAX_EMBED_SIZE_EXCEEDED'),
    });
    const fields = Array.from({ length: 26 }, (_, n) => ({ name: `f${n}`, value: 'v' }));
    await expect(channel.send({ embeds: [{ fields }] })).rejects.toMatchObject({
      code: 50035,
      message: expect.stringContaining('embeds[0].fields[BASE_TYPE_MAX_LENGTH]'),
    });
    await channel.send({ embeds: [new EmbedBuilder().setTitle('ok').setDescription('d'.repeat(4096))] });
    expect(fake.messages()).toHaveLength(1);
  });

  it('refuses a modal as the answer to a modal submit', async () => {
    const { client, fake } = await boot();
    const modal = new ModalBuilder()
      .setCustomId('again')
      .setTitle('Again')
      .addComponents(
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder().setCustomId('a').setLabel('A').setStyle(TextInputStyle.Short),
        ),
      );
    // discord.js has no showModal on a modal submit; a bot calling the API directly would get this.
    const result = captureError(client, async (i) => {
      if (i.isModalSubmit())
        await client.rest.post(Routes.interactionCallback(i.id, i.token), {
          body: { type: 9, data: modal.toJSON() },
          auth: false,
        });
    });
    await fake.submitModal({ user: fake.user('alice'), customId: 'first', fields: { a: 'x' } });
    const error = await result;
    expect(error?.code).toBe(50035);
    expect(error?.message).toContain('INTERACTION_RESPONSE_TYPE_INVALID');
  });

  it('expires interaction webhooks after the token lifetime (401 50027)', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(ping);
    const seen = new Promise<Interaction>((resolve) =>
      client.on(Events.InteractionCreate, async (i) => {
        if (i.isChatInputCommand()) await i.deferReply();
        resolve(i);
      }),
    );
    const i = await fake.slash({ user: fake.user('alice'), name: 'ping' });
    const interaction = await seen;
    await i.response();
    fake.advanceClock(15 * 60 * 1000 + 1);
    if (!interaction.isChatInputCommand()) throw new Error('unexpected');
    await expect(interaction.editReply('late result')).rejects.toMatchObject({ code: 50027, status: 401 });
  });

  it('answers 10015 for @original before any callback, and 404 JSON for unknown routes', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(ping);
    const i = await fake.slash({ user: fake.user('alice'), name: 'ping' });
    await expect(
      client.rest.get(`/webhooks/${fake.applicationId}/${i.token}/messages/@original`, { auth: false }),
    ).rejects.toMatchObject({ code: 10015 });
    await expect(client.rest.get('/guilds/1/audit-logs')).rejects.toMatchObject({ status: 404 });
    expect(fake.unexpectedRequests.map((r) => r.routeKey)).toEqual(['GET <unknown>']);
  });

  it('refuses more than 25 autocomplete choices', async () => {
    const { client, fake } = await boot();
    fake.registerCommands([
      {
        name: 'topic',
        description: 'pick',
        options: [{ name: 'name', description: 'n', type: 3, autocomplete: true }],
      },
    ]);
    const result = captureError(client, async (i) => {
      if (i.isAutocomplete())
        await i.respond(Array.from({ length: 26 }, (_, n) => ({ name: `t${n}`, value: `t${n}` })));
    });
    await fake.autocomplete({ user: fake.user('alice'), name: 'topic', options: { name: 't' }, focused: 'name' });
    expect((await result)?.code).toBe(50035);
  });

  it('fails login with a wrong token (REST 401) and closes the gateway with 4004', async () => {
    const fake = await bootFake();
    const client = clientFor(fake);
    await expect(client.login('wrong-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(fake.gatewayUrl);
    const code = await new Promise<number>((resolve) => {
      ws.on('message', () => ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } })));
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(4004);
    expect(fake.violations.map((v) => v.kind)).toEqual(['auth']);
  });
});
