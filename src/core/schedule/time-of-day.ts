import { isValidTimeZone } from '../stats/local-date.ts';
import { err, ok, type Result } from '../result.ts';
import type { DailySchedule } from './types.ts';

export type ScheduleError = 'invalid_time' | 'invalid_time_zone';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for 'HH:MM' (or 'H:MM'), 0-1439; null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 'HH:MM' for minutes after midnight. */
export function formatTimeOfDay(minuteOfDay: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** Checks a time and a zone a user typed; the time comes back as 'HH:MM' ('9:05' → '09:05'). */
export function parseDailySchedule(time: string, timeZone: string): Result<DailySchedule, ScheduleError> {
  const minutes = parseTimeOfDay(time);
  if (minutes === null) return err('invalid_time', time);
  const zone = timeZone.trim();
  if (zone === '' || !isValidTimeZone(zone)) return err('invalid_time_zone', timeZone);
  return ok({ time: formatTimeOfDay(minutes), timeZone: zone });
}

/** The minutes after midnight of a stored schedule; a stored time is always valid, so a bad one throws. */
export function scheduleMinutes(schedule: DailySchedule): number {
  const minutes = parseTimeOfDay(schedule.time);
  if (minutes === null) throw new RangeError(`Not a time of day: "${schedule.time}"`);
  return minutes;
}

/** The zone to compute with: an unknown zone counts as UTC, as `localDate` does (zones are checked on input). */
export const effectiveZone = (timeZone: string): string => (isValidTimeZone(timeZone) ? timeZone : 'UTC');
