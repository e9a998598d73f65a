/**
 * One generated request for an operation of the document: its path, query and header parameters,
 * its body from the request schema, a key of some kind, each either valid or hostile.
 */
import fc from 'fast-check';
import { images } from '../helpers/images';
import type { Operation, Parameter } from './contract';
import { type Resolve, type UrlValue, deeplyNested, headerText, hostile, validValue, withWrongField } from './inputs';

/** The kinds of caller: no key, each role's key, the root key, a key nobody issued, a malformed header. */
export const KEY_KINDS = ['none', 'partner', 'editor', 'admin', 'root', 'unknown', 'malformed'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export type BodySpec = { kind: 'text'; type: string | null; text: string } | { kind: 'bytes'; type: string | null; bytes: Uint8Array } | { kind: 'form'; fields: [string, string | Uint8Array][] };

export interface FuzzRequest {
  method: string;
  path: string;
  query: [string, UrlValue][];
  headers: [string, string][];
  key: KeyKind;
  body: BodySpec | null;
}

/**
 * Real values by parameter name (or `name@template` for one operation's own, e.g. its cursor, or
 * `body:name` for a property of a request body), so valid requests reach the data.
 */
export type Pools = Record<string, string[]>;

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const WRONG_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'application/octet-stream', 'image/png', 'application/json-patch+json', 'json', ';;;'];
const ACCEPTS = ['application/json', 'application/ninjs+json', 'text/html', 'application/xml', '*/*', 'image/avif,image/webp', 'application/problem+json', 'garbage/'];

const urlText = (value: unknown): UrlValue => ({ text: String(value) });

/** `arbitrary` with probability `p`, else null. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: Math.round((1 - p) * 100) }, { arbitrary, weight: Math.round(p * 100) });

function validFor(op: Operation, param: Parameter, pools: Pools, resolve: Resolve, strict = false): fc.Arbitrary<UrlValue[]> {
  const pool = pools[`${param.name}@${op.template}`] ?? pools[param.name];
  const schema = param.schema ? resolve(param.schema) : {};
  const fromSchema = validValue(schema, resolve).map((value) => (Array.isArray(value) ? value.map(urlText) : [urlText(value)]));
  if (!pool?.length) return fromSchema;
  if (strict) return fc.constantFrom(...pool).map((value) => [urlText(value)]);
  return fc.oneof({ arbitrary: fc.constantFrom(...pool).map((value) => [urlText(value)]), weight: 4 }, { arbitrary: fromSchema, weight: 1 });
}

/** A request that should get past validation (`valid`), or one whose every part may be hostile. */
export type Mode = 'valid' | 'hostile';

function valuesFor(op: Operation, param: Parameter, pools: Pools, resolve: Resolve, mode: Mode): fc.Arbitrary<UrlValue[]> {
  if (mode === 'valid') return validFor(op, param, pools, resolve, true);
  return fc.oneof(
    { arbitrary: validFor(op, param, pools, resolve), weight: 5 },
    { arbitrary: hostile.map((value) => [value]), weight: 3 },
    // An array where a scalar belongs: the parameter repeated.
    { arbitrary: fc.tuple(validFor(op, param, pools, resolve), hostile).map(([valid, bad]) => [...valid, bad]), weight: 1 },
  );
}

function jsonBody(schema: Record<string, unknown>, resolve: Resolve, mode: Mode, pools: Pools): fc.Arbitrary<string> {
  const properties = Object.fromEntries(Object.entries(pools).flatMap(([name, values]) => (name.startsWith('body:') ? [[name.slice(5), values]] : [])));
  const valid = validValue(schema, resolve, 0, properties).map((value) => JSON.stringify(value));
  if (mode === 'valid') return valid;
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    { arbitrary: withWrongField(schema, resolve, properties).map((value) => JSON.stringify(value)), weight: 3 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 1 },
    { arbitrary: fc.tuple(valid, fc.nat()).map(([text, cut]) => text.slice(0, text.length > 1 ? cut % (text.length - 1) : 0)), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(100, 1000, 100_000), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([depth, kind]) => deeplyNested(depth, kind)), weight: 1 },
    { arbitrary: fc.constantFrom('', 'null', '[]', '"a"', '{', 'not json', '\u0000', '{"a":1,}', "{'a':1}", '\uFEFF{}'), weight: 1 },
  );
}

