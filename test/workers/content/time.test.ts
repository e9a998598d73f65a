import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIMESTAMP_PATTERN, type TimeBound, parseTimestamp } from '../../../src/content/time';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Date-times near and beyond every field's range, in every spelling RFC 3339 allows. */
const dateTimeLike = fc
  .record({
    year: fc.oneof(fc.constantFrom(0, 1, 99, 100, 1969, 1970, 2024, 9998, 9999, 10000), fc.integer({ min: 0, max: 10000 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    separator: fc.constantFrom('T', 't', ' '),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '+00:00', '-00:00', '+23:59', '-23:59', '+24:00'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 })).map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
    ),
  })
  .map(
    (t) =>
      `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}${t.separator}${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${t.fraction === undefined ? '' : `.${t.fraction}`}${t.zone}`,
  );
const anyInput = fc.oneof(dateTimeLike, dateTimeLike.map((value) => value.slice(0, 10)), fc.string());

describe('parseTimestamp at the bounds of the stored form', () => {
  it('accepts the oldest and the latest instant a four-digit UTC year can hold', () => {
    expect(parseTimestamp('0000-01-01T00:00:00Z')).toBe('0000-01-01T00:00:00Z');
    expect(parseTimestamp('9999-12-31T23:59:59Z')).toBe('9999-12-31T23:59:59Z');
    expect(parseTimestamp('0000-01-01T23:59:00+23:59')).toBe('0000-01-01T00:00:00Z');
    expect(parseTimestamp('9999-12-31T00:00:59-23:59')).toBe('9999-12-31T23:59:59Z');
    expect(parseTimestamp('0000-01-01')).toBe('0000-01-01T00:00:00Z');
    expect(parseTimestamp('9999-12-31', 'until')).toBe('9999-12-31T23:59:59Z');
  });

  it('refuses one second beyond either bound, however the offset carries it there', () => {
    for (const beyond of [
      '9999-12-31T23:59:59-23:59',
      '9999-12-31T23:59:59-00:01',
      '9999-12-31T00:01:00-23:59',
      '0000-01-01T00:00:00+00:01',
      '0000-01-01T23:58:59+23:59',
      '0000-01-01T00:00:00+23:59',
      '10000-01-01T00:00:00Z',
      '-0001-12-31T23:59:59Z',
      '+010000-01-01T00:00:00Z',
    ]) {
      expect(parseTimestamp(beyond), beyond).toBeNull();
    }
  });

  it('refuses offsets beyond ±23:59 and fields out of range', () => {
    for (const bad of ['2023-09-20T12:00:00+24:00', '2023-09-20T12:00:00-00:60', '2023-09-20T24:00:00Z', '2023-09-20T12:60:00Z', '2023-13-01T00:00:00Z', '2023-00-10', '2023-09-00']) {
      expect(parseTimestamp(bad), bad).toBeNull();
    }
  });

  it('takes Feb 29 only in leap years, and refuses leap seconds', () => {
    expect(parseTimestamp('2024-02-29T12:00:00Z')).toBe('2024-02-29T12:00:00Z');
    expect(parseTimestamp('2000-02-29')).toBe('2000-02-29T00:00:00Z');
    expect(parseTimestamp('0000-02-29')).toBe('0000-02-29T00:00:00Z');
    expect(parseTimestamp('1900-02-29')).toBeNull();
    expect(parseTimestamp('2023-02-29T12:00:00Z')).toBeNull();
    expect(parseTimestamp('2016-12-31T23:59:60Z')).toBeNull();
  });

  it('cuts fractional seconds instead of rounding them over the latest instant', () => {
    expect(parseTimestamp('9999-12-31T23:59:59.999999999Z')).toBe('9999-12-31T23:59:59Z');
    expect(parseTimestamp('2023-09-20T14:05:00.5+02:00')).toBe('2023-09-20T12:05:00Z');
    expect(parseTimestamp('2023-09-20T14:05:00.Z')).toBeNull();
  });

  it('reads a fraction as the next second for the lower bound of a range, and cuts it for the upper', () => {
    expect(parseTimestamp('2023-09-20T14:05:00.5+02:00', 'from')).toBe('2023-09-20T12:05:01Z');
    expect(parseTimestamp('2023-09-20T14:05:59.001Z', 'from')).toBe('2023-09-20T14:06:00Z');
    expect(parseTimestamp('2023-09-20T14:05:00.000Z', 'from')).toBe('2023-09-20T14:05:00Z');
    expect(parseTimestamp('2023-09-20T14:05:00.999Z', 'until')).toBe('2023-09-20T14:05:00Z');
    expect(parseTimestamp('2023-09-20', 'from')).toBe('2023-09-20T00:00:00Z');
    // Past the latest instant a stored time can have: refused as out of range, as any other.
    expect(parseTimestamp('9999-12-31T23:59:59.5Z', 'from')).toBeNull();
  });

  it('reads lower-case t and z, and a space for the T', () => {
    expect(parseTimestamp('2023-09-20t14:05:00z')).toBe('2023-09-20T14:05:00Z');
    expect(parseTimestamp('2023-09-20 14:05:00-01:30')).toBe('2023-09-20T15:35:00Z');
  });

  it('reads years 0–99 as themselves, not as 1900–1999', () => {
    expect(parseTimestamp('0042-03-04T05:06:07Z')).toBe('0042-03-04T05:06:07Z');
    expect(parseTimestamp('0099-12-31')).toBe('0099-12-31T00:00:00Z');
  });
});

describe('parseTimestamp for any string', () => {
  it('gives null or a fixed-width timestamp that parses back to itself', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom<TimeBound>('instant', 'from', 'until'), (input, bound) => {
        const parsed = parseTimestamp(input, bound);
        if (parsed === null) return;
        expect(parsed).toMatch(TIMESTAMP_PATTERN);
        expect(parseTimestamp(parsed)).toBe(parsed);
        // The instant itself is right: the platform's own reading of the input, to the second,
        // and the next second for a lower bound with any fraction (which Date.parse may cut to 0 ms).
        if (input.length > 10) {
          const instant = Date.parse(input.replace(' ', 'T').toUpperCase());
          const up = bound === 'from' && /\.\d*[1-9]/.test(input) ? 1000 : 0;
          expect(Math.floor(instant / 1000) * 1000 + up).toBe(Date.parse(parsed));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('orders any two accepted times as text the way they order in time', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (a, b) => {
        const [pa, pb] = [parseTimestamp(a), parseTimestamp(b)];
        if (pa === null || pb === null) return;
        const textOrder = pa < pb ? -1 : pa > pb ? 1 : 0;
        expect(textOrder).toBe(Math.sign(Date.parse(pa) - Date.parse(pb)));
      }),
      { numRuns: 2000 },
    );
  });
});
