import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  buttons,
  click,
  goodAnswer,
  isEphemeral,
  questionOf,
  slash,
  textOf,
  titleOf,
} from './support/drive.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import { openGroupHarness, type GroupBot, type GroupHarness } from './support/group-harness.ts';

let h: GroupHarness;
let bot: GroupBot;

beforeAll(async () => {
  h = await openGroupHarness('2026-04-01T13:00:00.000Z');
  bot = await h.startBot();
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

/** Ticks at `at` and returns the DMs that tick sent to `user`. */
async function tickAt(at: string, user: APIUser): Promise<APIMessage[]> {
  const before = h.dms(user).length;
  h.at(at);
  await bot.tick();
  return h.dms(user).slice(before);
}

async function answerDaily(at: string, user: APIUser, dm: APIMessage): Promise<APIMessage> {
  h.at(at);
  return (await answer(h.fake, user, dm, goodAnswer(dm))).message;
}

const streakField = (dm: APIMessage) => dm.embeds[0]?.fields?.find((f) => f.name === 'Streak')?.value;
const statsLine = async (user: APIUser) =>
  textOf(await slash(h.fake, user, 'stats'))
    .split('\n')
    .find((l) => l.startsWith('Daily question streak'));

describe('daily streaks, in the subscriber’s own time zone', () => {
  it('builds a streak over three local days, nudges once on the evening it is at risk, and breaks it', async () => {
    const lea = h.fake.user('lea');
    const subscribed = await h.fake.slash({
      user: lea,
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '07:00', timezone: 'America/Los_Angeles' },
    });
    await subscribed.response();
    await bot.tick(); // 06:00 in Los Angeles: the first tick only sets the cursor

    // Day 1: the DM at 07:00 local; answered at 21:00 local, which is already the next day in UTC.
    const [day1] = await tickAt('2026-04-01T14:00:00.000Z', lea);
    expect(titleOf(day1!)).toBe('Daily question · 2026-04-01');
    expect(await tickAt('2026-04-02T03:00:00.000Z', lea)).toEqual([]); // no streak yet: no nudge
    const feedback = await answerDaily('2026-04-02T04:00:00.000Z', lea, day1!);
    expect(feedback.id).toBe(day1!.id);
    expect(titleOf(feedback)).toBe('Quick question · Score 100/100');
    expect(feedback.content).toBe('🔥 1-day daily streak. See you tomorrow!');
    expect(buttons(feedback).map((b) => b.label)).toEqual(['Model answer', 'Retry']);
    const model = await (await click(h.fake, lea, feedback, 'Model answer')).original();
    expect(isEphemeral(model)).toBe(true);
    expect(textOf(model)).toContain(questionOf(day1!).modelAnswer);

    const [day2] = await tickAt('2026-04-02T14:00:00.000Z', lea);
    expect(streakField(day2!)).toBe('🔥 1-day daily streak: answer today to make it 2.');
    await answerDaily('2026-04-02T15:00:00.000Z', lea, day2!);
    const [day3] = await tickAt('2026-04-03T14:00:00.000Z', lea);
    expect(streakField(day3!)).toBe('🔥 2-day daily streak: answer today to make it 3.');
    expect((await answerDaily('2026-04-03T15:00:00.000Z', lea, day3!)).content).toBe(
      '🔥 3-day daily streak. See you tomorrow!',
    );
    expect(await tickAt('2026-04-04T03:00:00.000Z', lea)).toEqual([]); // answered today: no nudge
    expect(await statsLine(lea)).toBe('Daily question streak 📅 **3** day(s) (longest 3)');

    // Day 4: no answer by 20:00 local, so one nudge, with today's question to answer.
    const [day4] = await tickAt('2026-04-04T14:00:00.000Z', lea);
    expect(streakField(day4!)).toBe('🔥 3-day daily streak: answer today to make it 4.');
    const [nudge, ...more] = await tickAt('2026-04-05T03:00:00.000Z', lea);
    expect(more).toEqual([]);
    expect(nudge!.content).toMatch(
      /^⏰ Your 3-day streak ends at midnight \(<t:1775372400:t>\)\. Answer today’s question to keep it going\.$/,
    );
    expect(buttons(nudge!).map((b) => b.customId)).toEqual(buttons(day4!).map((b) => b.customId));
    expect(await tickAt('2026-04-05T03:15:00.000Z', lea)).toEqual([]);
    expect(await tickAt('2026-04-05T05:00:00.000Z', lea)).toEqual([]);

    // Day 5: the streak is broken.
    const [day5] = await tickAt('2026-04-05T14:00:00.000Z', lea);
    expect(streakField(day5!)).toBe('Start a daily streak: answer today’s question.');
    expect(await statsLine(lea)).toBe('Daily question streak 📅 **0** day(s) (longest 3)');
    expect((await bot.store.listAttempts(lea.id)).map((a) => a.source)).toEqual(['daily', 'daily', 'daily']);
  });

  it('refuses a second answer box on the same daily question once the retry is used', async () => {
    const mo = h.fake.user('mo');
    await (
      await h.fake.slash({
        user: mo,
        name: 'daily',
        subcommand: 'subscribe',
        options: { time: '09:00', timezone: 'UTC', topic: 'git' },
      })
    ).response();
    const [dm] = await tickAt('2026-04-06T09:00:00.000Z', mo);
    expect(questionOf(dm!).topic).toBe('git');
    const first = await answer(h.fake, mo, dm!, 'rebase rewrites commit history');
    const retried = await answer(h.fake, mo, first.message, goodAnswer(dm!), 'Retry');
    expect(titleOf(retried.message)).toBe('Quick question · Retry scored 100/100');
    expect(buttons(retried.message).map((b) => b.label)).toEqual(['Model answer']);
  });
});
