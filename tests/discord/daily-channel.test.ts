import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, buttons, goodAnswer, isEphemeral, noticeOf, textOf, titleOf } from './support/drive.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupBot, type GroupHarness } from './support/group-harness.ts';

let h: GroupHarness;
let bot: GroupBot;
const ROLE = '123456789012345678';

beforeAll(async () => {
  h = await openGroupHarness('2026-06-01T05:00:00.000Z');
  bot = await h.startBot();
  await bot.tick();
});
afterAll(async () => h?.close());

describe('a channel’s daily question', () => {
  it('posts at local time as a round pinging only the chosen role, and closes it at the end of the local day', async () => {
    const channel = h.fake.createChannel('daily-study');
    const set = await h.fake.slash({
      user: h.moderator('mona'),
      name: 'daily',
      subcommand: 'channel',
      options: { channel: channel.id, time: '09:00', timezone: 'Europe/Berlin', role: ROLE },
    });
    expect(await noticeOf(set)).toMatch(
      new RegExp(
        `^Daily question in <#${channel.id}> at 09:00 \\(Europe/Berlin\\), pinging <@&${ROLE}>, as a round that closes at the end of the day\\.`,
      ),
    );

    h.at('2026-06-01T07:00:00.000Z'); // 09:00 in Berlin (summer time)
    await bot.tick();
    const [round] = h.fake.messages(channel.id);
    expect(round!.content).toBe(`<@&${ROLE}> today’s question is up.`);
    expect(titleOf(round!)).toBe('Daily question · 2026-06-01');
    expect(h.fake.messagesWithUnsafeMentions().map((m) => m.pings)).toEqual([
      { users: [], roles: [ROLE], everyone: false },
    ]);

    const ada = h.fake.user('ada');
    h.at('2026-06-01T12:00:00.000Z');
    const { message } = await answer(h.fake, ada, round!, goodAnswer(round!));
    expect(isEphemeral(message)).toBe(true);
    expect((await bot.store.listAttempts(ada.id)).map((a) => a.source)).toEqual(['round']);

    h.at('2026-06-01T21:59:00.000Z');
    expect((await bot.tick()).roundsClosed).toBe(0);
    h.at('2026-06-01T22:00:00.000Z'); // midnight in Berlin
    expect((await bot.tick()).roundsClosed).toBe(1);
    const results = h.fake.messages(channel.id).at(-1)!;
    expect(titleOf(results)).toBe('Daily question · 2026-06-01 · results');
    expect(textOf(results)).toContain(`🥇 <@${ada.id}> — **100/100**`);
    expect(h.fake.threads(channel.id)).toHaveLength(1);
    expect(buttons(h.fake.message(round!.id)!)).toEqual([]);
    expectGroupTraffic(h.fake, { roleIds: [ROLE] });
  });

  it('records a deleted channel once and skips it from then on', async () => {
    const gone = h.fake.createChannel('soon-gone');
    await (
      await h.fake.slash({
        user: h.moderator('mona'),
        name: 'daily',
        subcommand: 'channel',
        options: { channel: gone.id, time: '10:00', timezone: 'UTC' },
      })
    ).response();
    h.fake.state.channels.delete(gone.id);

    h.at('2026-06-02T10:00:00.000Z');
    const report = await bot.tick();
    expect(report.outcomes).toMatchObject({ paused: 1 });
    expect((await bot.store.getChannelDaily(gone.id))?.deliveryFailure).toEqual({
      reason: 'channel_missing',
      at: '2026-06-02T10:00:00.000Z',
    });
    const tries = () => h.fake.requests.filter((r) => r.path === `/channels/${gone.id}/messages`).length;
    expect(tries()).toBe(1);

    h.at('2026-06-03T10:00:00.000Z');
    await bot.tick();
    expect(tries()).toBe(1);
    expect(await bot.store.listOpenRounds(gone.id)).toEqual([]);
    expectGroupTraffic(h.fake, { roleIds: [ROLE], refusals: [10003] });
  });

  it('stops a channel’s daily question on /daily channel-off', async () => {
    const channel = h.fake.createChannel('quiet');
    const mod = h.moderator('mona');
    await (
      await h.fake.slash({
        user: mod,
        name: 'daily',
        subcommand: 'channel',
        options: { channel: channel.id, time: '11:00', timezone: 'UTC' },
      })
    ).response();
    const off = await h.fake.slash({
      user: mod,
      name: 'daily',
      subcommand: 'channel-off',
      options: { channel: channel.id },
    });
    expect(await noticeOf(off)).toBe(
      `<#${channel.id}> gets no more daily questions. Today’s round, if open, still closes with results.`,
    );
    h.at('2026-06-03T11:00:00.000Z');
    await bot.tick();
    expect(h.fake.messages(channel.id)).toEqual([]);
  });
});
