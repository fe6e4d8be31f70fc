import { addDays, localDate } from '../stats/local-date.ts';
import { effectiveZone, scheduleMinutes } from './time-of-day.ts';
import type { DailySchedule } from './types.ts';
import { zonedInstant } from './zone-time.ts';

/** One firing of a daily schedule: the local date it belongs to and the instant it fires. */
export interface Occurrence {
  localDate: string;
  at: Date;
}

/**
 * The instant `schedule` fires on local date `date`. DST rules (see `zonedInstant`): a time skipped by
 * spring-forward fires at the end of the gap (02:30 → 03:00 in New York); a time repeated by fall-back
 * fires once, at its first occurrence.
 */
export function occurrenceOn(schedule: DailySchedule, date: string): Date {
  const key = `${schedule.time}|${schedule.timeZone}|${date}`;
  let ms = occurrences.get(key);
  if (ms === undefined) {
    ms = zonedInstant(date, scheduleMinutes(schedule), effectiveZone(schedule.timeZone)).getTime();
    // Zone rules do not change while the process runs, so answers can be kept; the bound keeps memory flat.
    if (occurrences.size >= MAX_REMEMBERED) occurrences.clear();
    occurrences.set(key, ms);
  }
  return new Date(ms);
}

// Subscribers share times and zones, and every scheduler tick asks again about the same days.
const MAX_REMEMBERED = 20_000;
const occurrences = new Map<string, number>();

/** The first occurrence strictly after `after`, with its local date. */
export function nextOccurrence(schedule: DailySchedule, after: Date): Occurrence {
  const zone = effectiveZone(schedule.timeZone);
  // Start a day early: a gap at the end of a day can push that day's firing past local midnight.
  let date = addDays(localDate(after, zone), -1);
  for (;;) {
    const at = occurrenceOn(schedule, date);
    if (at.getTime() > after.getTime()) return { localDate: date, at };
    date = addDays(date, 1);
  }
}

/** The first instant strictly after `after` at which `schedule` fires (see `occurrenceOn` for DST). */
export function nextDueAt(schedule: DailySchedule, after: Date): Date {
  return nextOccurrence(schedule, after).at;
}

/** The first instant of local date `date` in `timeZone` (later than midnight when DST skips midnight). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return zonedInstant(date, 0, effectiveZone(timeZone));
}

/** The instant local date `date` ends in `timeZone`: the start of the next local day. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  return startOfLocalDay(addDays(date, 1), timeZone);
}
