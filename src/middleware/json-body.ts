import type { MiddlewareHandler } from 'hono';
import { Problem } from '../app/problem';
import type { AppEnv } from '../app/types';

/** Largest JSON body the admin API reads: 1 MiB. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

// Exactly what @hono/zod-openapi's body validator after us takes (`application/json`, a
// `+json` type, `; name=value` parameters): anything looser passes here and then meets its bare
// 415, whose detail says nothing.
const JSON_TYPE = /^application\/([a-z.-]+\+)?json(;\s*[a-z0-9-]+=[^;]+)*$/i;

/** 415 for a JSON write whose Content-Type is not JSON, or not one well formed. */
export function notJson(): Problem {
  return new Problem({
    status: 415,
    type: 'unsupported-media-type',
    title: 'Unsupported media type',
    detail: 'Send the body as application/json, with parameters (if any) as "; name=value", e.g. "application/json; charset=utf-8".',
    headers: { 'Accept-Post': 'application/json', 'Accept-Patch': 'application/json' },
  });
}

/** 413 for a body over `maxBytes`. */
export function tooLarge(maxBytes: number): Problem {
  return new Problem({
    status: 413,
    type: 'payload-too-large',
    title: 'Payload too large',
    detail: `The body is larger than ${maxBytes} bytes.`,
  });
}

/** 400 for a body that is not JSON text: `errors[]` names the body, with the parser's reason. */
export function invalidJson(reason: string): Problem {
  return new Problem({
    status: 400,
    type: 'invalid-json',
    title: 'Body is not JSON',
    detail: 'The body could not be read as JSON, so no field of it was looked at.',
    errors: [{ path: 'body', message: `The body is not valid JSON: ${reason}` }],
  });
}

/**
 * Reads a body of at most `maxBytes`: 413 from Content-Length before reading anything, and
 * while streaming as soon as the count passes the limit, so an unbounded body is never held.
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (Number(request.headers.get('Content-Length') ?? '0') > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Whether the request carries a body at all (an empty POST, e.g. `/publish`, does not). */
function hasBody(request: Request): boolean {
  if (!request.body) return false;
  return request.headers.get('Content-Length') !== '0';
}

// JSON text is UTF-8 (RFC 8259 §8.1). A lenient decoder would turn bytes that are not into
// U+FFFD and store an article whose words were silently replaced.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** `bytes` as JSON text; throws the problem that says why it is not (UTF-8, then JSON). */
function jsonText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw invalidJson('it is not UTF-8 (RFC 8259 §8.1); send the text encoded as UTF-8.');
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw invalidJson(error instanceof Error ? error.message : String(error));
  }
  return text;
}

/**
 * Guards a JSON write: 415 unless the body is JSON, 413 over `maxBytes` (decided from
 * Content-Length before anything is read, and by counting bytes when the body is streamed), and
 * 400 unless the body is UTF-8 and parses. The route's validator would answer a bare 400 for a
 * body that does not parse, with nothing that says which part of the request was wrong.
 *
 * @example
 * ```ts
 * router.use('/v1/admin/articles/*', jsonBody())
 * ```
 */
export function jsonBody(maxBytes = MAX_JSON_BODY_BYTES): MiddlewareHandler<AppEnv> {
  return async function jsonBodyMiddleware(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'DELETE' || !hasBody(c.req.raw)) {
      return next();
    }
    const length = Number(c.req.header('Content-Length') ?? '0');
    if (length > maxBytes) throw tooLarge(maxBytes);
    if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
      throw notJson();
    }
    // Read once: the validator's c.req.json() takes the text checked here from Hono's body
    // cache (which holds promises, though typed as values). c.req.raw stays the same object
    // (the request log knows the request's key by it).
    const text = jsonText(await readBoundedBody(c.req.raw, maxBytes));
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
    return next();
  };
}
