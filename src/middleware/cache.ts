import type { Context, MiddlewareHandler } from 'hono';
import { RETRY_AFTER_SECONDS, serviceUnavailable } from '../app/problem';
import type { AppEnv } from '../app/types';
import { sha256Hex } from '../content/hash';
import { requestIdFor } from '../app/request-id';
import { applySecurityHeaders } from '../app/security-headers';
import { currentGeneration, freshGeneration } from '../storage/generation';
import { type CachedResponse, readCachedResponse, writeCachedResponse } from '../storage/kv';
import { D1Unavailable, byDeadline, tagD1Failures } from '../storage/d1-failures';
import { BOOKMARK_HEADER, readTags, shareSession } from '../storage/d1-session';
import { edgeHeaders } from './edge-headers';
import { ByteLRU } from '../storage/memory-cache';
import { KEYLESS_CORS_HEADERS } from './cors';
import { CACHE_POLICIES } from '../app/cache-policy';
import { PUBLIC_CONTRACT_KEY } from '../syndication/contract';
import { readerKey } from '../syndication/reader';

/** The per-isolate tier: 16 MiB of serialized responses. */
export const MEMORY_BUDGET_BYTES = 16 * 1024 * 1024;
/** How long a read may wait on D1 before the last cached copy is served instead. */
export const DEFAULT_D1_TIMEOUT_MS = 5000;
/** `Retry-After` when D1 fails and nothing is cached. */
export { RETRY_AFTER_SECONDS };

/**
 * An entry as the memory tier keeps it: the body encoded once, not again on every hit, and the
 * front door's headers (see answerFromMemory) built on its first keyless hit.
 */
export type MemoryEntry = Omit<CachedResponse, 'body'> & { body: Uint8Array; frontDoor?: FrontDoorHeaders };

/** What answerFromMemory sends for an entry, security headers included, but the request id and the age. */
interface FrontDoorHeaders {
  ok: Headers;
  notModified: Headers;
}

export const memoryTier = new ByteLRU<MemoryEntry>(MEMORY_BUDGET_BYTES);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Keeps `entry` in the memory tier under `key`, counting its body and a little for its headers. */
function remember(key: string, entry: CachedResponse, bytes: Uint8Array = encoder.encode(entry.body)): void {
  memoryTier.set(key, { ...entry, body: bytes }, bytes.byteLength + 1024);
}

/**
 * Requests this isolate has answered through `cached` — their URL and `Accept`, since a route may
 * answer one URL in several representations — each mapped to its cache key, so that a repeat
 * finds its memory entry before routing validates and hashes it again. Bounded by bytes like the
 * tier itself: variants of a request (parameters in another order, another `Accept` naming the
 * same representation) each take a slot here, never another copy of the response.
 */
export const knownUrls = new ByteLRU<string>(1024 * 1024);

/** The `knownUrls` key of a request: its `Accept` header and its URL. */
function requestKey(url: string, accept: string | null | undefined): string {
  return `${accept ?? ''}\n${url}`;
}

/** Optional knobs read from the environment: caching off (benchmarks), a shorter D1 timeout (tests). */
interface CacheEnv {
  RESPONSE_CACHE?: string;
  D1_TIMEOUT_MS?: string;
}

type Handler<C> = (c: C, next: () => Promise<void>) => unknown;

/** What else than its inputs tells a route's answers apart. */
export interface CachedOptions {
  /** The representation the request negotiated (`json`, `ninjs`), for a route that has several. */
  representation?: (c: Context<AppEnv>) => string;
}

/**
 * The key: a hash of the path, the validated (normalized, defaulted) inputs, the origin, the
 * representation and the reader's contract (canonical, so keys with equal contracts share
 * entries; never the key id).
 */
async function cacheKey(c: Context<AppEnv>, options: CachedOptions): Promise<string> {
  const valid = (target: string) => (c.req.valid as (t: never) => unknown)(target as never);
  const url = new URL(c.req.url);
  const material = JSON.stringify([url.origin, c.req.path, valid('param') ?? null, valid('query') ?? null, options.representation?.(c) ?? null, readerKey(c)]);
  return (await sha256Hex(material)).slice(0, 40);
}

