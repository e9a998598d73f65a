/**
 * What the fuzzer sends: values a schema allows (so that requests get past validation and reach
 * D1), and the hostile ones a client, a crawler or an attacker sends instead.
 */
import fc from 'fast-check';
import type { Schema } from './contract';

/** A value for the URL: `text` is percent-encoded when sent, `raw` goes in exactly as written. */
export type UrlValue = { text: string } | { raw: string };

/** Strings that have broken someone's parser, query builder or full-text index. */
export const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '../../../etc/passwd',
  '..\\..\\windows',
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  "1'); DELETE FROM articles; --",
  '%',
  '_',
  '%_%',
  'NEAR(a b)',
  'a OR b NOT c',
  '"unterminated',
  '""',
  '*',
  '**',
  'kenya*',
  '^a',
  'headline:x',
  '-x',
  '+x',
  '(',
  ')',
  'AND',
  'NOT',
  '{a b}',
  '\\',
  ':',
  ',',
  ',,,',
  '<script>alert(1)</script>',
  '😀',
  '\uFEFF',
  '\u202E',
  '\u200B',
  'ǅ',
  'x'.repeat(5000),
  'é'.repeat(2000),
  '0',
  '-1',
  '-0',
  '1e309',
  '9007199254740993',
  '-9223372036854775809',
  '18446744073709551616',
  'NaN',
  'Infinity',
  '1.5',
  '0x10',
  '1_000',
  ' 1',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'art_',
  'byl_0000000000',
  'http://evil.example/',
  'javascript:alert(1)',
  '2023-02-30',
  '2023-13-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '0000-01-01',
  '2023-09-20T14:05:00+25:00',
];

/** Percent sequences no decoder should accept: lone `%`, bad hex, invalid UTF-8, a lone surrogate, encoded NUL and slashes. */
export const BROKEN_ENCODINGS = ['%', '%%', '%zz', '%G1', '%C3%28', '%ED%A0%80', '%FF%FE', '%00', '%2F', '%2e%2e%2f', '..%2F..%2F', '%252F', 'a%', '%E2%82'];

const text = (value: string): UrlValue => ({ text: value });

/** Any hostile value for the URL. */
export const hostile: fc.Arbitrary<UrlValue> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY).map(text), weight: 4 },
  { arbitrary: fc.constantFrom(...BROKEN_ENCODINGS).map((raw) => ({ raw })), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(text), weight: 2 },
  { arbitrary: fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), fc.double()).map((n) => text(String(n))), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 300, maxLength: 3000 }).map(text), weight: 1 },
);

/** A printable header value (Headers refuse NUL, CR, LF and anything past Latin-1). */
export const headerText = fc.oneof(
  fc.constantFrom('', '*', '"1"', 'W/"1"', '"', '""', '"1", "2"', '1', '"-1"', '"99999999999999999999"', '"abc"', 'null', 'x'.repeat(8000)),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
);

/** Resolves `$ref`s against the document. */
export type Resolve = (node: Schema) => Schema;

/** Real values for properties by name (a section slug, an image id), so that valid bodies are accepted. */
export type PropertyPools = Record<string, string[]>;

/** A value the schema allows (as closely as a small generator can); an object's properties named in `pools` from there. */
export function validValue(schema: Schema | undefined, resolve: Resolve, depth = 0, pools: PropertyPools = {}): fc.Arbitrary<unknown> {
  const s = schema ? resolve(schema) : {};
  if (depth > 4) return fc.constant(null);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.allOf) return validValue(Object.assign({}, ...s.allOf.map((part: Schema) => resolve(part))), resolve, depth, pools);
  if (s.anyOf || s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf).map((part: Schema) => validValue(part, resolve, depth + 1, pools)));
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : ['string'];
  return fc.oneof(...types.map((type) => valueOfType(type, s, resolve, depth, pools)));
}

function valueOfType(type: string, s: Schema, resolve: Resolve, depth: number, pools: PropertyPools): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'array':
      return fc.array(validValue(s.items, resolve, depth + 1), { maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object': {
      const entries = Object.entries<Schema>(s.properties ?? {});
      const required = new Set<string>(s.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, prop] of entries) record[name] = pools[name]?.length ? fc.constantFrom(...pools[name]) : validValue(prop, resolve, depth + 1, pools);
      return fc.record(record, { requiredKeys: entries.map(([name]) => name).filter((name) => required.has(name)) });
    }
    default:
      return stringFor(s);
  }
}

function stringFor(s: Schema): fc.Arbitrary<string> {
  const max = Math.min(s.maxLength ?? 40, 40);
  const min = Math.min(s.minLength ?? 0, max);
  if (s.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  if (s.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'uri') return fc.webUrl();
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'binary') return fc.string();
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
  return fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.max(max, 1) });
}

/** A valid object whose one property got a value of the wrong kind: an array, an object, a huge number, a long string, NUL. */
export function withWrongField(schema: Schema, resolve: Resolve, pools: PropertyPools = {}): fc.Arbitrary<unknown> {
  const names = Object.keys(resolve(schema).properties ?? {});
  const wrong = fc.oneof(
    fc.constantFrom<unknown>([], ['a', 'b'], {}, { a: 1 }, null, true, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 1.5, '', '\u0000', 'x'.repeat(100_000), '<script>x</script>'),
    fc.jsonValue({ maxDepth: 3 }),
  );
  return fc.tuple(validValue(schema, resolve, 0, pools), names.length ? fc.constantFrom(...names, '__proto__', 'unknown_field') : fc.constant('unknown_field'), wrong).map(([value, name, bad]) => {
    const copy = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
    Object.defineProperty(copy, name, { value: bad, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

/** JSON nested `depth` levels deep, arrays or objects. */
export const deeplyNested = (depth: number, kind: 'array' | 'object') => (kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
