import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Events,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { boot } from './helpers.ts';

const commands = [
  {
    name: 'mock-interview',
    description: 'Start a mock interview',
    options: [
      { name: 'topic', description: 'Topic', type: 3, required: true, autocomplete: true },
      { name: 'questions', description: 'How many', type: 4, min_value: 1, max_value: 10 },
    ],
  },
  { name: 'answer', description: 'Answer the current question' },
];

describe('interactions with the real discord.js client', () => {
  it('passes typed options and observes a deferred reply edited later', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(commands);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await sleep(20);
      await interaction.editReply(
        `topic=${interaction.options.getString('topic')} n=${interaction.options.getInteger('questions')}`,
      );
    });
    const i = await fake.slash({
      user: fake.user('alice'),
      name: 'mock-interview',
      options: { topic: 'graphs', questions: 3 },
    });
    expect((await i.response()).type).toBe(5);
    const original = await i.original();
    expect(original.content).toBe('topic=graphs n=3');
    expect(original.flags).toBe(MessageFlags.Ephemeral);
    expect(fake.messages()).toEqual([]); // ephemeral replies are not in the channel
    expect(fake.violations).toEqual([]);
  });

  it('refuses options a user could not send', async () => {
    const { fake } = await boot();
    fake.registerCommands(commands);
    const alice = fake.user('alice');
    await expect(fake.slash({ user: alice, name: 'mock-interview', options: { questions: 3 } })).rejects.toThrow(
      /required option "topic"/,
    );
    await expect(
      fake.slash({ user: alice, name: 'mock-interview', options: { topic: 'x', questions: 11 } }),
    ).rejects.toThrow(/outside 1..10/);
    await expect(fake.slash({ user: alice, name: 'nope' })).rejects.toThrow(/not registered/);
  });

  it('runs a modal round trip: showModal, then the user submits it', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(commands);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const input = new TextInputBuilder()
          .setCustomId('answer')
          .setStyle(TextInputStyle.Paragraph)
          .setMaxLength(1000);
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('answer-modal')
            .setTitle('Your answer')
            .addLabelComponents(new LabelBuilder().setLabel('Answer').setTextInputComponent(input)),
        );
      } else if (interaction.isModalSubmit()) {
        await interaction.reply(`got: ${interaction.fields.getTextInputValue('answer')}`);
      }
    });
    const alice = fake.user('alice');
    const opened = await fake.slash({ user: alice, name: 'answer' });
    expect((await opened.response()).type).toBe(9);
    expect(opened.modal?.title).toBe('Your answer');
    await expect(fake.submitModal({ from: opened, fields: { answer: 'x'.repeat(1001) } })).rejects.toThrow(
      /outside 0..1000/,
    );
    const submitted = await fake.submitModal({ from: opened, fields: { answer: 'Use a hash map' } });
    expect((await submitted.original()).content).toBe('got: Use a hash map');
    expect(fake.violations).toEqual([]);
  });

  it('clicks a button and a select menu on the bot message, which the bot updates', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(commands);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('hint').setLabel('Hint').setStyle(ButtonStyle.Secondary),
        );
        const menu = new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
          new StringSelectMenuBuilder()
            .setCustomId('level')
            .addOptions({ label: 'Easy', value: 'easy' }, { label: 'Hard', value: 'hard' }),
        );
        await interaction.reply({ content: 'Question 1', components: [buttons, menu] });
      } else if (interaction.isButton()) {
        await interaction.update({ content: 'Question 1 (hint: think BFS)', components: [] });
      } else if (interaction.isStringSelectMenu()) {
        await interaction.reply({ content: `level ${interaction.values.join()}`, flags: MessageFlags.Ephemeral });
      }
    });
    const alice = fake.user('alice');
    const start = await fake.slash({ user: alice, name: 'answer' });
    const question = await start.original();
    const pick = await fake.selectMenu({ user: alice, message: question, customId: 'level', values: ['hard'] });
    expect((await pick.original()).content).toBe('level hard');
    const click = await fake.clickButton({ user: alice, message: question, customId: 'hint' });
    expect((await click.response()).type).toBe(7);
    expect((await click.original()).content).toBe('Question 1 (hint: think BFS)');
    expect(fake.message(question.id)?.components).toEqual([]);
    await expect(fake.clickButton({ user: alice, message: question, customId: 'hint' })).rejects.toThrow(
      /no component/,
    );
    expect(fake.violations).toEqual([]);
  });

  it('waits for the edit after a deferred update', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(commands);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const next = new ButtonBuilder().setCustomId('next').setLabel('Next').setStyle(ButtonStyle.Primary);
        await interaction.reply({
          content: 'Question 1',
          components: [new ActionRowBuilder<ButtonBuilder>().addComponents(next)],
        });
      } else if (interaction.isButton()) {
        await interaction.deferUpdate();
        await sleep(20);
        await interaction.editReply({ content: 'Question 2' });
      }
    });
    const alice = fake.user('alice');
    const question = await (await fake.slash({ user: alice, name: 'answer' })).original();
    const click = await fake.clickButton({ user: alice, message: question, customId: 'next' });
    expect((await click.response()).type).toBe(6);
    const updated = await click.original();
    expect(updated.id).toBe(question.id);
    expect(updated.content).toBe('Question 2');
    expect(fake.violations).toEqual([]);
  });

  it('returns autocomplete choices', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(commands);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond(
        ['graphs', 'greedy', 'arrays'].filter((t) => t.startsWith(typed)).map((t) => ({ name: t, value: t })),
      );
    });
    const i = await fake.autocomplete({
      user: fake.user('alice'),
      name: 'mock-interview',
      options: { topic: 'gr' },
      focused: 'topic',
    });
    expect((await i.response()).type).toBe(8);
    expect(i.choices?.map((c) => c.value)).toEqual(['graphs', 'greedy']);
  });

  it('sends follow-ups; the first one after a defer replaces the thinking message', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(commands);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.followUp('first');
      await interaction.followUp('second');
    });
    const i = await fake.slash({ user: fake.user('alice'), name: 'answer' });
    const second = await i.followUp(1);
    expect(second.content).toBe('second');
    expect((await i.original()).content).toBe('first');
    expect(fake.messages().map((m) => m.content)).toEqual(['first', 'second']);
    expect(fake.violations).toEqual([]);
  });

  it('works in DMs and serves files the bot attaches', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(commands);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const where = interaction.inGuild() ? 'guild' : `dm:${interaction.channel?.isDMBased()}`;
      await interaction.reply({
        content: where,
        files: [new AttachmentBuilder(Buffer.from('Q1: reverse a list'), { name: 'transcript.txt' })],
      });
    });
    const alice = fake.user('alice');
    const i = await fake.slash({ user: alice, name: 'answer', channelId: fake.dmChannel(alice).id });
    expect(i.payload.user?.id).toBe(alice.id);
    expect(i.payload.context).toBe(1);
    const reply = await i.original();
    expect(reply.content).toBe('dm:true');
    expect(reply.attachments[0]?.filename).toBe('transcript.txt');
    expect(await (await fetch(reply.attachments[0]?.url ?? '')).text()).toBe('Q1: reverse a list');
    expect(fake.violations).toEqual([]);
  });
});
