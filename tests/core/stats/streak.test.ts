import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/core/stats/compute-stats.ts';
import { computeStreak } from '../../../src/core/stats/streak.ts';
import { testBank } from '../../support/test-bank.ts';
import { makeAttempt } from './attempt-fixtures.ts';

const streakOf = (instants: string[], now: string, zone: string | null) =>
  computeStats(
    instants.map((at) => makeAttempt(at)),
    testBank,
    new Date(now),
    zone,
  ).streak;

describe('computeStreak', () => {
  it.each([
    { days: [], today: '2025-03-05', streak: { current: 0, longest: 0, lastPracticeDay: null } },
    { days: ['2025-03-05'], today: '2025-03-05', streak: { current: 1, longest: 1, lastPracticeDay: '2025-03-05' } },
    {
      days: ['2025-03-03', '2025-03-04'],
      today: '2025-03-05',
      streak: { current: 2, longest: 2, lastPracticeDay: '2025-03-04' },
    },
    {
      days: ['2025-03-03', '2025-03-04'],
      today: '2025-03-06',
      streak: { current: 0, longest: 2, lastPracticeDay: '2025-03-04' },
    },
    {
      days: ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-05', '2025-03-06'],
      today: '2025-03-06',
      streak: { current: 2, longest: 3, lastPracticeDay: '2025-03-06' },
    },
    {
      days: ['2025-03-02', '2025-03-01', '2025-03-02'],
      today: '2025-03-02',
      streak: { current: 2, longest: 2, lastPracticeDay: '2025-03-02' },
    },
    {
      days: ['2025-02-28', '2025-03-01'],
      today: '2025-03-01',
      streak: { current: 2, longest: 2, lastPracticeDay: '2025-03-01' },
    },
  ])('$days on $today', ({ days, today, streak }) => {
    expect(computeStreak(days, today)).toEqual(streak);
  });
});

describe('computeStats streak', () => {
  it('counts an attempt at 23:30 UTC as the next local day in Asia/Tokyo', () => {
    const instants = ['2025-03-01T10:00:00Z', '2025-03-01T23:30:00Z'];
    expect(streakOf(instants, '2025-03-02T01:00:00Z', 'UTC')).toEqual({
      current: 1,
      longest: 1,
      lastPracticeDay: '2025-03-01',
    });
    expect(streakOf(instants, '2025-03-02T01:00:00Z', 'Asia/Tokyo')).toEqual({
      current: 2,
      longest: 2,
      lastPracticeDay: '2025-03-02',
    });
  });

  it('judges "today" in the user time zone too', () => {
    // 2025-03-03T16:00Z is already 03-04 in Tokyo: the last practice (03-02 local) is two days back.
    expect(streakOf(['2025-03-02T01:00:00Z'], '2025-03-03T16:00:00Z', 'Asia/Tokyo').current).toBe(0);
    expect(streakOf(['2025-03-02T01:00:00Z'], '2025-03-03T16:00:00Z', 'UTC').current).toBe(1);
  });

  it('is broken by a day without practice', () => {
    const instants = ['2025-03-01T12:00:00Z', '2025-03-02T12:00:00Z', '2025-03-04T12:00:00Z'];
    expect(streakOf(instants, '2025-03-04T20:00:00Z', null)).toEqual({
      current: 1,
      longest: 2,
      lastPracticeDay: '2025-03-04',
    });
  });

  it('stays current through yesterday and lapses the day after', () => {
    const instants = ['2025-03-01T12:00:00Z', '2025-03-02T12:00:00Z'];
    expect(streakOf(instants, '2025-03-03T23:59:00Z', null).current).toBe(2);
    expect(streakOf(instants, '2025-03-04T00:00:00Z', null).current).toBe(0);
  });

  it.each([
    {
      zone: 'America/New_York',
      label: 'spring forward',
      // 03-08 noon; on 03-09: 00:30 EST, 03:30 EDT (after the skipped hour), 23:59 EDT; 03-10 noon.
      instants: [
        '2025-03-08T17:00:00Z',
        '2025-03-09T05:30:00Z',
        '2025-03-09T07:30:00Z',
        '2025-03-10T03:59:00Z',
        '2025-03-10T16:00:00Z',
      ],
      now: '2025-03-10T20:00:00Z',
      last: '2025-03-10',
    },
    {
      zone: 'America/New_York',
      label: 'fall back',
      // On 11-02: 00:30 EDT, 01:30 EDT, 01:30 EST (the repeated hour), 23:30 EST.
      instants: [
        '2025-11-01T16:00:00Z',
        '2025-11-02T04:30:00Z',
        '2025-11-02T05:30:00Z',
        '2025-11-02T06:30:00Z',
        '2025-11-03T04:30:00Z',
        '2025-11-03T16:00:00Z',
      ],
      now: '2025-11-03T20:00:00Z',
      last: '2025-11-03',
    },
    {
      zone: 'Europe/Berlin',
      label: 'spring forward',
      // On 03-30: 00:30 CET, 03:30 CEST, 23:30 CEST.
      instants: [
        '2025-03-29T11:00:00Z',
        '2025-03-29T23:30:00Z',
        '2025-03-30T01:30:00Z',
        '2025-03-30T21:30:00Z',
        '2025-03-31T10:00:00Z',
      ],
      now: '2025-03-31T12:00:00Z',
      last: '2025-03-31',
    },
    {
      zone: 'Europe/Berlin',
      label: 'fall back',
      // On 10-26: 00:30 CEST, 02:30 CEST, 02:30 CET (the repeated hour), 23:30 CET.
      instants: [
        '2025-10-25T10:00:00Z',
        '2025-10-25T22:30:00Z',
        '2025-10-26T00:30:00Z',
        '2025-10-26T01:30:00Z',
        '2025-10-26T22:30:00Z',
        '2025-10-27T10:00:00Z',
      ],
      now: '2025-10-27T12:00:00Z',
      last: '2025-10-27',
    },
  ])('counts the $label day in $zone once', ({ zone, instants, now, last }) => {
    expect(streakOf(instants, now, zone)).toEqual({ current: 3, longest: 3, lastPracticeDay: last });
  });
});
