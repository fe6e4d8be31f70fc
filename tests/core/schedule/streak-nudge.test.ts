import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/core/interview/types.ts';
import { dailySessionId, isDailySessionId } from '../../../src/core/schedule/daily-session-id.ts';
import { dailyAnswerTimes, dailyStreak } from '../../../src/core/schedule/daily-streak.ts';
import { dueJobs } from '../../../src/core/schedule/due-jobs.ts';
import { hasNudge, nudgeFor, NUDGE_TIME } from '../../../src/core/schedule/nudge.ts';
import { scheduledJobs } from '../../../src/core/schedule/scheduled-jobs.ts';
import type { DailySubscription, DueJob } from '../../../src/core/schedule/types.ts';

const sub = (overrides: Partial<DailySubscription> = {}): DailySubscription => ({
  userId: 'ada',
  time: '08:00',
  timeZone: 'Europe/Berlin',
  topic: null,
  deliveryFailure: null,
  ...overrides,
});

/** Daily answers at 12:00 UTC (13:00/14:00 in Berlin) on each of these June 2025 days. */
const answersOn = (...days: number[]) => days.map((d) => `2025-06-${String(d).padStart(2, '0')}T12:00:00.000Z`);

describe('dailyAnswerTimes', () => {
  it('keeps only answers to a daily question', () => {
    const attempt = (id: string, source: Attempt['source']) => ({ id, source, createdAt: `t-${id}` }) as Attempt;
    expect(
      dailyAnswerTimes([attempt('1', 'daily'), attempt('2', 'discord'), attempt('3', 'round'), attempt('4', 'daily')]),
    ).toEqual(['t-1', 't-4']);
  });

  it('knows a voice answer to a daily question by its session, not by its source', () => {
    const attempt = (id: string, sessionId: string | null) =>
      ({ id, sessionId, source: 'voice', createdAt: `t-${id}` }) as Attempt;
    expect(
      dailyAnswerTimes([
        attempt('1', dailySessionId('ada', '2025-06-01')),
        attempt('2', 'b7e1c7a0-2f7e-4d5c-9a51-0c4d3e2f1a0b'), // an interview
        attempt('3', 'r-Q2xY7kP0aZ3mN8vT1wR5sU4eB6cD9fG0hJ2kL4mN'), // a round
        attempt('4', null),
      ]),
    ).toEqual(['t-1']);
  });
});

describe('isDailySessionId', () => {
  it('recognises the ids dailySessionId builds, and nothing else', () => {
    expect(dailySessionId('123456789012345678', '2026-03-02')).toBe('d-123456789012345678-2026-03-02');
    expect(isDailySessionId(dailySessionId('123456789012345678', '2026-03-02'))).toBe(true);
    expect(isDailySessionId(dailySessionId('user-1', '2025-12-31'))).toBe(true);
    for (const id of [
      null,
      '',
      'd-',
      'd-2026-03-02',
      'd-ada',
      'dd-ada-2026-03-02',
      'r-abc',
      'd1e2f3a4-0000-4000-8000-000000000000',
      'session-1',
    ]) {
      expect(isDailySessionId(id)).toBe(false);
    }
  });
});

describe('dailyStreak', () => {
  it('builds up one day per consecutive daily answer', () => {
    expect(dailyStreak(answersOn(1), 'Europe/Berlin', '2025-06-01').current).toBe(1);
    expect(dailyStreak(answersOn(1, 2, 3), 'Europe/Berlin', '2025-06-03').current).toBe(3);
  });

  it('still runs on a day not yet answered, and breaks after a day without one', () => {
    expect(dailyStreak(answersOn(1, 2, 3), 'Europe/Berlin', '2025-06-04')).toEqual({
      current: 3,
      longest: 3,
      lastPracticeDay: '2025-06-03',
    });
    expect(dailyStreak(answersOn(1, 2, 3), 'Europe/Berlin', '2025-06-05')).toEqual({
      current: 0,
      longest: 3,
      lastPracticeDay: '2025-06-03',
    });
    expect(dailyStreak(answersOn(1, 2, 3, 5, 6), 'Europe/Berlin', '2025-06-06')).toEqual({
      current: 2,
      longest: 3,
      lastPracticeDay: '2025-06-06',
    });
  });

  it("counts days in the subscriber's zone", () => {
    // 23:30 UTC is the next morning in Tokyo: two answers on one UTC day are two Tokyo days.
    const answers = ['2025-06-01T10:00:00.000Z', '2025-06-01T23:30:00.000Z'];
    expect(dailyStreak(answers, 'UTC', '2025-06-01').current).toBe(1);
    expect(dailyStreak(answers, 'Asia/Tokyo', '2025-06-02').current).toBe(2);
  });
});