function contentType(declared: string, mode: Mode): fc.Arbitrary<string | null> {
  if (mode === 'valid') return fc.constant(declared);
  return fc.oneof(
    { arbitrary: fc.constant(declared), weight: 8 },
    { arbitrary: fc.constant(`${declared}; charset=utf-8`), weight: 1 },
    { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

const imageBytes = fc.oneof(
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 })).map(([w, h]) => images.png(w, h)), weight: 3 },
  { arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 1 },
  { arbitrary: fc.constant(new Uint8Array()), weight: 1 },
);

function bodyFor(op: Operation, resolve: Resolve, mode: Mode, pools: Pools): fc.Arbitrary<BodySpec | null> {
  const arbitraries: fc.Arbitrary<BodySpec | null>[] = [];
  for (const [type, schema] of Object.entries(op.body)) {
    if (type.includes('json')) arbitraries.push(fc.tuple(jsonBody(schema, resolve, mode, pools), contentType(type, mode)).map(([text, t]) => ({ kind: 'text', type: t, text })));
    else if (type === 'multipart/form-data') {
      const field = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...['', '\u0000', 'x'.repeat(5000)]));
      arbitraries.push(
        fc
          .record({ file: fc.option(fc.oneof(imageBytes, fc.string())), alt: fc.option(field), caption: fc.option(field), credit: fc.option(field) })
          .map(({ file, ...rest }) => ({
            kind: 'form',
            fields: [...(file === null ? [] : [['file', file] as [string, string | Uint8Array]]), ...Object.entries(rest).filter((e): e is [string, string] => e[1] !== null)],
          })),
      );
    } else arbitraries.push(fc.tuple(imageBytes, contentType(type, mode)).map(([bytes, t]) => ({ kind: 'bytes', type: t, bytes })));
  }
  const junk = fc.tuple(fc.constantFrom('', '{}', 'x', '\u0000\u0001'), fc.option(fc.constantFrom('application/json', 'text/plain'))).map(([text, type]): BodySpec => ({ kind: 'text', type, text }));
  if (arbitraries.length === 0) return op.method === 'get' || mode === 'valid' ? fc.constant(null) : sometimes(junk, 0.12);
  if (mode === 'valid') return fc.oneof(...arbitraries);
  return fc.oneof({ arbitrary: fc.oneof(...arbitraries), weight: 9 }, { arbitrary: op.bodyRequired ? fc.constant(null) : junk, weight: 1 });
}

/** An If-Match value: a small version (often the current one), else anything. */
function ifMatch(param: Parameter, valid: boolean): fc.Arbitrary<string> {
  if (param.name.toLowerCase() !== 'if-match') return valid ? fc.constantFrom('"nope"', '*') : headerText;
  const version = fc.integer({ min: 1, max: 4 }).map((n) => `"${n}"`);
  return valid ? version : fc.oneof({ arbitrary: version, weight: 3 }, { arbitrary: headerText, weight: 1 });
}

const encode = (value: UrlValue) => ('raw' in value ? value.raw : encodeURIComponent(value.text.replace(/[\uD800-\uDFFF]/g, '\uFFFD')));