/** Where `knownUrls` keeps a request (URL and `Accept`) as read under a contract: another answer per contract. */
const urlSlot = (reader: string, url: string, accept: string | null | undefined) => `${reader} ${requestKey(url, accept)}`;

/** The memory entry for a request answered before through `cached` for this contract, when it is still there. */
function entryForRequest(reader: string, url: string, accept: string | null | undefined): MemoryEntry | undefined {
  const key = knownUrls.get(urlSlot(reader, url, accept));
  return key === undefined ? undefined : memoryTier.get(key);
}

/** Whether `entry` was made under the current generation (never when that is unknown). */
function isCurrent(entry: { generation: number }, generation: { value: number | null }): boolean {
  return generation.value !== null && entry.generation === generation.value;
}

function edgeUrl(key: string, generation: number): string {
  return `https://cache.byline.internal/${key}?g=${generation}`;
}

/** The Cache API where the runtime has one (it is absent or a no-op in some places). */
function edgeCache(): Cache | null {
  return typeof caches !== 'undefined' && 'default' in caches ? (caches as unknown as { default: Cache }).default : null;
}

function runLater(c: Context<AppEnv>, work: Promise<unknown>): void {
  const settled = work.catch((error) => console.warn(JSON.stringify({ level: 'warn', event: 'cache-write-failed', error: String(error) })));
  try {
    c.executionCtx.waitUntil(settled);
  } catch {
    // No execution context (app.request in tests): let it finish on its own.
  }
}

/**
 * A stored response as this request's answer: its own request id (none for the Cache API's
 * copy), the tier that answered in `Cache-Status`, and its age.
 */
function toResponse(entry: CachedResponse | MemoryEntry, status: string, requestId: string | null, extra: Record<string, string> = {}): Response {
  const headers = new Headers(entry.headers);
  if (requestId) headers.set('X-Request-Id', requestId);
  headers.set('Cache-Status', `Byline; ${status}`);
  headers.set('Age', String(Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000))));
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(entry.body, { status: entry.status, headers });
}

/** A strong ETag from the body's bytes: the same whichever tier answers, and with caching off. */
async function contentETag(body: Uint8Array): Promise<string> {
  return `"${(await sha256Hex(body)).slice(0, 32)}"`;
}

/** A response as the tiers keep it, read once: the entry (for KV) and its encoded body. */
async function serialize(res: Response, generation: number): Promise<{ entry: CachedResponse; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  // The request id belongs to the request that filled the cache, not to the ones it answers.
  headers.delete('X-Request-Id');
  if (!headers.has('ETag')) headers.set('ETag', await contentETag(bytes));
  const entry = { generation, storedAt: Date.now(), status: res.status, headers: [...headers], body: decoder.decode(bytes) };
  return { entry, bytes };
}

/**
 * A partner's view is its own: shared caches (and the browser's, for others) must not keep it,
 * whatever the route said. Stored entries are per contract, so a hit carries this header too.
 */
function keepPrivate(c: Context<AppEnv>, res: Response): Response {
  if (readerKey(c) !== PUBLIC_CONTRACT_KEY && res.headers.has('Cache-Control')) res.headers.set('Cache-Control', CACHE_POLICIES.partner);
  return res;
}

/**
 * Serves a public GET from the cache tiers — isolate memory, the Cache API, KV — when an
 * entry of the current generation is there, else runs the handler (D1) and stores its 200.
 * When D1 itself fails or does not answer in time, the last cached copy is served, however
 * old, marked stale; with nothing cached the answer is 503 with Retry-After. Any other error
 * (a problem for the client, a query SQLite refuses, a bug) is the app's to answer: never a
 * stale copy that would hide it.
 *
 * @example
 * ```ts
 * router.openapi(routes.getArticle, cached(handlers.getArticle, { representation: representationOf }))
 * ```
 */