describe('nudgeFor', () => {
  const eveningOf = (day: number) => new Date(`2025-06-${String(day).padStart(2, '0')}T18:00:00.000Z`); // 20:00 in Berlin

  it('nudges a subscriber whose streak ends at midnight unless they answer', () => {
    expect(nudgeFor(sub(), answersOn(1, 2, 3, 4, 5, 6), '2025-06-07', eveningOf(7))).toEqual({
      userId: 'ada',
      streak: 6,
      localDate: '2025-06-07',
      endsAt: new Date('2025-06-07T22:00:00.000Z'),
    });
  });

  it('does not nudge once today is answered, without a streak, or after midnight', () => {
    expect(nudgeFor(sub(), answersOn(5, 6, 7), '2025-06-07', eveningOf(7))).toBeNull();
    expect(nudgeFor(sub(), answersOn(1, 2), '2025-06-07', eveningOf(7))).toBeNull();
    expect(nudgeFor(sub(), [], '2025-06-07', eveningOf(7))).toBeNull();
    expect(nudgeFor(sub(), answersOn(5, 6), '2025-06-07', new Date('2025-06-07T22:00:00.000Z'))).toBeNull();
  });

  it('counts voice answers to the daily question (stored with source "voice") like typed ones', () => {
    const voiceAnswer = (day: number): Attempt =>
      ({
        id: `v${day}`,
        sessionId: dailySessionId('ada', `2025-06-0${day}`),
        source: 'voice',
        createdAt: answersOn(day)[0]!,
      }) as Attempt;
    const before = [1, 2, 3, 4, 5, 6].map(voiceAnswer);
    expect(nudgeFor(sub(), dailyAnswerTimes(before), '2025-06-07', eveningOf(7))?.streak).toBe(6);
    expect(nudgeFor(sub(), dailyAnswerTimes([...before, voiceAnswer(7)]), '2025-06-07', eveningOf(7))).toBeNull();
  });

  it("ends the day at local midnight in the subscriber's zone", () => {
    const kolkata = sub({ timeZone: 'Asia/Kolkata' });
    expect(nudgeFor(kolkata, answersOn(5, 6), '2025-06-07', new Date('2025-06-07T14:30:00.000Z'))?.endsAt).toEqual(
      new Date('2025-06-07T18:30:00.000Z'),
    );
  });
});

describe('hasNudge', () => {
  it.each([
    ['07:00', true],
    ['19:59', true],
    ['20:00', false],
    ['22:30', false],
  ])('a daily question at %s has a %s nudge at 20:00', (time, expected) => {
    expect(NUDGE_TIME).toBe('20:00');
    expect(hasNudge(sub({ time }))).toBe(expected);
  });
});

describe('nudges over days of scheduler ticks', () => {
  it('come at 20:00 local, at most once a day per subscriber', () => {
    const jobs = scheduledJobs(
      [sub(), sub({ userId: 'bob', timeZone: 'America/New_York' }), sub({ userId: 'late', time: '21:00' })],
      [],
    );
    const nudges: DueJob[] = [];
    const start = Date.parse('2025-10-24T00:00:00Z'); // across Berlin's fall-back night (Oct 26)
    for (let t = start; t < start + 4 * 86_400_000; t += 5 * 60_000) {
      nudges.push(...dueJobs(jobs, new Date(t), new Date(t + 5 * 60_000)).due.filter((j) => j.kind === 'nudge'));
    }
    const adaNudges = nudges.filter((j) => j.target.id === 'ada');
    expect(adaNudges.map((j) => [j.key, j.dueAt.toISOString()])).toEqual([
      ['nudge:user:ada:2025-10-24', '2025-10-24T18:00:00.000Z'],
      ['nudge:user:ada:2025-10-25', '2025-10-25T18:00:00.000Z'],
      ['nudge:user:ada:2025-10-26', '2025-10-26T19:00:00.000Z'],
      ['nudge:user:ada:2025-10-27', '2025-10-27T19:00:00.000Z'],
    ]);
    expect(nudges.filter((j) => j.target.id === 'bob')).toHaveLength(4);
    expect(nudges.filter((j) => j.target.id === 'late')).toEqual([]);
    expect(new Set(nudges.map((j) => j.key)).size).toBe(nudges.length);
  });
});
