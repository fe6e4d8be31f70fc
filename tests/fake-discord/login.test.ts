import { describe, expect, it } from 'vitest';
import { Events } from 'discord.js';
import { boot } from './helpers.ts';

describe('startFakeDiscord', () => {
  it('lets the real discord.js client log in and become ready with the default guild', async () => {
    const { client, fake } = await boot();
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guild.id)?.channels.cache.has(fake.channel.id)).toBe(true);
    expect(fake.unexpectedRequests).toEqual([]);
  });

  it('answers a slash command the bot replies to', async () => {
    const { client, fake } = await boot();
    fake.registerCommands([{ name: 'ping', description: 'Replies pong' }]);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(`pong ${interaction.user.username}`);
    });
    const i = await fake.slash({ user: fake.user('alice'), name: 'ping' });
    const response = await i.response();
    expect(response.type).toBe(4);
    expect(response.data).toMatchObject({ content: 'pong alice' });
    expect((await i.original()).content).toBe('pong alice');
    expect(fake.violations).toEqual([]);
  });
});
