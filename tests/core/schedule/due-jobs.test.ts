import { describe, expect, it } from 'vitest';
import { dueJobs, SKIPPED_REPORT_HOURS } from '../../../src/core/schedule/due-jobs.ts';
import { jobKey, roundCloseKey } from '../../../src/core/schedule/job-key.ts';
import type { DueJob, ScheduledJob } from '../../../src/core/schedule/types.ts';

const ada: ScheduledJob = {
  kind: 'daily',
  target: { type: 'user', id: 'ada' },
  time: '09:00',
  timeZone: 'Europe/Berlin',
};
const adaNudge: ScheduledJob = { ...ada, kind: 'nudge', time: '20:00' };
const channel: ScheduledJob = {
  kind: 'daily',
  target: { type: 'channel', id: 'c1' },
  time: '18:00',
  timeZone: 'Asia/Kolkata',
};
const JOBS = [ada, adaNudge, channel];

// 2025-06-10: Berlin is +02:00 (ada's daily 07:00Z, nudge 18:00Z); Kolkata +05:30 (channel 12:30Z).
const at = (iso: string) => new Date(iso);
const keys = (jobs: DueJob[]) => jobs.map((j) => j.key);

describe('jobKey', () => {
  it.each([
    ['daily', { type: 'user', id: '42' }, '2025-06-10', 'daily:user:42:2025-06-10'],
    ['daily', { type: 'channel', id: '7' }, '2025-06-10', 'daily:channel:7:2025-06-10'],
    ['nudge', { type: 'user', id: '42' }, '2025-06-10', 'nudge:user:42:2025-06-10'],
  ] as const)('%s for %o on %s is %s', (kind, target, date, key) => {
    expect(jobKey(kind, target, date)).toBe(key);
  });

  it('names the closing of a round', () => {
    expect(roundCloseKey('r-9')).toBe('round-close:r-9');
  });
});

