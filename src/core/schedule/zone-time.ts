const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The wall clock in `timeZone` at `ms` (whole seconds), written as milliseconds since the epoch as if
 * that wall clock were UTC. Only Intl.DateTimeFormat knows the zone rules; everything else is arithmetic.
 */
function wallClockMs(ms: number, timeZone: string): number {
  const parts = wallClockFormatter(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // Some ICU builds write midnight as 24 even with h23.
  const hour = get('hour') % 24;
  return Date.UTC(get('year'), get('month') - 1, get('day'), hour, get('minute'), get('second'));
}

const toWholeSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** The offset of `timeZone` from UTC at `instant`, in minutes: Europe/Berlin in summer 120, Asia/Kolkata 330. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const ms = toWholeSecond(instant.getTime());
  return (wallClockMs(ms, timeZone) - ms) / MINUTE_MS;
}

/**
 * The instant at which the wall clock in `timeZone` reads `minuteOfDay` minutes after midnight on `date`
 * ('YYYY-MM-DD').
 * - A wall time that happens twice (the hour repeated when clocks fall back) gives the first instant.
 * - A wall time that never happens (skipped when clocks spring forward) gives the first instant after
 *   the jump, whose wall clock reads the end of the gap: 02:30 on a New York spring-forward day is 03:00.
 */
export function zonedInstant(date: string, minuteOfDay: number, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const wanted = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) + minuteOfDay * MINUTE_MS;
  // Offsets a day either side of the wanted time bracket any single transition near it.
  const offsets = new Set([wanted - DAY_MS, wanted, wanted + DAY_MS].map((ms) => wallClockMs(ms, timeZone) - ms));
  const candidates = [...offsets].map((offset) => wanted - offset);
  const exact = candidates.filter((ms) => wallClockMs(ms, timeZone) === wanted);
  if (exact.length > 0) return new Date(Math.min(...exact));
  return new Date(firstAtOrAfter(wanted, Math.min(...candidates), Math.max(...candidates), timeZone));
}

/**
 * In a spring-forward gap the wall clock reads before `wanted` at `low` and after it at `high`: the first
 * whole second in between whose wall clock has reached `wanted` is the moment of the jump.
 */
function firstAtOrAfter(wanted: number, low: number, high: number, timeZone: string): number {
  let lo = toWholeSecond(low);
  let hi = toWholeSecond(high);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallClockMs(mid, timeZone) >= wanted) hi = mid;
    else lo = mid;
  }
  return hi;
}
