import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BankBundle } from '../../src/core/banks/bundle.ts';
import { importDocument, publishDraft, removeTopic, type BankDeps } from '../../src/interviewer/banks/index.ts';
import { answer, buttonId, embedOf, noticeOf, textOf, titleOf } from './support/drive.ts';
import { e2eBank } from './support/e2e-bank.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupBot, type GroupHarness } from './support/group-harness.ts';

/** A server's own topic, as a moderator would import it: three questions none of the built-in bank has. */
const DOCUMENT = `# Window functions

## What is a window function?
A window function computes a value for each row from a set of related rows. It keeps every row instead of grouping them.

## What does PARTITION BY do?
PARTITION BY splits the rows into groups that the window function handles separately. Each partition restarts the calculation.

## What is the difference between RANK and ROW_NUMBER?
ROW_NUMBER gives every row a distinct number. RANK gives tied rows the same number and skips the following numbers.
`;
const TOPIC = 'window-functions';

let h: GroupHarness;
let bot: GroupBot;
let bundle: BankBundle;
let ids = 0;

const deps = (): BankDeps => ({ builtIn: e2eBank, store: bot.store, clock: () => h.now, newId: () => `t-${++ids}` });
const home = () => h.fake.guild.id;

/** Imports and publishes the topic in the bot's first server, through the same use cases /bank runs. */
async function publishTopic(): Promise<BankBundle> {
  const actor = { userId: 'mod-1', guildId: home() };
  const drafted = await importDocument(deps(), actor, {
    fileName: 'windows.md',
    content: Buffer.from(DOCUMENT, 'utf8'),
    topic: TOPIC,
  });
  if (!drafted.ok) throw new Error(`import failed: ${drafted.error}`);
  const published = await publishDraft(deps(), actor, drafted.value.draftId);
  if (!published.ok) throw new Error(`publish failed: ${published.error}`);
  return published.value.bundle;
}

/** The server topic's question a message shows (its prompt is the embed's description). */
function ownQuestionOf(message: APIMessage) {
  const shown = embedOf(message).description ?? '';
  const question = bundle.questions.questions.find((q) => shown.includes(q.prompt));
  expect(question, `a ${TOPIC} question in: ${shown}`).toBeDefined();
  return question!;
}

