import type { APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  buttons,
  click,
  goodAnswer,
  isEphemeral,
  noticeOf,
  questionOf,
  textOf,
  titleOf,
} from './support/drive.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupBot, type GroupHarness } from './support/group-harness.ts';

let h: GroupHarness;
let bot: GroupBot;

beforeAll(async () => {
  h = await openGroupHarness('2026-03-02T09:00:00.000Z');
  bot = await h.startBot();
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

const MINUTE = 60_000;

async function makePracticeChannel(name: string, minutes = 10) {
  const channel = h.fake.createChannel(name);
  const mod = h.moderator('mona');
  const set = await h.fake.slash({
    user: mod,
    name: 'practice-channel',
    subcommand: 'set',
    options: { channel: channel.id, topic: 'sql', 'round-minutes': minutes },
  });
  expect(await noticeOf(set)).toBe(
    `<#${channel.id}> is now a practice channel: rounds of ${minutes} minute(s) on sql. Anyone there can start one with /round start.`,
  );
  return channel;
}

/** `/round start` by `user` in the channel; returns the private acknowledgement and the public round message. */
async function startRound(user: APIUser, channelId: string) {
  const posted = h.fake.waitForMessage({ channelId });
  const handle = await h.fake.slash({ user, name: 'round', subcommand: 'start', channelId });
  const ack = await handle.original();
  return { ack, round: await posted };
}

const publicBotMessages = (channelId: string) =>
  h.fake.messages(channelId).filter((m) => m.author.id === h.fake.bot.id);

describe('a practice round with three members', () => {
  it('grades each answer privately, ranks the first answers, posts the results and opens a thread', async () => {
    const channel = await makePracticeChannel('study-group');
    const [ada, bob, cy] = [h.fake.user('ada'), h.fake.user('bob'), h.fake.user('cy')];
    const { ack, round } = await startRound(ada, channel.id);
    expect(isEphemeral(ack)).toBe(true);
    expect(ack.content).toMatch(/^Round started: the question is in the channel\. It closes <t:\d+:R>/);
    expect(titleOf(round)).toBe('Practice round');
    expect(buttons(round).map((b) => b.label)).toEqual(['Answer']);
    const question = questionOf(round);
    expect(question.topic).toBe('sql');
    const [first, second] = question.rubric.keyPoints.map((k) => k.id);

    const adaAnswer = await answer(h.fake, ada, round, goodAnswer(round));
    const bobAnswer = await answer(h.fake, bob, round, goodAnswer(round, [first!]));
    const cyAnswer = await answer(h.fake, cy, round, 'No idea, something about tables maybe.');
    for (const { message } of [adaAnswer, bobAnswer, cyAnswer]) {
      expect(isEphemeral(message)).toBe(true);
      expect(message.content).toMatch(/^This answer counts for the round\. Results <t:\d+:R>\.$/);
    }
    expect(titleOf(adaAnswer.message)).toBe('Quick question · Score 100/100');
    expect(titleOf(bobAnswer.message)).toBe('Quick question · Score 50/100');
    expect(buttons(adaAnswer.message).map((b) => b.label)).toEqual(['Retry']);
    // Nothing but the question is public while the round runs: nobody can copy anybody.
    expect(publicBotMessages(channel.id).map((m) => m.id)).toEqual([round.id]);

    // A retry is graded too, but the first answer is the one that counts.
    const retry = await answer(h.fake, cy, cyAnswer.message, goodAnswer(round), 'Retry');
    expect(retry.message.content).toBe(
      'This retry is just for you: your first answer is the one that counts for the round.',
    );
    expect(titleOf(retry.message)).toBe('Quick question · Retry scored 100/100');
    const again = await click(h.fake, cy, round, 'Answer');
    expect(await noticeOf(again)).toBe('You have already used your retry for this question.');

    const opened = await click(h.fake, bob, round, 'Answer');
    await opened.response();
    h.at(10 * MINUTE);
    const report = await bot.tick();
    expect(report.roundsClosed).toBe(1);

    const results = publicBotMessages(channel.id).at(-1)!;
    expect(titleOf(results)).toBe('Practice round · results');
    const text = textOf(results);
    expect(text).toContain(`🥇 <@${ada.id}> — **100/100**\n🥈 <@${bob.id}> — **50/100**\n🥉 <@${cy.id}> — **0/100**`);
    const missed = question.rubric.keyPoints.find((k) => k.id === second)!;
    expect(text).toContain(`Most missed key point\n${missed.text} (see ${missed.source}) — missed by 2 of 3`);
    expect(text).toContain(`Model answer\n${question.modelAnswer}`);
    expect(results.embeds[0]?.footer?.text).toBe('3 answered · 1 retry · average 50/100 · discuss in the thread');
    expect(h.fake.threads(channel.id).map((t) => [t.id, t.name])).toEqual([
      [results.id, `Discuss: ${question.prompt}`],
    ]);

    // The question loses its Answer button; an answer box opened before the close is refused.
    expect(buttons(h.fake.message(round.id)!)).toEqual([]);
    const late = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(round) } });
    expect(await noticeOf(late)).toBe(
      'That round has closed, so answers are no longer taken. Its results are in the channel.',
    );
    expect((await bot.store.listAttempts(bob.id)).map((a) => a.source)).toEqual(['round']);
  });
});

