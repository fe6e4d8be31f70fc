import { describe, expect, it } from 'vitest';
import { endOfLocalDay, nextDueAt, nextOccurrence, startOfLocalDay } from '../../../src/core/schedule/next-due.ts';

// Transitions used below (2025): New York Mar 9 02:00→03:00, Nov 2 02:00→01:00; Berlin Mar 30 02:00→03:00,
// Oct 26 03:00→02:00; Sydney (southern) Apr 6 03:00→02:00, Oct 5 02:00→03:00; Chatham (+12:45/+13:45)
// Apr 6 03:45→02:45, Sep 28 02:45→03:45; Kolkata +05:30 all year.
describe('nextDueAt', () => {
  it.each([
    // America/New_York
    {
      zone: 'America/New_York',
      time: '09:00',
      after: '2025-03-08T00:00:00Z',
      due: '2025-03-08T14:00:00Z',
      why: 'winter, -05:00',
    },
    {
      zone: 'America/New_York',
      time: '09:00',
      after: '2025-03-09T05:00:00Z',
      due: '2025-03-09T13:00:00Z',
      why: 'spring-forward day, after the jump',
    },
    {
      zone: 'America/New_York',
      time: '02:30',
      after: '2025-03-09T05:00:00Z',
      due: '2025-03-09T07:00:00Z',
      why: 'skipped 02:30 fires at 03:00',
    },
    {
      zone: 'America/New_York',
      time: '02:00',
      after: '2025-03-09T05:00:00Z',
      due: '2025-03-09T07:00:00Z',
      why: 'skipped 02:00 fires at 03:00',
    },
    {
      zone: 'America/New_York',
      time: '02:30',
      after: '2025-03-09T07:00:00Z',
      due: '2025-03-10T06:30:00Z',
      why: 'next day is normal again',
    },
    {
      zone: 'America/New_York',
      time: '01:30',
      after: '2025-11-02T04:00:00Z',
      due: '2025-11-02T05:30:00Z',
      why: 'repeated 01:30: the first (EDT)',
    },
    {
      zone: 'America/New_York',
      time: '01:30',
      after: '2025-11-02T05:30:00Z',
      due: '2025-11-03T06:30:00Z',
      why: 'not again at the repeat',
    },
    {
      zone: 'America/New_York',
      time: '01:30',
      after: '2025-11-02T06:00:00Z',
      due: '2025-11-03T06:30:00Z',
      why: 'between the two 01:30s',
    },
    {
      zone: 'America/New_York',
      time: '02:00',
      after: '2025-11-02T04:00:00Z',
      due: '2025-11-02T07:00:00Z',
      why: '02:00 after fall-back happens once',
    },
    {
      zone: 'America/New_York',
      time: '00:00',
      after: '2025-03-09T04:00:00Z',
      due: '2025-03-09T05:00:00Z',
      why: 'midnight',
    },
    // Europe/Berlin
    {
      zone: 'Europe/Berlin',
      time: '02:30',
      after: '2025-03-29T12:00:00Z',
      due: '2025-03-30T01:00:00Z',
      why: 'skipped 02:30 fires at 03:00 CEST',
    },
    {
      zone: 'Europe/Berlin',
      time: '03:00',
      after: '2025-03-29T12:00:00Z',
      due: '2025-03-30T01:00:00Z',
      why: '03:00 CEST, the end of the gap',
    },
    {
      zone: 'Europe/Berlin',
      time: '08:00',
      after: '2025-03-29T12:00:00Z',
      due: '2025-03-30T06:00:00Z',
      why: 'summer time from the jump',
    },
    {
      zone: 'Europe/Berlin',
      time: '02:30',
      after: '2025-10-25T12:00:00Z',
      due: '2025-10-26T00:30:00Z',
      why: 'repeated 02:30: the first (CEST)',
    },
    {
      zone: 'Europe/Berlin',
      time: '02:30',
      after: '2025-10-26T00:30:00Z',
      due: '2025-10-27T01:30:00Z',
      why: 'once on the fall-back day',
    },
    {
      zone: 'Europe/Berlin',
      time: '08:00',
      after: '2025-10-25T12:00:00Z',
      due: '2025-10-26T07:00:00Z',
      why: 'winter time again',
    },
    // Australia/Sydney (southern hemisphere: DST from October to April)
    {
      zone: 'Australia/Sydney',
      time: '09:00',
      after: '2025-01-14T00:00:00Z',
      due: '2025-01-14T22:00:00Z',
      why: 'January is summer, +11:00',
    },
    {
      zone: 'Australia/Sydney',
      time: '02:30',
      after: '2025-10-04T12:00:00Z',
      due: '2025-10-04T16:00:00Z',
      why: 'skipped 02:30 fires at 03:00 AEDT',
    },
    {
      zone: 'Australia/Sydney',
      time: '07:00',
      after: '2025-10-03T12:00:00Z',
      due: '2025-10-03T21:00:00Z',
      why: 'the day before, +10:00',
    },
    {
      zone: 'Australia/Sydney',
      time: '07:00',
      after: '2025-10-03T21:00:00Z',
      due: '2025-10-04T20:00:00Z',
      why: 'spring-forward day, +11:00',
    },
    {
      zone: 'Australia/Sydney',
      time: '02:30',
      after: '2025-04-05T12:00:00Z',
      due: '2025-04-05T15:30:00Z',
      why: 'repeated 02:30: the first (AEDT)',
    },
    {
      zone: 'Australia/Sydney',
      time: '02:30',
      after: '2025-04-05T15:30:00Z',
      due: '2025-04-06T16:30:00Z',
      why: 'once, then AEST',
    },
    // Asia/Kolkata (+05:30, no DST)
    {
      zone: 'Asia/Kolkata',
      time: '09:00',
      after: '2025-03-09T00:00:00Z',
      due: '2025-03-09T03:30:00Z',
      why: 'half-hour offset',
    },
    {
      zone: 'Asia/Kolkata',
      time: '02:30',
      after: '2025-03-08T20:00:00Z',
      due: '2025-03-08T21:00:00Z',
      why: 'no gap on the US spring day',
    },
    {
      zone: 'Asia/Kolkata',
      time: '00:15',
      after: '2025-03-08T19:00:00Z',
      due: '2025-03-09T18:45:00Z',
      why: 'already past today: tomorrow',
    },
    {
      zone: 'Asia/Kolkata',
      time: '18:00',
      after: '2025-10-26T00:00:00Z',
      due: '2025-10-26T12:30:00Z',
      why: 'no change on the EU fall-back day',
    },
    // Pacific/Chatham (+12:45 / +13:45, DST from September to April)
    {
      zone: 'Pacific/Chatham',
      time: '03:00',
      after: '2025-09-27T00:00:00Z',
      due: '2025-09-27T14:00:00Z',
      why: 'skipped 03:00 fires at 03:45',
    },
    {
      zone: 'Pacific/Chatham',
      time: '02:50',
      after: '2025-09-27T00:00:00Z',
      due: '2025-09-27T14:00:00Z',
      why: 'skipped 02:50 fires at 03:45',
    },
    {
      zone: 'Pacific/Chatham',
      time: '12:00',
      after: '2025-09-27T00:00:00Z',
      due: '2025-09-27T22:15:00Z',
      why: '+13:45 after the jump',
    },
    {
      zone: 'Pacific/Chatham',
      time: '12:00',
      after: '2025-04-04T00:00:00Z',
      due: '2025-04-04T22:15:00Z',
      why: '+13:45 before fall-back',
    },
    {
      zone: 'Pacific/Chatham',
      time: '03:00',
      after: '2025-04-05T00:00:00Z',
      due: '2025-04-05T13:15:00Z',
      why: 'repeated 03:00: the first',
    },
    {
      zone: 'Pacific/Chatham',
      time: '03:00',
      after: '2025-04-05T13:15:00Z',
      due: '2025-04-06T14:15:00Z',
      why: 'once, then +12:45',
    },
    // UTC and edges
    {
      zone: 'UTC',
      time: '09:00',
      after: '2025-03-09T09:00:00Z',
      due: '2025-03-10T09:00:00Z',
      why: 'strictly after `after`',
    },
    {
      zone: 'UTC',
      time: '09:00',
      after: '2025-03-09T08:59:59.999Z',
      due: '2025-03-09T09:00:00Z',
      why: 'a millisecond before',
    },
    { zone: 'UTC', time: '23:59', after: '2024-12-31T23:59:30Z', due: '2025-01-01T23:59:00Z', why: 'across the year' },
    {
      zone: 'Not/AZone',
      time: '09:00',
      after: '2025-03-09T00:00:00Z',
      due: '2025-03-09T09:00:00Z',
      why: 'an unknown zone counts as UTC',
    },
  ])('$zone $time after $after → $due ($why)', ({ zone, time, after, due }) => {
    expect(nextDueAt({ time, timeZone: zone }, new Date(after)).toISOString()).toBe(new Date(due).toISOString());
  });

  it('fires exactly once a day through a whole year in every zone', () => {
    for (const timeZone of [
      'America/New_York',
      'Europe/Berlin',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ]) {
      for (const time of ['00:00', '01:30', '02:30', '03:00', '12:00', '23:59']) {
        const dates: string[] = [];
        let at = new Date('2025-01-01T00:00:00Z');
        while (at.getTime() < Date.parse('2026-01-01T00:00:00Z')) {
          const next = nextOccurrence({ time, timeZone }, at);
          dates.push(next.localDate);
          at = next.at;
        }
        expect(new Set(dates).size, `${timeZone} ${time}`).toBe(dates.length);
        expect(dates.length, `${timeZone} ${time}`).toBeGreaterThanOrEqual(365);
      }
    }
  });

  it('gives the local date the occurrence belongs to', () => {
    expect(nextOccurrence({ time: '08:00', timeZone: 'Asia/Kolkata' }, new Date('2025-03-08T20:00:00Z'))).toEqual({
      localDate: '2025-03-09',
      at: new Date('2025-03-09T02:30:00Z'),
    });
  });

  it('throws on a stored time that is not a time of day', () => {
    expect(() => nextDueAt({ time: '25:00', timeZone: 'UTC' }, new Date('2025-03-09T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('startOfLocalDay and endOfLocalDay', () => {
  it.each([
    {
      zone: 'America/New_York',
      date: '2025-03-09',
      start: '2025-03-09T05:00:00Z',
      end: '2025-03-10T04:00:00Z',
      why: '23-hour day',
    },
    {
      zone: 'America/New_York',
      date: '2025-11-02',
      start: '2025-11-02T04:00:00Z',
      end: '2025-11-03T05:00:00Z',
      why: '25-hour day',
    },
    {
      zone: 'Australia/Sydney',
      date: '2025-10-05',
      start: '2025-10-04T14:00:00Z',
      end: '2025-10-05T13:00:00Z',
      why: '23-hour day',
    },
    {
      zone: 'Asia/Kolkata',
      date: '2025-06-01',
      start: '2025-05-31T18:30:00Z',
      end: '2025-06-01T18:30:00Z',
      why: 'half-hour offset',
    },
    {
      zone: 'Pacific/Chatham',
      date: '2025-09-28',
      start: '2025-09-27T11:15:00Z',
      end: '2025-09-28T10:15:00Z',
      why: '23-hour day',
    },
    {
      zone: 'America/Santiago',
      date: '2025-09-07',
      start: '2025-09-07T04:00:00Z',
      end: '2025-09-08T03:00:00Z',
      why: 'midnight skipped: the day starts at 01:00',
    },
  ])('$zone $date ($why)', ({ zone, date, start, end }) => {
    expect(startOfLocalDay(date, zone).toISOString()).toBe(new Date(start).toISOString());
    expect(endOfLocalDay(date, zone).toISOString()).toBe(new Date(end).toISOString());
  });
});
