// Calendar days in a time zone, pure. The rep's day starts at local midnight of the browser's
// zone; tests pass a zone explicitly (process.env.TZ cannot change once a test runner started).

/** The browser's time zone, e.g. "Europe/Berlin". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A calendar date: month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();
function wallFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormats.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at instant `ms`, as if that wall time were UTC. */
function wallAsUtc(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallFormat(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** How far `timeZone`'s wall clock is ahead of UTC at instant `ms`, in ms. */
export function zoneOffset(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallAsUtc(whole, timeZone) - whole;
}

/** The calendar date an instant falls on in `timeZone`. */
export function dateIn(ms: number, timeZone: string): CalendarDate {
  const wall = new Date(wallAsUtc(ms, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The instant the clock in `timeZone` reads `minutes` past midnight on `date`; in a
 * daylight-saving gap, the first instant after it. Days overflow like Date.UTC: day 32 of
 * January is 1 February.
 */
export function wallTime(date: CalendarDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  let at = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(at, timeZone);
  if (second !== at) at = Math.min(at, second);
  // Never before the wall time asked for: in a gap, step forward to its end.
  while (wallAsUtc(at, timeZone) < wall) at += 15 * 60_000;
  return at;
}

/** The first instant of a calendar date in `timeZone` (midnight, or the end of a gap that swallows it). */
export function startOfDate(date: CalendarDate, timeZone: string): number {
  return wallTime(date, 0, timeZone);
}

/** The first instant of the day `ms` falls on, `days` days later (negative: earlier). */
export function startOfDay(ms: number, timeZone: string, days = 0): number {
  const date = dateIn(ms, timeZone);
  return startOfDate({ ...date, day: date.day + days }, timeZone);
}

/** "2027-03-01": a calendar date as a sortable key (and an <input type="date"> value). */
export function dateKey(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole calendar days from `from`'s date to `to`'s date in `timeZone` (DST-proof). */
export function calendarDaysBetween(from: number, to: number, timeZone: string): number {
  const a = dateIn(from, timeZone);
  const b = dateIn(to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
