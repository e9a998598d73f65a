/** Times are stored and served as fixed-width RFC 3339 UTC strings, so text order is time order. */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The stored shape: `2023-09-20T14:05:00Z`. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** `2023-09-20T14:05:00Z`: second precision, UTC. */
export function toTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The current time as a timestamp. */
export function now(): string {
  return toTimestamp(new Date());
}

/**
 * How a time input is read at second precision: an instant (a write's time; a date is its
 * start, a fraction is cut), the lower bound of a range (`since`: a date is its start, a fraction
 * goes up to the next second, as no stored time between them is at or after it) or its upper
 * bound (`until`: a date is its last second, a fraction is cut).
 */
export type TimeBound = 'instant' | 'from' | 'until';

/**
 * Parses an RFC 3339 date-time, or a full date (`2023-09-20`), read as `bound` says. Returns a
 * timestamp, or null when it is not one or falls, once in UTC (and rounded), outside
 * 0000-01-01T00:00:00Z…9999-12-31T23:59:59Z. Leap seconds (`:60`) are refused, as no clock here
 * can name them.
 */
export function parseTimestamp(input: string, bound: TimeBound = 'instant'): string | null {
  const date = FULL_DATE.exec(input);
  if (date) {
    if (utcMillis(date.slice(1, 4).map(Number), [0, 0, 0]) === null) return null;
    return bound === 'until' ? `${input}T23:59:59Z` : `${input}T00:00:00Z`;
  }
  const parts = RFC3339.exec(input);
  if (!parts) return null;
  const [, year, month, day, hour, minute, second, fraction, sign, offsetHour, offsetMinute] = parts;
  const local = utcMillis([year, month, day].map(Number), [hour, minute, second].map(Number));
  if (local === null || Number(offsetHour ?? 0) > 23 || Number(offsetMinute ?? 0) > 59) return null;
  const offset = (Number(offsetHour ?? 0) * 60 + Number(offsetMinute ?? 0)) * (sign === '-' ? -1 : 1);
  const roundUp = bound === 'from' && /[1-9]/.test(fraction ?? '');
  const stamp = toTimestamp(new Date(local - offset * 60_000 + (roundUp ? 1000 : 0)));
  // Outside years 0000–9999 toISOString writes `+010000-…` or `-000001-…`, which would sort
  // as text before today (and be published by the next cron run): refuse those.
  return TIMESTAMP_PATTERN.test(stamp) ? stamp : null;
}

/** Milliseconds since the epoch of a UTC calendar date and time, or null when a field is out of range. */
function utcMillis([year, month, day]: number[], [hour, minute, second]: number[]): number | null {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year!, month! - 1, day!);
  date.setUTCHours(hour!, minute!, second!, 0);
  const exact =
    date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day &&
    date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second;
  return exact ? date.getTime() : null;
}