export function cached<H extends Handler<any>>(handler: H, options: CachedOptions = {}): H {
  const wrapped = async function cachedHandler(c: Context<AppEnv>, next: () => Promise<void>): Promise<Response> {
    const env = c.env as Env & CacheEnv;
    const db = tagD1Failures(env.DB);
    shareSession(db, env.DB);
    if (env.RESPONSE_CACHE === 'off') {
      c.env = { ...env, DB: db };
      const res = keepPrivate(c, (await handler(c, next)) as Response);
      res.headers.set('Cache-Status', 'Byline; fwd=bypass');
      if (res.status === 200) edgeHeaders(res.headers, c.req.routePath, readTags(db));
      if (res.status !== 200 || res.headers.has('ETag')) return res;
      // Tagged here from the body as read once, rather than by the ETag middleware cloning it.
      const body = new Uint8Array(await res.arrayBuffer());
      const tagged = new Response(body, res);
      tagged.headers.set('ETag', await contentETag(body));
      return tagged;
    }
    const key = await cacheKey(c, options);
    const slot = urlSlot(readerKey(c), c.req.url, c.req.header('Accept'));
    knownUrls.set(slot, key, (slot.length + key.length) * 2);
    const generation = await currentGeneration(env.DB);

    const fromMemory = memoryTier.get(key);
    if (fromMemory && isCurrent(fromMemory, generation)) return toResponse(fromMemory, 'hit; detail=memory', c.get('requestId'));

    const edge = edgeCache();
    if (edge && generation.value !== null) {
      const hit = await edge.match(edgeUrl(key, generation.value)).catch(() => undefined);
      if (hit) {
        const { entry, bytes } = await serialize(hit, generation.value);
        remember(key, entry, bytes);
        return toResponse(entry, 'hit; detail=edge', c.get('requestId'));
      }
    }

    let fromKv: CachedResponse | null = null;
    try {
      fromKv = await readCachedResponse(env.CACHE, key);
    } catch (error) {
      console.warn(JSON.stringify({ level: 'warn', event: 'kv-read-failed', error: String(error) }));
    }
    if (fromKv && isCurrent(fromKv, generation)) {
      remember(key, fromKv);
      return toResponse(fromKv, 'hit; detail=kv', c.get('requestId'));
    }

    let res: Response;
    try {
      const ms = Number(env.D1_TIMEOUT_MS ?? DEFAULT_D1_TIMEOUT_MS);
      // This request's own view of the bindings: what D1 throws arrives tagged as its failure.
      c.env = { ...env, DB: db };
      // Its timer cleared once the handler answers: left running, every miss kept one for `ms`.
      res = keepPrivate(c, (await byDeadline(Promise.resolve(handler(c, next)), Date.now() + ms)) as Response);
    } catch (error) {
      if (!(error instanceof D1Unavailable)) throw error;
      const fallback = [fromMemory, fromKv].filter((e) => !!e).sort((a, b) => b.storedAt - a.storedAt)[0];
      console.error(JSON.stringify({ level: 'error', event: 'origin-failed', request_id: c.get('requestId'), stale_served: !!fallback, error: String(error) }));
      if (!fallback) {
        throw serviceUnavailable('The database is not answering and nothing is cached for this request yet. Try again shortly.');
      }
      const ageSeconds = Math.floor((Date.now() - fallback.storedAt) / 1000);
      return toResponse(fallback, `hit; ttl=-${ageSeconds}; detail=stale-if-error`, c.get('requestId'), { Warning: '111 - "Revalidation Failed"' });
    }
    if (res.status === 200) edgeHeaders(res.headers, c.req.routePath, readTags(db));
    if (res.status !== 200 || generation.value === null || generation.stale) return res;

    const { entry, bytes } = await serialize(res, generation.value);
    remember(key, entry, bytes);
    // KV before anything could point at it: nothing does, since readers find entries by key.
    runLater(c, writeCachedResponse(env.CACHE, key, entry));
    if (edge) runLater(c, edge.put(edgeUrl(key, generation.value), toResponse(entry, 'hit; detail=edge', null)));
    return toResponse(entry, 'fwd=miss; stored', c.get('requestId'));
  };
  return wrapped as unknown as H;
}

/**
 * The memory tier, looked up by the request's URL before routing: a public GET this isolate has
 * already answered through `cached`, under the current generation, is served without
 * validating and hashing its inputs again. Anything else goes on to the route (and `cached`).
 * Register it after the middleware that must see every request (keys, CORS, ETag).
 *
 * @example
 * ```ts
 * app.use(memoryFastPath())
 * ```
 */