describe('who may do what', () => {
  it('refuses channel set-up to members without Manage Server, and explains', async () => {
    const eve = h.fake.user('eve');
    const set = await h.fake.slash({
      user: eve,
      name: 'practice-channel',
      subcommand: 'set',
      options: { channel: h.fake.channel.id },
    });
    expect(await noticeOf(set)).toBe('Only members with the Manage Server permission can change this.');
    const daily = await h.fake.slash({
      user: eve,
      name: 'daily',
      subcommand: 'channel',
      options: { channel: h.fake.channel.id, time: '09:00', timezone: 'UTC' },
    });
    expect(await noticeOf(daily)).toBe('Only members with the Manage Server permission can change this.');
    expect(await bot.store.getPracticeChannel(h.fake.channel.id)).toBeNull();
    expect(await bot.store.getChannelDaily(h.fake.channel.id)).toBeNull();
  });

  it('starts rounds only in practice channels, one at a time', async () => {
    const eve = h.fake.user('eve');
    const outside = await h.fake.slash({ user: eve, name: 'round', subcommand: 'start' });
    expect(await noticeOf(outside)).toBe(
      'This channel is not a practice channel. A moderator can make it one with /practice-channel set.',
    );
    const channel = await makePracticeChannel('busy-room');
    await startRound(eve, channel.id);
    const second = await h.fake.slash({
      user: h.fake.user('fin'),
      name: 'round',
      subcommand: 'start',
      channelId: channel.id,
    });
    expect(await noticeOf(second)).toBe('A round is already open in this channel: answer it, or wait for its results.');
  });

  it('lets only the starter or a moderator end a round early', async () => {
    const channel = await makePracticeChannel('end-room');
    const [gus, hal] = [h.fake.user('gus'), h.fake.user('hal')];
    const { round } = await startRound(gus, channel.id);
    const refused = await h.fake.slash({ user: hal, name: 'round', subcommand: 'end', channelId: channel.id });
    expect(await noticeOf(refused)).toBe(
      'Only whoever started the round, or a moderator (Manage Server), can end it early.',
    );
    const ended = await h.fake.slash({ user: gus, name: 'round', subcommand: 'end', channelId: channel.id });
    expect(await noticeOf(ended)).toBe(
      'Round ended: the results are posted in the channel, with a thread to discuss them.',
    );
    expect(textOf(publicBotMessages(channel.id).at(-1)!)).toContain('Nobody answered this round.');
    expect(buttons(h.fake.message(round.id)!)).toEqual([]);

    await startRound(hal, channel.id);
    const byModerator = await h.fake.slash({
      user: h.moderator('mona'),
      name: 'round',
      subcommand: 'end',
      channelId: channel.id,
    });
    expect(await noticeOf(byModerator)).toMatch(/^Round ended/);
    const none = await h.fake.slash({ user: gus, name: 'round', subcommand: 'end', channelId: channel.id });
    expect(await noticeOf(none)).toBe('There is no open round in this channel.');
    expect(h.fake.threads(channel.id)).toHaveLength(2);
  });

  it('turns a practice channel off', async () => {
    const channel = await makePracticeChannel('old-room');
    const off = await h.fake.slash({
      user: h.moderator('mona'),
      name: 'practice-channel',
      subcommand: 'off',
      channelId: channel.id,
    });
    expect(await noticeOf(off)).toBe(
      `<#${channel.id}> is no longer a practice channel. Rounds already open there still close with results.`,
    );
    expect(await bot.store.getPracticeChannel(channel.id)).toBeNull();
  });
});