beforeAll(async () => {
  h = await openGroupHarness('2026-05-04T08:00:00.000Z');
  bot = await h.startBot();
  bundle = await publishTopic();
  await bot.tick();
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

async function suggested(user: APIUser, name: string, subcommand: string, channelId?: string): Promise<string[]> {
  const handle = await h.fake.autocomplete({
    user,
    name,
    subcommand,
    options: { topic: 'window' },
    focused: 'topic',
    ...(channelId === undefined ? {} : { channelId }),
  });
  await handle.response();
  return (handle.choices ?? []).map((c) => String(c.value));
}

async function practiceChannel(name: string, topic?: string, guildId = home()) {
  const channel = h.fake.createChannel(name, guildId);
  // The fake's owner owns every server it creates (a moderator's permissions are the first server's).
  const set = await h.fake.slash({
    user: guildId === home() ? h.moderator('mona') : h.fake.owner,
    name: 'practice-channel',
    subcommand: 'set',
    options: { channel: channel.id, 'round-minutes': 10, ...(topic === undefined ? {} : { topic }) },
    channelId: channel.id,
  });
  return { channel, notice: await noticeOf(set) };
}

async function startRound(user: APIUser, channelId: string, topic?: string) {
  const posted = h.fake.waitForMessage({ channelId });
  const handle = await h.fake.slash({
    user,
    name: 'round',
    subcommand: 'start',
    channelId,
    ...(topic === undefined ? {} : { options: { topic } }),
  });
  return { notice: await noticeOf(handle), round: await posted };
}

describe('a server’s own topic in rounds, practice channels and daily questions', () => {
  it('is suggested by /round, /practice-channel and /daily in that server, and in no other', async () => {
    const member = h.fake.user('sam');
    const other = h.fake.createGuild('Other server');
    const elsewhere = other.channels[0]!.id;
    for (const [name, subcommand] of [
      ['round', 'start'],
      ['practice-channel', 'set'],
      ['daily', 'subscribe'],
      ['daily', 'channel'],
    ] as const) {
      expect(await suggested(member, name, subcommand), `/${name} ${subcommand} here`).toEqual([TOPIC]);
      expect(await suggested(member, name, subcommand, elsewhere), `/${name} ${subcommand} elsewhere`).toEqual([]);
    }
    expect(await suggested(member, 'daily', 'subscribe', h.fake.dmChannel(member).id)).toEqual([]);
  });

  it('plays a round on the topic in its practice channel, graded against the topic’s own rubric', async () => {
    const { channel, notice } = await practiceChannel('window-study', TOPIC);
    expect(notice).toMatch(new RegExp(`rounds of 10 minute\\(s\\) on ${TOPIC}\\.`));
    const [ada, bob] = [h.fake.user('ada'), h.fake.user('bob')];
    const { round } = await startRound(ada, channel.id);
    expect(titleOf(round)).toBe('Practice round');
    const question = ownQuestionOf(round);
    const { message: good } = await answer(h.fake, ada, round, question.modelAnswer);
    expect(titleOf(good)).toMatch(/^Quick question · Score (9\d|100)\/100$/);
    const { message: poor } = await answer(h.fake, bob, round, 'Something about tables, I think.');
    expect(titleOf(poor)).toMatch(/^Quick question · Score [0-4]?\d\/100$/);
    const attempts = await bot.store.listAttempts(ada.id);
    expect(attempts.map((a) => [a.questionId, a.source])).toEqual([[question.id, 'round']]);

    h.at(10 * 60_000);
    expect((await bot.tick()).roundsClosed).toBe(1);
    const results = h.fake.messages(channel.id).at(-1)!;
    expect(textOf(results)).toContain(`🥇 <@${ada.id}>`);
    expect(textOf(results)).toContain(question.modelAnswer.slice(0, 40));
  });

  it('starts a round on the topic in a practice channel of any topic, but not in another server', async () => {
    const { channel } = await practiceChannel('any-topic');
    const { round, notice } = await startRound(h.fake.user('cy'), channel.id, TOPIC);
    expect(notice).toMatch(/^Round started/);
    expect(ownQuestionOf(round).topic).toBe(TOPIC);
    h.at(10 * 60_000);
    await bot.tick();

    const other = h.fake.createGuild('Second server');
    const { notice: refused } = await practiceChannel('theirs', TOPIC, other.guild.id);
    expect(refused).toMatch(/^There is no such topic in the question bank\. Topics: (?!.*window-functions)/);
    const { channel: theirs } = await practiceChannel('theirs-any', undefined, other.guild.id);
    const handle = await h.fake.slash({
      user: h.fake.user('dee'),
      name: 'round',
      subcommand: 'start',
      channelId: theirs.id,
      options: { topic: TOPIC },
    });
    expect(await noticeOf(handle)).toMatch(
      /^There is no such topic in the question bank\. Topics: (?!.*window-functions)/,
    );
    expect(h.fake.messages(theirs.id).filter((m) => m.author.id === h.fake.bot.id)).toEqual([]);
  });

  it('posts a channel’s daily question from the topic', async () => {
    const channel = h.fake.createChannel('daily-windows');
    const set = await h.fake.slash({
      user: h.moderator('mona'),
      name: 'daily',
      subcommand: 'channel',
      options: { channel: channel.id, time: '12:00', timezone: 'UTC', topic: TOPIC },
    });
    expect(await noticeOf(set)).toMatch(/^Daily question in <#\d+> at 12:00 \(UTC\)/);
    h.at('2026-05-04T12:00:00.000Z');
    await bot.tick();
    const [round] = h.fake.messages(channel.id);
    expect(titleOf(round!)).toBe('Daily question · 2026-05-04');
    const eve = h.fake.user('eve');
    const { message } = await answer(h.fake, eve, round!, ownQuestionOf(round!).modelAnswer);
    expect(titleOf(message)).toMatch(/Score (9\d|100)\/100$/);
  });

  it('delivers a daily DM on the topic to whoever subscribed in that server, and refuses it in DMs', async () => {
    const fay = h.fake.user('fay');
    const inDm = await h.fake.slash({
      user: fay,
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '13:00', timezone: 'UTC', topic: TOPIC },
      channelId: h.fake.dmChannel(fay).id,
    });
    expect(await noticeOf(inDm)).toMatch(
      /^There is no such topic in the question bank\. Topics: (?!.*window-functions)/,
    );
    const here = await h.fake.slash({
      user: fay,
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '13:00', timezone: 'UTC', topic: TOPIC },
    });
    await here.response();
    expect((await bot.store.getDailySubscription(fay.id))?.guildId).toBe(home());

    h.at('2026-05-04T13:00:00.000Z');
    await bot.tick();
    const [dm] = h.dms(fay);
    expect(titleOf(dm!)).toBe('Daily question · 2026-05-04');
    const question = ownQuestionOf(dm!);
    const { message: feedback } = await answer(h.fake, fay, dm!, question.modelAnswer);
    expect(titleOf(feedback)).toMatch(/Score (9\d|100)\/100$/);
    expect((await bot.store.listAttempts(fay.id)).map((a) => [a.questionId, a.source])).toEqual([
      [question.id, 'daily'],
    ]);
  });
});

describe('a topic removed while it is in use', () => {
  it('says so to whoever answers its open round or daily question, closes the round, and refuses a round on it', async () => {
    const hal = h.fake.user('hal');
    await (
      await h.fake.slash({
        user: hal,
        name: 'daily',
        subcommand: 'subscribe',
        options: { time: '15:00', timezone: 'UTC', topic: TOPIC },
      })
    ).response();
    h.at('2026-05-04T15:00:00.000Z');
    await bot.tick();
    const [dm] = h.dms(hal);
    const { channel } = await practiceChannel('removal', TOPIC);
    const gus = h.fake.user('gus');
    const { round } = await startRound(gus, channel.id);
    const question = ownQuestionOf(round);
    // An answer box opened before the removal and sent after it.
    const opened = await h.fake.clickButton({ user: gus, message: round, customId: buttonId(round, 'Answer') });
    await opened.response();

    expect(await removeTopic(deps(), home(), TOPIC)).toEqual({ ok: true, value: null });

    const removed = 'That question’s topic was removed from this server’s bank, so answers to it are no longer taken.';
    const pressed = await h.fake.clickButton({ user: gus, message: round, customId: buttonId(round, 'Answer') });
    expect(await noticeOf(pressed)).toBe(removed);
    const dmPressed = await h.fake.clickButton({ user: hal, message: dm!, customId: buttonId(dm!, 'Answer') });
    expect(await noticeOf(dmPressed)).toBe(removed);
    const sent = await h.fake.submitModal({ from: opened, fields: { answer: question.modelAnswer } });
    expect(await noticeOf(sent)).toBe(removed);
    expect(await bot.store.listAttempts(gus.id)).toEqual([]);

    h.at(10 * 60_000);
    expect((await bot.tick()).roundsClosed).toBe(1);
    expect(titleOf(h.fake.messages(channel.id).at(-1)!)).toBe('Practice round · results');
    const again = await h.fake.slash({ user: gus, name: 'round', subcommand: 'start', channelId: channel.id });
    expect(await noticeOf(again)).toBe(
      'This channel’s topic is no longer in this server’s bank: pass another topic to /round start, or a moderator can pick one with /practice-channel set.',
    );
    expect(await suggested(gus, 'round', 'start')).toEqual([]);
  });

  it('sends the next daily DM and channel daily from every topic, saying once that the topic was removed', async () => {
    await publishTopic();
    const ivy = h.fake.user('ivy');
    const subscribed = await h.fake.slash({
      user: ivy,
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '09:00', timezone: 'UTC', topic: TOPIC },
    });
    await subscribed.response();
    const channel = h.fake.createChannel('daily-removed');
    const set = await h.fake.slash({
      user: h.moderator('mona'),
      name: 'daily',
      subcommand: 'channel',
      options: { channel: channel.id, time: '09:00', timezone: 'UTC', topic: TOPIC },
    });
    await set.response();
    expect(await removeTopic(deps(), home(), TOPIC)).toEqual({ ok: true, value: null });

    h.at('2026-05-05T09:00:00.000Z');
    await bot.tick();
    const [dm] = h.dms(ivy);
    expect(dm!.content).toBe(
      'Your daily topic was removed from the server’s bank, so your questions now come from every topic. Pick another with /daily subscribe.',
    );
    expect(e2eBank.byId.has(builtInQuestionId(dm!))).toBe(true);
    expect((await bot.store.getDailySubscription(ivy.id))?.topic).toBeNull();
    const [round] = h.fake.messages(channel.id);
    expect(round!.content).toBe(
      'This channel’s daily topic was removed from the server’s bank, so questions now come from every topic. A moderator can pick another with /daily channel.',
    );
    expect((await bot.store.getChannelDaily(channel.id))?.topic).toBeNull();

    h.at('2026-05-06T09:00:00.000Z');
    await bot.tick();
    expect(h.dms(ivy).at(-1)!.content).toBe('');
    const nextDays = h.fake.messages(channel.id).filter((m) => titleOf(m) === 'Daily question · 2026-05-06');
    expect(nextDays.map((m) => m.content)).toEqual(['']);
  });
});

/** The built-in question a message shows, by its prompt. */
function builtInQuestionId(message: APIMessage): string {
  const shown = embedOf(message).description ?? '';
  return e2eBank.questions.find((q) => shown.includes(q.prompt))?.id ?? '';
}
