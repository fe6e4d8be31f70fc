import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../src/core/bank/schema.ts';
import { seededRandom } from '../../src/core/random.ts';
import type { Round, RoundResults } from '../../src/core/rounds/types.ts';
import { createServerBanks } from '../../src/interviewer/banks/server-banks.ts';
import type { GroupContext } from '../../src/interviewer/context.ts';
import { answerDaily, dailyAnswerBox } from '../../src/interviewer/daily/daily-answer.ts';
import { subscribeDaily } from '../../src/interviewer/daily/daily-settings.ts';
import type { DailyQuestionView, Delivery, GroupMessenger } from '../../src/interviewer/group-messenger.ts';
import { createInterviewer, type Actor } from '../../src/interviewer/interviewer.ts';
import { createKeyedLock } from '../../src/interviewer/keyed-lock.ts';
import { setPracticeChannel } from '../../src/interviewer/rounds/practice-channels.ts';
import { closeDueRounds } from '../../src/interviewer/rounds/round-lifecycle.ts';
import { answerRound, roundAnswerBox, startPracticeRound } from '../../src/interviewer/rounds/rounds.ts';
import { createScheduler } from '../../src/interviewer/scheduler/scheduler.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { e2eBank } from '../discord/support/e2e-bank.ts';

/** What the use cases sent through the messenger port, in order. */
interface Sent {
  roundQuestions: { round: Round; question: BankQuestion }[];
  results: { round: Round; results: RoundResults }[];
  dailies: { userId: string; view: DailyQuestionView }[];
}

function recordingMessenger(sent: Sent): GroupMessenger {
  let n = 0;
  const delivered = (channelId: string): Delivery => ({ ok: true, channelId, messageId: `m${++n}` });
  return {
    async postRoundQuestion(round, question) {
      sent.roundQuestions.push({ round, question });
      return delivered(round.channelId);
    },
    async postRoundResults(round, results) {
      sent.results.push({ round, results });
      return delivered(round.channelId);
    },
    openResultsThread: async () => 'thread-1',
    showRoundClosed: async () => true,
    async sendDailyQuestion(userId, view) {
      sent.dailies.push({ userId, view });
      return delivered(`dm-${userId}`);
    },
    sendNudge: async (userId) => delivered(`dm-${userId}`),
    sendAppealDecision: async (userId) => delivered(`dm-${userId}`),
  };
}

const member = (id: string, name: string): Actor => ({
  userId: id,
  displayName: name,
  guildId: 'guild-1',
  source: 'discord',
});
const ana = member('101', 'Ana');
const ben = member('102', 'Ben');
const place = { guildId: 'guild-1', channelId: 'channel-1' };

let store: Store;
let now: Date;
let sent: Sent;
let ctx: GroupContext;

beforeEach(() => {
  store = openSqliteStore(':memory:');
  now = new Date('2026-03-02T09:00:00.000Z');
  sent = { roundQuestions: [], results: [], dailies: [] };
  let n = 0;
  const newId = () => `id-${++n}`;
  const clock = () => now;
  const random = seededRandom(7);
  const interviewer = createInterviewer({ bank: e2eBank, store, clock, random, newId });
  const logger = { debug() {}, info() {}, warn() {}, error() {} };
  ctx = {
    interviewer,
    store,
    clock,
    logger,
    sessionLock: createKeyedLock(),
    serverBanks: createServerBanks(interviewer, store),
    groups: { messenger: recordingMessenger(sent), newId, random },
  };
});

afterEach(() => store.close());

/** An answer naming every key point of the question, in the rubric's own words. */
const fullAnswer = (question: BankQuestion): string => question.rubric.keyPoints.map((k) => k.text).join('. ');

