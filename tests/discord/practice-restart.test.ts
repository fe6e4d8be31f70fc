import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, buttons, goodAnswer, noticeOf, textOf, titleOf } from './support/drive.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupHarness } from './support/group-harness.ts';

let h: GroupHarness;

beforeAll(async () => {
  h = await openGroupHarness('2026-03-02T09:00:00.000Z');
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

const MINUTE = 60_000;

async function practiceChannel(name: string) {
  const channel = h.fake.createChannel(name);
  const set = await h.fake.slash({
    user: h.moderator('mona'),
    name: 'practice-channel',
    subcommand: 'set',
    options: { channel: channel.id, 'round-minutes': 10 },
  });
  await set.response();
  return channel;
}

async function startRound(channelId: string) {
  const posted = h.fake.waitForMessage({ channelId });
  await (
    await h.fake.slash({ user: h.fake.user('starter'), name: 'round', subcommand: 'start', channelId })
  ).response();
  return posted;
}

const resultsIn = (channelId: string) => h.fake.messages(channelId).filter((m) => titleOf(m).endsWith('· results'));

describe('a round across a restart', () => {
  it('keeps its answers, takes new ones on the same button, and closes on time after the restart', async () => {
    let bot = await h.startBot();
    const channel = await practiceChannel('restart-room');
    const round = await startRound(channel.id);
    const [ada, bob] = [h.fake.user('ada'), h.fake.user('bob')];
    await answer(h.fake, ada, round, goodAnswer(round));
    await bot.stop();

    h.at(5 * MINUTE);
    bot = await h.startBot();
    const { message } = await answer(h.fake, bob, round, 'Something about rows, I think.');
    expect(message.content).toMatch(/^This answer counts for the round/);

    h.at(4 * MINUTE + 59_000);
    expect((await bot.tick()).roundsClosed).toBe(0);
    expect(resultsIn(channel.id)).toEqual([]);
    h.at(1_000);
    expect((await bot.tick()).roundsClosed).toBe(1);
    const [results] = resultsIn(channel.id);
    expect(textOf(results!)).toContain(`🥇 <@${ada.id}> — **100/100**\n🥈 <@${bob.id}> — **`);
    expect(h.fake.threads(channel.id)).toHaveLength(1);
    await bot.stop();
  });

  it('closes a round whose time ran out while the bot was down at the first tick back, once', async () => {
    const first = await h.startBot();
    const channel = await practiceChannel('downtime-room');
    const round = await startRound(channel.id);
    await answer(h.fake, h.fake.user('cy'), round, goodAnswer(round));
    await first.stop();

    h.at(30 * MINUTE);
    const [one, two] = [await h.startBot(), await h.startBot()];
    const reports = await Promise.all([one.tick(), two.tick()]);
    expect(reports.map((r) => r.roundsClosed).sort()).toEqual([0, 1]);
    expect(resultsIn(channel.id)).toHaveLength(1);
    expect(buttons(h.fake.message(round.id)!)).toEqual([]);
    const late = await h.fake.slash({
      user: h.fake.user('cy'),
      name: 'round',
      subcommand: 'end',
      channelId: channel.id,
    });
    expect(await noticeOf(late)).toBe('There is no open round in this channel.');
    await one.stop();
    await two.stop();
  });
});