export function memoryFastPath(): MiddlewareHandler<AppEnv> {
  return async function memoryFastPathMiddleware(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const entry = entryForRequest(readerKey(c), c.req.url, c.req.header('Accept'));
    if (entry && (c.env as Env & CacheEnv).RESPONSE_CACHE !== 'off' && isCurrent(entry, await currentGeneration(c.env.DB))) {
      return toResponse(entry, 'hit; detail=memory', c.get('requestId'));
    }
    return next();
  };
}

/**
 * The front door for the commonest reads: a keyless GET (or HEAD) of a URL this isolate has
 * answered through `cached`, whose memory entry is of the generation it read less than
 * GENERATION_TTL_MS ago, is answered here before the router is entered, with what the app's
 * middleware would add (its request id, the keyless CORS headers) — a 304 when If-None-Match
 * names its ETag, as the app's etag middleware would. Anything else — a key to check, a
 * bookmark to read at, a generation to re-read — returns null and goes to the app, where
 * `memoryFastPath` and `cached` answer it.
 *
 * @example
 * ```ts
 * fetch: (request, env, ctx) => answerFromMemory(request, env) ?? app.fetch(request, env, ctx)
 * ```
 */
export function answerFromMemory(request: Request, env: Env): Response | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  if ((env as Env & CacheEnv).RESPONSE_CACHE === 'off') return null;
  if (request.headers.has('Authorization') || request.headers.has(BOOKMARK_HEADER)) return null;
  const entry = entryForRequest(PUBLIC_CONTRACT_KEY, request.url, request.headers.get('Accept'));
  if (!entry || entry.generation !== freshGeneration()) return null;
  // The URL, part of the entry's key, fixes the scheme and so whether HSTS is sent.
  entry.frontDoor ??= frontDoorHeaders(entry, request.url.startsWith('https:'));
  const frontDoor = entry.frontDoor;
  const ifNoneMatch = request.headers.get('If-None-Match');
  if (ifNoneMatch !== null && etagMatches(entry, ifNoneMatch)) {
    // Headers passed as a Headers object are copied natively, where pairs are converted one by one.
    const notModified = new Response(null, { status: 304, headers: frontDoor.notModified });
    notModified.headers.set('X-Request-Id', requestIdFor(request));
    return notModified;
  }
  const res = new Response(request.method === 'HEAD' ? null : entry.body, { status: entry.status, headers: frontDoor.ok });
  res.headers.set('X-Request-Id', requestIdFor(request));
  res.headers.set('Age', String(Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000))));
  return res;
}

/** Whether `If-None-Match` names the entry's ETag (weak comparison, as hono/etag does it). */
function etagMatches(entry: MemoryEntry, ifNoneMatch: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const etag = entry.headers.find(([name]) => name === 'etag')?.[1]?.replace(/^W\//, '');
  return etag !== undefined && (ifNoneMatch.match(/"[^"]*"/g)?.includes(etag) ?? false);
}

// What the app's 304 keeps (create-app.ts's etag middleware), besides what the front door sets.
const RETAINED_304 = new Set(['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary']);

/**
 * The headers of the front door's 200 and 304 for `entry`, as toResponse and the app's 304 would
 * set them: built once per entry, since a hit is then one copy of them (a cached hit's cost is
 * mostly its headers).
 */
function frontDoorHeaders(entry: MemoryEntry, https: boolean): FrontDoorHeaders {
  const ok = new Headers(entry.headers);
  // Set per hit instead; entries from the app carry none, but a copy must never say two.
  ok.delete('X-Request-Id');
  ok.delete('Age');
  ok.set('Cache-Status', 'Byline; hit; detail=memory');
  for (const [name, value] of Object.entries(KEYLESS_CORS_HEADERS)) ok.set(name, value);
  const notModified = new Headers();
  for (const [name, value] of entry.headers) if (RETAINED_304.has(name)) notModified.set(name, value);
  for (const [name, value] of Object.entries(KEYLESS_CORS_HEADERS)) notModified.set(name, value);
  notModified.set('Cache-Status', 'Byline; hit; detail=memory');
  applySecurityHeaders(ok, https);
  applySecurityHeaders(notModified, https);
  return { ok, notModified };
}