describe('dueJobs', () => {
  it('runs nothing on the very first run (no cursor yet)', () => {
    expect(dueJobs(JOBS, null, at('2025-06-10T07:00:00Z'))).toEqual({ due: [], skipped: [] });
  });

  it('finds the occurrence a one-minute tick crosses, with its key, date and time', () => {
    expect(dueJobs(JOBS, at('2025-06-10T06:59:30Z'), at('2025-06-10T07:00:30Z'))).toEqual({
      due: [
        {
          key: 'daily:user:ada:2025-06-10',
          kind: 'daily',
          target: { type: 'user', id: 'ada' },
          localDate: '2025-06-10',
          dueAt: at('2025-06-10T07:00:00Z'),
        },
      ],
      skipped: [],
    });
  });

  it('finds nothing when no occurrence falls in the tick', () => {
    expect(dueJobs(JOBS, at('2025-06-10T07:00:30Z'), at('2025-06-10T07:01:30Z'))).toEqual({ due: [], skipped: [] });
  });

  it('includes an occurrence at `now` and leaves out one at `lastRunAt` (already run)', () => {
    expect(keys(dueJobs(JOBS, at('2025-06-10T06:59:00Z'), at('2025-06-10T07:00:00Z')).due)).toEqual([
      'daily:user:ada:2025-06-10',
    ]);
    expect(keys(dueJobs(JOBS, at('2025-06-10T07:00:00Z'), at('2025-06-10T07:01:00Z')).due)).toEqual([]);
  });

  it('catches up a short outage in time order', () => {
    const result = dueJobs(JOBS, at('2025-06-10T06:00:00Z'), at('2025-06-10T08:30:00Z'));
    expect(keys(result.due)).toEqual(['daily:user:ada:2025-06-10']);
    expect(keys(dueJobs(JOBS, at('2025-06-10T06:00:00Z'), at('2025-06-10T13:00:00Z'), 8).due)).toEqual([
      'daily:user:ada:2025-06-10',
      'daily:channel:c1:2025-06-10',
    ]);
  });

  it('skips, and reports, occurrences older than the catch-up window', () => {
    const result = dueJobs(JOBS, at('2025-06-10T04:00:00Z'), at('2025-06-10T14:00:00Z'));
    expect(keys(result.due)).toEqual(['daily:channel:c1:2025-06-10']);
    expect(keys(result.skipped)).toEqual(['daily:user:ada:2025-06-10']);
  });

  it('takes the catch-up window in hours, its boundary still caught up', () => {
    const last = at('2025-06-10T06:00:00Z');
    expect(keys(dueJobs(JOBS, last, at('2025-06-10T10:00:00Z'), 3).due)).toEqual(['daily:user:ada:2025-06-10']);
    expect(keys(dueJobs(JOBS, last, at('2025-06-10T10:00:01Z'), 3).skipped)).toEqual(['daily:user:ada:2025-06-10']);
    expect(keys(dueJobs(JOBS, last, at('2025-06-10T10:30:00Z'), 4).due)).toEqual(['daily:user:ada:2025-06-10']);
    expect(keys(dueJobs(JOBS, last, at('2025-06-10T07:30:00Z'), 0).skipped)).toEqual(['daily:user:ada:2025-06-10']);
  });

  it('does not flood after days of downtime: one day of catch-up at most, older days skipped', () => {
    const result = dueJobs(JOBS, at('2025-06-07T00:00:00Z'), at('2025-06-10T19:00:00Z'));
    expect(keys(result.due)).toEqual(['nudge:user:ada:2025-06-10']);
    // Listed back to SKIPPED_REPORT_HOURS (48) before now: from 2025-06-08T19:00Z.
    expect(SKIPPED_REPORT_HOURS).toBe(48);
    expect(keys(result.skipped)).toEqual([
      'daily:user:ada:2025-06-09',
      'daily:channel:c1:2025-06-09',
      'nudge:user:ada:2025-06-09',
      'daily:user:ada:2025-06-10',
      'daily:channel:c1:2025-06-10',
    ]);
  });

  it('finds nothing when the clock went backwards', () => {
    expect(dueJobs(JOBS, at('2025-06-10T08:00:00Z'), at('2025-06-10T06:00:00Z'))).toEqual({ due: [], skipped: [] });
  });

  it.each([
    {
      zone: 'America/New_York',
      time: '01:30',
      day: '2025-11-02',
      fires: ['2025-11-02T05:30:00.000Z'],
      why: 'fall-back: once, the first',
    },
    {
      zone: 'America/New_York',
      time: '02:30',
      day: '2025-03-09',
      fires: ['2025-03-09T07:00:00.000Z'],
      why: 'spring-forward: once, at 03:00',
    },
    {
      zone: 'Europe/Berlin',
      time: '02:30',
      day: '2025-10-26',
      fires: ['2025-10-26T00:30:00.000Z'],
      why: 'fall-back: once, the first',
    },
    {
      zone: 'Australia/Sydney',
      time: '02:30',
      day: '2025-04-06',
      fires: ['2025-04-05T15:30:00.000Z'],
      why: 'southern fall-back: once',
    },
    {
      zone: 'Pacific/Chatham',
      time: '03:00',
      day: '2025-09-28',
      fires: ['2025-09-27T14:00:00.000Z'],
      why: 'spring-forward: at 03:45',
    },
  ])('fires once on a DST day when ticking every minute: $zone $time ($why)', ({ zone, time, day, fires }) => {
    const job: ScheduledJob = { kind: 'daily', target: { type: 'user', id: 'u' }, time, timeZone: zone };
    const seen: DueJob[] = [];
    const start = Date.parse(`${day}T00:00:00Z`) - 24 * 3_600_000;
    for (let t = start; t < start + 48 * 3_600_000; t += 60_000) {
      seen.push(...dueJobs([job], new Date(t), new Date(t + 60_000)).due);
    }
    const onDay = seen.filter((j) => j.localDate === day);
    expect(onDay.map((j) => j.dueAt.toISOString())).toEqual(fires);
    expect(new Set(keys(seen)).size).toBe(seen.length);
  });
});
