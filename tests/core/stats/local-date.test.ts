import { describe, expect, it } from 'vitest';
import { addDays, isValidTimeZone, localDate } from '../../../src/core/stats/local-date.ts';

describe('localDate', () => {
  it.each([
    { instant: '2025-03-01T23:30:00Z', zone: 'UTC', date: '2025-03-01' },
    { instant: '2025-03-01T23:30:00Z', zone: null, date: '2025-03-01' },
    { instant: '2025-03-01T23:30:00Z', zone: 'Asia/Tokyo', date: '2025-03-02' },
    { instant: '2025-03-01T14:59:59Z', zone: 'Asia/Tokyo', date: '2025-03-01' },
    { instant: '2025-03-01T15:00:00Z', zone: 'Asia/Tokyo', date: '2025-03-02' },
    { instant: '2025-03-01T03:00:00Z', zone: 'America/New_York', date: '2025-02-28' },
    { instant: '2025-03-09T07:30:00Z', zone: 'America/New_York', date: '2025-03-09' },
    { instant: '2025-03-30T22:30:00Z', zone: 'Europe/Berlin', date: '2025-03-31' },
    { instant: '2025-03-30T21:30:00Z', zone: 'Europe/Berlin', date: '2025-03-30' },
    { instant: '2024-12-31T23:00:00Z', zone: 'Pacific/Kiritimati', date: '2025-01-01' },
    { instant: '2025-03-01T23:30:00Z', zone: 'Not/AZone', date: '2025-03-01' },
  ])('$instant in $zone is $date', ({ instant, zone, date }) => {
    expect(localDate(new Date(instant), zone)).toBe(date);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('%s → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('addDays', () => {
  it.each([
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-09', 1, '2025-03-10'],
  ])('%s + %i day(s) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