describe('a practice round, without Discord', () => {
  it('runs from channel set-up to ranked results, first answers counted', async () => {
    expect(
      await setPracticeChannel(ctx, 'guild-1', { channelId: 'channel-1', topic: 'sql', roundMinutes: 5 }),
    ).toMatchObject({ ok: true });
    const started = await startPracticeRound(ctx, ana, place, undefined);
    if (!started.ok) throw new Error(started.error);
    const [{ question }] = sent.roundQuestions as [Sent['roundQuestions'][number]];
    expect(question.topic).toBe('sql');
    expect(await startPracticeRound(ctx, ben, place, undefined)).toMatchObject({
      ok: false,
      error: 'round_already_open',
    });

    expect(await roundAnswerBox(ctx, ben, started.value.id)).toEqual({ ok: true, value: { answersBefore: 0 } });
    const good = await answerRound(ctx, ben, started.value.id, 0, fullAnswer(question));
    const weak = await answerRound(ctx, ana, started.value.id, 0, 'no idea at all');
    expect(good).toMatchObject({ ok: true, value: { counted: true } });
    expect(weak).toMatchObject({ ok: true, value: { counted: true } });
    // A box opened for the first answer cannot take a second one.
    expect(await answerRound(ctx, ben, started.value.id, 0, 'again')).toEqual({ ok: false, error: 'answered_already' });
    const retry = await answerRound(ctx, ana, started.value.id, 1, fullAnswer(question));
    expect(retry).toMatchObject({ ok: true, value: { counted: false } });

    now = new Date(now.getTime() + 6 * 60_000);
    expect(await answerRound(ctx, ben, started.value.id, 1, 'too late')).toEqual({ ok: false, error: 'round_closed' });
    expect(await closeDueRounds(ctx, now)).toEqual({ closed: 1, nextCloseAt: null });
    const [{ results }] = sent.results as [Sent['results'][number]];
    expect(results.ranking.map((r) => r.userId)).toEqual([ben.userId, ana.userId]);
    expect(results.counts).toMatchObject({ participants: 2, retries: 1 });
  });

  it('refuses a round outside a practice channel and in DMs', async () => {
    expect(await startPracticeRound(ctx, ana, place, undefined)).toEqual({ ok: false, error: 'not_practice_channel' });
    expect(await startPracticeRound(ctx, ana, { guildId: null, channelId: undefined }, undefined)).toEqual({
      ok: false,
      error: 'needs_server',
    });
  });
});

describe('a daily question, without Discord', () => {
  it('is sent by the scheduler at the subscriber’s time, answered once plus a retry, and counts for the streak', async () => {
    const subscribed = await subscribeDaily(ctx, ana, { time: '09:30', timeZone: 'Europe/Berlin', topic: 'http' });
    expect(subscribed).toMatchObject({ ok: true, value: { nextAt: new Date('2026-03-03T08:30:00.000Z') } });
    const scheduler = createScheduler(ctx, { owner: 'test' });
    expect((await scheduler.tick(now)).firstRun).toBe(true);

    now = new Date('2026-03-03T08:31:00.000Z');
    const tick = await scheduler.tick(now);
    expect(tick.outcomes.sent).toBe(1);
    const [{ userId, view }] = sent.dailies as [Sent['dailies'][number]];
    expect(userId).toBe(ana.userId);
    expect(view).toMatchObject({ localDate: '2026-03-03', answeredToday: false, streak: { current: 0 } });
    expect(view.question.topic).toBe('http');

    expect(await dailyAnswerBox(ctx, ben, view.sessionId)).toEqual({ ok: false, error: 'not_your_session' });
    const answered = await answerDaily(ctx, ana, view.sessionId, 0, fullAnswer(view.question));
    expect(answered).toMatchObject({ ok: true, value: { streak: { current: 1 } } });
    if (answered.ok) expect(answered.value.feedback.score).toBeGreaterThanOrEqual(70);
    expect(await dailyAnswerBox(ctx, ana, view.sessionId)).toMatchObject({
      ok: true,
      value: { answersBefore: 1, previous: fullAnswer(view.question) },
    });
    expect(await answerDaily(ctx, ana, view.sessionId, 1, 'a retry')).toMatchObject({ ok: true });
    expect(await dailyAnswerBox(ctx, ana, view.sessionId)).toEqual({ ok: false, error: 'retry_used' });
    await scheduler.stop();
  });
});
