import { describe, expect, it } from 'vitest';
import { zonedInstant, zoneOffsetMinutes } from '../../../src/core/schedule/zone-time.ts';

describe('zoneOffsetMinutes', () => {
  it.each([
    { zone: 'UTC', at: '2025-07-01T12:00:00Z', offset: 0 },
    { zone: 'America/New_York', at: '2025-01-15T12:00:00Z', offset: -300 },
    { zone: 'America/New_York', at: '2025-07-15T12:00:00Z', offset: -240 },
    { zone: 'America/New_York', at: '2025-03-09T06:59:59Z', offset: -300 },
    { zone: 'America/New_York', at: '2025-03-09T07:00:00Z', offset: -240 },
    { zone: 'Europe/Berlin', at: '2025-01-15T12:00:00Z', offset: 60 },
    { zone: 'Europe/Berlin', at: '2025-10-26T00:59:59.999Z', offset: 120 },
    { zone: 'Europe/Berlin', at: '2025-10-26T01:00:00Z', offset: 60 },
    { zone: 'Australia/Sydney', at: '2025-01-15T12:00:00Z', offset: 660 },
    { zone: 'Australia/Sydney', at: '2025-07-15T12:00:00Z', offset: 600 },
    { zone: 'Asia/Kolkata', at: '2025-01-15T12:00:00Z', offset: 330 },
    { zone: 'Asia/Kolkata', at: '2025-07-15T12:00:00Z', offset: 330 },
    { zone: 'Pacific/Chatham', at: '2025-01-15T12:00:00Z', offset: 825 },
    { zone: 'Pacific/Chatham', at: '2025-07-15T12:00:00Z', offset: 765 },
  ])('$zone at $at is $offset minutes', ({ zone, at, offset }) => {
    expect(zoneOffsetMinutes(new Date(at), zone)).toBe(offset);
  });
});

describe('zonedInstant', () => {
  it.each([
    {
      date: '2025-03-09',
      minute: 150,
      zone: 'America/New_York',
      at: '2025-03-09T07:00:00Z',
      why: 'gap: end of the gap',
    },
    {
      date: '2025-03-09',
      minute: 179,
      zone: 'America/New_York',
      at: '2025-03-09T07:00:00Z',
      why: 'gap: last minute of it',
    },
    {
      date: '2025-03-09',
      minute: 180,
      zone: 'America/New_York',
      at: '2025-03-09T07:00:00Z',
      why: 'first valid minute',
    },
    {
      date: '2025-03-09',
      minute: 119,
      zone: 'America/New_York',
      at: '2025-03-09T06:59:00Z',
      why: 'last minute before the gap',
    },
    {
      date: '2025-11-02',
      minute: 60,
      zone: 'America/New_York',
      at: '2025-11-02T05:00:00Z',
      why: 'overlap: the first 01:00',
    },
    {
      date: '2025-11-02',
      minute: 119,
      zone: 'America/New_York',
      at: '2025-11-02T05:59:00Z',
      why: 'overlap: the first 01:59',
    },
  ])('$date minute $minute in $zone ($why)', ({ date, minute, zone, at }) => {
    expect(zonedInstant(date, minute, zone).toISOString()).toBe(new Date(at).toISOString());
  });
});