/** A request for `op`: every parameter valid, hostile, repeated or left out; a key of any kind. */
export function requestFor(op: Operation, pools: Pools, resolve: Resolve, mode: Mode): fc.Arbitrary<FuzzRequest> {
  const valid = mode === 'valid';
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const headerParams = op.parameters.filter((p) => p.in === 'header');
  const path = fc.tuple(...pathParams.map((p) => valuesFor(op, p, pools, resolve, mode).map((values) => [p.name, values[0]!] as const))).map((values) => {
    let path = op.template;
    for (const [name, value] of values) path = path.replace(`{${name}}`, encode(value));
    return path;
  });
  const query = fc
    .tuple(
      ...queryParams.map((p) =>
        (p.required && valid ? valuesFor(op, p, pools, resolve, mode) : sometimes(valuesFor(op, p, pools, resolve, mode), p.required ? 0.9 : 0.45)).map((values) =>
          (values ?? []).map((v) => [p.name, v] as [string, UrlValue]),
        ),
      ),
      valid ? fc.constant([]) : sometimes(fc.tuple(fc.constantFrom('unknown', 'LIMIT', 'limit[]', '', 'q%00'), hostile), 0.1).map((extra) => (extra ? [extra as [string, UrlValue]] : [])),
    )
    .map((lists) => lists.flat());
  const headers = fc
    .tuple(
      ...headerParams.map((p) =>
        sometimes(ifMatch(p, valid), p.name.toLowerCase() === 'if-match' ? 0.85 : valid ? 0.1 : 0.3).map((value) => (value === null ? [] : [[p.name, value] as [string, string]])),
      ),
      sometimes(fc.constantFrom(...ACCEPTS), valid ? 0.15 : 0.3).map((v) => (v ? [['Accept', v] as [string, string]] : [])),
      valid ? fc.constant([] as [string, string][]) : sometimes(fc.constantFrom('https://evil.example', 'null', 'https://news.example.com'), 0.15).map((v) => (v ? [['Origin', v] as [string, string]] : [])),
      valid ? fc.constant([] as [string, string][]) : sometimes(headerText, 0.1).map((v) => (v ? [['X-Request-Id', v] as [string, string]] : [])),
    )
    .map((lists) => lists.flat());
  const key = valid
    ? fc.constantFrom<KeyKind>(...(op.needsKey ? (['admin', 'root', 'editor'] as const) : (['none', 'none', 'partner', 'root'] as const)))
    : op.needsKey
    ? fc.oneof({ arbitrary: fc.constantFrom<KeyKind>('admin', 'root', 'editor'), weight: 6 }, { arbitrary: fc.constantFrom<KeyKind>(...KEY_KINDS), weight: 2 })
    : fc.oneof({ arbitrary: fc.constant<KeyKind>('none'), weight: 4 }, { arbitrary: fc.constantFrom<KeyKind>(...KEY_KINDS), weight: 3 });
  const method = valid ? fc.constant(op.method.toUpperCase()) : fc.oneof({ arbitrary: fc.constant(op.method.toUpperCase()), weight: 19 }, { arbitrary: fc.constantFrom(...OTHER_METHODS), weight: 1 });
  return fc.record({ method, path, query, headers, key, body: bodyFor(op, resolve, mode, pools) });
}

/** The URL of a request, its values percent-encoded except those meant to arrive broken. */
export function urlOf(request: FuzzRequest): string {
  const query = request.query.map(([name, value]) => `${encodeURIComponent(name).replace('%2500', '%00')}=${encode(value)}`).join('&');
  return `http://byline.test${request.path}${query ? `?${query}` : ''}`;
}

/** The fetch init of a request, with the secret of the key kind it asks for. */
export function initOf(request: FuzzRequest, secrets: Record<KeyKind, string | null>): RequestInit {
  const headers = new Headers(request.headers);
  const secret = secrets[request.key];
  if (request.key === 'malformed') headers.set('Authorization', secret!);
  else if (secret) headers.set('Authorization', `Bearer ${secret}`);
  let body: BodyInit | undefined;
  const spec = request.method === 'GET' ? null : request.body;
  if (spec?.kind === 'form') {
    const form = new FormData();
    for (const [name, value] of spec.fields) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, new Blob([value], { type: 'image/png' }), 'upload.png');
    }
    body = form;
  } else if (spec) {
    body = spec.kind === 'text' ? spec.text : spec.bytes;
    if (spec.type) headers.set('Content-Type', spec.type);
  }
  // A redirect is an answer to check against the document, never to follow (the Fetcher would).
  return { method: request.method, headers, body, redirect: 'manual' };
}

/** A request as a failure message shows it: enough to send it again by hand. */
export function describeRequest(request: FuzzRequest): string {
  const body = request.body ? (request.body.kind === 'text' ? `${request.body.type} ${request.body.text.slice(0, 120)}` : request.body.kind === 'form' ? `form ${request.body.fields.map(([n]) => n).join(',')}` : `${request.body.type} ${request.body.bytes.length} bytes`) : '';
  return `${request.method} ${urlOf(request).slice(0, 300)} key=${request.key} headers=${JSON.stringify(request.headers).slice(0, 200)} ${body}`;
}
