import { once } from 'node:events';
import { ChannelType, Events, GatewayIntentBits, Partials, type Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { boot } from './helpers.ts';

describe('messages, DMs and threads', () => {
  it('opens a DM, records what the bot sent, and refuses users who block DMs (50007)', async () => {
    const { client, fake } = await boot();
    const alice = fake.user('alice');
    const bob = fake.user('bob', { dmsOpen: false });
    await (await client.users.fetch(alice.id)).send('Your next interview is tomorrow');
    expect(fake.dmsTo(alice).map((m) => m.content)).toEqual(['Your next interview is tomorrow']);
    await expect((await client.users.fetch(bob.id)).send('hi')).rejects.toMatchObject({ code: 50007, status: 403 });
  });

  it('delivers user DMs (with Partials.Channel) and voice messages whose audio the bot can download', async () => {
    const { client, fake } = await boot();
    const alice = fake.user('alice');
    const received = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.sendMessage({ user: alice, content: 'hello bot' });
    const [text] = await received;
    expect(text.content).toBe('hello bot');
    expect(text.channel.type).toBe(ChannelType.DM);

    const audio = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3]);
    const voiceArrived = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.sendVoiceMessage({ user: alice, audio, durationSecs: 2.5 });
    const [voice] = await voiceArrived;
    const attachment = voice.attachments.first();
    expect(voice.flags.has('IsVoiceMessage')).toBe(true);
    expect(attachment?.contentType).toBe('audio/ogg');
    expect(attachment?.duration).toBe(2.5);
    const bytes = new Uint8Array(await (await fetch(attachment?.url ?? '')).arrayBuffer());
    expect(bytes).toEqual(audio);
  });

  it('hides guild message content without the MESSAGE_CONTENT intent, unless the bot is mentioned', async () => {
    const { client, fake } = await boot();
    const contents: string[] = [];
    client.on(Events.MessageCreate, (m) => contents.push(m.content));
    const alice = fake.user('alice');
    fake.sendMessage({ user: alice, channelId: fake.channel.id, content: 'secret answer' });
    fake.sendMessage({ user: alice, channelId: fake.channel.id, content: `<@${fake.bot.id}> help` });
    await fake.waitFor(() => (contents.length === 2 ? true : undefined));
    expect(contents).toEqual(['', `<@${fake.bot.id}> help`]);
  });

  it('shows guild message content to a bot with the MESSAGE_CONTENT intent, and closes 4014 when it is not enabled', async () => {
    const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];
    const { client, fake } = await boot({}, { intents, partials: [Partials.Channel] });
    const got = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.sendMessage({ user: fake.user('alice'), channelId: fake.channel.id, content: 'visible' });
    expect((await got)[0].content).toBe('visible');

    const denied = await boot({ privilegedIntents: { messageContent: false } }, {}).then(async ({ fake: f }) => {
      const { Client } = await import('discord.js');
      const c = new Client({ intents, rest: { api: f.apiBase } });
      const closed = f.waitForGateway('close');
      void c.login(f.token).catch(() => undefined);
      const entry = await closed;
      await c.destroy();
      return entry.code;
    });
    expect(denied).toBe(4014);
  });

  it('creates threads with and without a starter message', async () => {
    const { client, fake } = await boot();
    const channel = await client.channels.fetch(fake.channel.id);
    if (channel?.type !== ChannelType.GuildText) throw new Error('not a text channel');
    const privateThread = await channel.threads.create({ name: 'interview-alice', type: ChannelType.PrivateThread });
    await privateThread.members.add(fake.user('alice').id);
    await privateThread.send('Question 1');
    const starter = await channel.send('Interview started');
    const publicThread = await starter.startThread({ name: 'discussion' });
    expect(publicThread.id).toBe(starter.id);
    expect(fake.threads(fake.channel.id).map((t) => [t.name, t.type])).toEqual([
      ['interview-alice', 12],
      ['discussion', 11],
    ]);
    expect(fake.messages(privateThread.id).map((m) => m.content)).toEqual(['Question 1']);
    expect(fake.state.threadMembers.get(privateThread.id)?.has(fake.user('alice').id)).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('lists bot messages that would ping someone', async () => {
    const { client, fake } = await boot();
    const channel = await client.channels.fetch(fake.channel.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    const echoed = 'my answer @everyone <@&123456789012345678>';
    await channel.send({ content: `You said: ${echoed}`, allowedMentions: { parse: [] } });
    await channel.send(`You said: ${echoed}`);
    const unsafe = fake.messagesWithUnsafeMentions();
    expect(unsafe).toHaveLength(1);
    expect(unsafe[0]?.pings).toEqual({ users: [], roles: ['123456789012345678'], everyone: true });
  });
});
