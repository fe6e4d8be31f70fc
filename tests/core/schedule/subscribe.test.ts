import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/random.ts';
import { dailyStatus } from '../../../src/core/schedule/daily-status.ts';
import { pickDailyQuestion } from '../../../src/core/schedule/pick-daily-question.ts';
import { scheduledJobs } from '../../../src/core/schedule/scheduled-jobs.ts';
import { parseChannelDaily, parseDailySubscription } from '../../../src/core/schedule/subscribe.ts';
import { parseDailySchedule, parseTimeOfDay } from '../../../src/core/schedule/time-of-day.ts';
import type { ChannelDailyConfig, DailySubscription } from '../../../src/core/schedule/types.ts';
import { testBank } from '../../support/test-bank.ts';

const TOPICS = testBank.topics;
const sub = (overrides: Partial<DailySubscription> = {}): DailySubscription => ({
  userId: 'ada',
  time: '08:00',
  timeZone: 'Europe/Berlin',
  topic: null,
  deliveryFailure: null,
  ...overrides,
});

describe('parseTimeOfDay', () => {
  it.each([
    ['00:00', 0],
    ['9:05', 545],
    ['09:05', 545],
    [' 23:59 ', 1439],
    ['24:00', null],
    ['12:60', null],
    ['1205', null],
    ['12:5', null],
    ['noon', null],
    ['', null],
  ])('%j → %j', (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
  });
});

describe('parseDailySchedule', () => {
  it('normalises the time and trims the zone', () => {
    expect(parseDailySchedule('7:30', ' Asia/Kolkata ')).toEqual({
      ok: true,
      value: { time: '07:30', timeZone: 'Asia/Kolkata' },
    });
  });

  it.each([
    ['25:00', 'UTC', 'invalid_time'],
    ['07:30', 'Mars/Olympus', 'invalid_time_zone'],
    ['07:30', '', 'invalid_time_zone'],
  ])('%s in %j is %s', (time, zone, error) => {
    expect(parseDailySchedule(time, zone)).toMatchObject({ ok: false, error });
  });
});

describe('parseDailySubscription', () => {
  it('makes an active subscription, the topic spelled as the bank spells it', () => {
    expect(
      parseDailySubscription({ userId: 'ada', time: '8:00', timeZone: 'Europe/Berlin', topic: 'SQL' }, TOPICS),
    ).toEqual({ ok: true, value: sub({ topic: 'sql' }) });
    expect(
      parseDailySubscription({ userId: 'ada', time: '08:00', timeZone: 'Europe/Berlin', topic: '  ' }, TOPICS),
    ).toEqual({ ok: true, value: sub() });
  });

  it('refuses an unknown topic, time or zone with a code', () => {
    expect(parseDailySubscription({ userId: 'ada', time: '08:00', timeZone: 'UTC', topic: 'cooking' }, TOPICS)).toEqual(
      { ok: false, error: 'unknown_topic', detail: 'cooking' },
    );
    expect(parseDailySubscription({ userId: 'ada', time: '8am', timeZone: 'UTC' }, TOPICS)).toMatchObject({
      error: 'invalid_time',
    });
    expect(parseDailySubscription({ userId: 'ada', time: '08:00', timeZone: 'Berlin' }, TOPICS)).toMatchObject({
      error: 'invalid_time_zone',
    });
  });
});

describe('parseChannelDaily', () => {
  it('keeps the role to ping, none by default', () => {
    const input = { channelId: 'c1', guildId: 'g1', time: '18:00', timeZone: 'Asia/Kolkata' };
    expect(parseChannelDaily({ ...input, roleId: 'r1', topic: 'git' }, TOPICS)).toEqual({
      ok: true,
      value: { ...input, topic: 'git', roleId: 'r1', deliveryFailure: null },
    });
    expect(parseChannelDaily(input, TOPICS)).toMatchObject({ ok: true, value: { roleId: null, topic: null } });
  });
});

describe('scheduledJobs', () => {
  it('gives each active subscriber a daily and a nudge, each active channel a daily', () => {
    const channel: ChannelDailyConfig = {
      channelId: 'c1',
      guildId: 'g1',
      time: '18:00',
      timeZone: 'Asia/Kolkata',
      topic: null,
      roleId: null,
      deliveryFailure: null,
    };
    const paused = { reason: 'dms_closed' as const, at: '2025-06-01T00:00:00.000Z' };
    expect(
      scheduledJobs(
        [sub(), sub({ userId: 'off', deliveryFailure: paused })],
        [channel, { ...channel, channelId: 'gone', deliveryFailure: paused }],
      ),
    ).toEqual([
      { kind: 'daily', target: { type: 'user', id: 'ada' }, time: '08:00', timeZone: 'Europe/Berlin' },
      { kind: 'nudge', target: { type: 'user', id: 'ada' }, time: '20:00', timeZone: 'Europe/Berlin' },
      { kind: 'daily', target: { type: 'channel', id: 'c1' }, time: '18:00', timeZone: 'Asia/Kolkata' },
    ]);
  });
});

describe('dailyStatus', () => {
  const now = new Date('2025-06-07T10:00:00.000Z'); // 12:00 in Berlin

  it('shows the next question, the streak and whether today is answered', () => {
    const answers = ['2025-06-05T12:00:00.000Z', '2025-06-06T12:00:00.000Z'];
    expect(dailyStatus(sub(), answers, now)).toEqual({
      subscription: sub(),
      nextAt: new Date('2025-06-08T06:00:00.000Z'),
      isPaused: false,
      streak: { current: 2, longest: 2, lastPracticeDay: '2025-06-06' },
      answeredToday: false,
    });
    expect(dailyStatus(sub(), [...answers, '2025-06-07T09:00:00.000Z'], now).answeredToday).toBe(true);
  });

  it('has no next question when not subscribed or paused', () => {
    expect(dailyStatus(null, [], now)).toMatchObject({ subscription: null, nextAt: null, isPaused: false });
    const paused = sub({ deliveryFailure: { reason: 'dms_closed', at: '2025-06-06T06:00:00.000Z' } });
    expect(dailyStatus(paused, [], now)).toMatchObject({ nextAt: null, isPaused: true });
  });
});

describe('pickDailyQuestion', () => {
  it('picks a question of the topic not asked recently', () => {
    for (let seed = 0; seed < 20; seed++) {
      const picked = pickDailyQuestion(testBank, 'sql', ['sql-joins', 'sql-index'], seededRandom(seed));
      expect(picked).toEqual({ ok: true, value: 'sql-transactions' });
    }
  });

  it('picks the one asked longest ago when every candidate is recent', () => {
    const recent = ['sql-index', 'sql-transactions', 'sql-joins', 'git-merge'];
    expect(pickDailyQuestion(testBank, 'sql', recent, seededRandom(1))).toEqual({ ok: true, value: 'sql-joins' });
  });

  it('picks from every topic when none is set, the same for the same seed', () => {
    const first = pickDailyQuestion(testBank, null, [], seededRandom(7));
    expect(first.ok && testBank.byId.has(first.value)).toBe(true);
    expect(pickDailyQuestion(testBank, null, [], seededRandom(7))).toEqual(first);
  });

  it('reports a topic without questions', () => {
    expect(pickDailyQuestion(testBank, 'cooking', [], seededRandom(1))).toEqual({
      ok: false,
      error: 'no_questions',
      detail: 'cooking',
    });
  });
});
