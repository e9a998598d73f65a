/** Times are stored and served as fixed-width RFC 3339 UTC strings, so text order is time order. */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
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
 * Parses an RFC 3339 date-time, or a full date (`2023-09-20`) taken as the start of that day
 * or, with `endOfDay`, its last second. Returns a timestamp, or null when it is not one.
 */
export function parseTimestamp(input: string, endOfDay = false): string | null {
  const date = FULL_DATE.exec(input);
  if (date) {
    const parsed = new Date(`${input}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || toTimestamp(parsed).slice(0, 10) !== input) return null;
    return endOfDay ? `${input}T23:59:59Z` : `${input}T00:00:00Z`;
  }
  if (!RFC3339.test(input)) return null;
  const parsed = new Date(input.replace(' ', 'T'));
  return Number.isNaN(parsed.getTime()) ? null : toTimestamp(parsed);
}
