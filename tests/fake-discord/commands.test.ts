import {
  ApplicationCommandOptionType,
  Events,
  SlashCommandBuilder,
  type ApplicationCommandDataResolvable,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { boot } from './helpers.ts';

describe('command registration', () => {
  it('stores commands set through discord.js (global and guild) and routes slash commands to them', async () => {
    const { client, fake } = await boot();
    const start = new SlashCommandBuilder()
      .setName('mock-interview')
      .setDescription('Start')
      .addStringOption((o) =>
        o.setName('topic').setDescription('Topic').setRequired(true).addChoices({ name: 'Graphs', value: 'graphs' }),
      );
    await client.application?.commands.set([start.toJSON()]);
    await client.application?.commands.set([{ name: 'stats', description: 'Your stats' }], fake.guild.id);
    expect(fake.commands.global.map((c) => c.name)).toEqual(['mock-interview']);
    expect(fake.commands.list(fake.guild.id).map((c) => c.name)).toEqual(['stats']);
    expect((await client.application?.commands.fetch())?.map((c) => c.name)).toEqual(['mock-interview']);

    const names: string[] = [];
    client.on(Events.InteractionCreate, async (i) => {
      if (!i.isChatInputCommand()) return;
      names.push(`${i.commandName}:${i.commandId}`);
      await i.reply({ content: 'ok', withResponse: true });
    });
    const alice = fake.user('alice');
    await expect(fake.slash({ user: alice, name: 'mock-interview', options: { topic: 'trees' } })).rejects.toThrow(
      /not one of the choices/,
    );
    await (await fake.slash({ user: alice, name: 'mock-interview', options: { topic: 'graphs' } })).response();
    await (await fake.slash({ user: alice, name: 'stats' })).response();
    expect(names).toEqual([
      `mock-interview:${fake.commands.global[0]?.id}`,
      `stats:${fake.commands.list(fake.guild.id)[0]?.id}`,
    ]);
    expect(fake.violations).toEqual([]);
  });

  it.each([
    ['an uppercase name', [{ name: 'Mock', description: 'd' }], 'APPLICATION_COMMAND_INVALID_NAME'],
    ['a 101-character description', [{ name: 'mock', description: 'd'.repeat(101) }], 'BASE_TYPE_BAD_LENGTH'],
    [
      '26 options',
      [
        {
          name: 'mock',
          description: 'd',
          options: Array.from({ length: 26 }, (_, n) => ({
            name: `o${n}`,
            description: 'd',
            type: ApplicationCommandOptionType.String,
          })),
        },
      ],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      '26 choices',
      [
        {
          name: 'mock',
          description: 'd',
          options: [
            {
              name: 'o',
              description: 'd',
              type: ApplicationCommandOptionType.String,
              choices: Array.from({ length: 26 }, (_, n) => ({ name: `c${n}`, value: `c${n}` })),
            },
          ],
        },
      ],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a required option after an optional one',
      [
        {
          name: 'mock',
          description: 'd',
          options: [
            { name: 'a', description: 'd', type: ApplicationCommandOptionType.String },
            { name: 'b', description: 'd', type: ApplicationCommandOptionType.String, required: true },
          ],
        },
      ],
      'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
    ],
  ])('refuses %s with 50035', async (_what, body, code) => {
    const { client } = await boot();
    await expect(client.application?.commands.set(body as ApplicationCommandDataResolvable[])).rejects.toMatchObject({
      code: 50035,
      message: expect.stringContaining(code),
    });
  });

  it("records request bodies that do not match Discord's published schema", async () => {
    const { client, fake } = await boot();
    await client.rest.post(`/channels/${fake.channel.id}/messages`, { body: { content: 'hi', colour: 'red' } });
    expect(fake.violations).toMatchObject([
      {
        kind: 'schema',
        routeKey: 'POST /channels/{channel_id}/messages',
        details: [{ code: 'unrecognized_keys', keys: ['colour'] }],
      },
    ]);
  });
});
