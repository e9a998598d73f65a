import { createScheduledController } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from 'hono';
import { createApp } from '../../../src/app/create-app';
import type { AppEnv } from '../../../src/app/types';
import { withSecurityHeaders } from '../../../src/app/security-headers';
import worker, { app } from '../../../src/index';
import { answerFromMemory, cached, memoryTier } from '../../../src/middleware/cache';
import { forgetGeneration } from '../../../src/storage/generation';
import { readCachedResponse } from '../../../src/storage/kv';
import { call, createArticle, createKey, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { failingD1, failingKV, tooDeepD1 } from '../helpers/faults';

const body = '<p>Cached body.</p>';

beforeAll(async () => {
  await resetStorage();
  await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES ('world', 'World', '2023-01-01T00:00:00Z')").run();
});

beforeEach(() => {
  vi.restoreAllMocks();
});

const status = (res: Response) => res.headers.get('Cache-Status');
const headline = async (res: Response) => ((await res.json()) as { data: { headline: string } }).data.headline;

describe('cache tiers', () => {
  it('misses, stores, then answers from memory, and from KV when memory is cold', async () => {
    await createArticle({ headline: 'Tiered', body_html: body, status: 'published' });
    const first = await get('/v1/articles/tiered');
    expect(status(first)).toBe('Byline; fwd=miss; stored');
    const second = await get('/v1/articles/tiered');
    expect(status(second)).toBe('Byline; hit; detail=memory');
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(await second.text()).toBe(await first.text());
    // A hit answers with its own request id, not the one of the request that filled the cache.
    expect(second.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('X-Request-Id')).not.toBe(first.headers.get('X-Request-Id'));
    expect((await get('/v1/articles/tiered', { headers: { 'X-Request-Id': 'trace-42' } })).headers.get('X-Request-Id')).toBe('trace-42');

    memoryTier.clear();
    await vi.waitFor(async () => {
      const res = await get('/v1/articles/tiered');
      expect(status(res)).toMatch(/^Byline; hit; detail=(kv|edge)$/);
    });
  });

  it('leaves no deadline timer running once a miss has answered', async () => {
    await createArticle({ headline: 'No Timer Left', body_html: body, status: 'published' });
    const started = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    const res = await get('/v1/articles/no-timer-left');
    expect(status(res)).toBe('Byline; fwd=miss; stored');
    // The deadlines (D1's, the read's) are seconds long; any of them still set would fire later.
    const deadlines = started.mock.calls.flatMap(([, ms], i) => (Number(ms) >= 1000 ? [started.mock.results[i]!.value] : []));
    expect(deadlines.length).toBeGreaterThan(0);
    // The KV write finishes after the answer (waitUntil); its timer ends with it, within a second.
    await vi.waitFor(() => {
      const ended = new Set(cleared.mock.calls.map(([timer]) => timer));
      expect(deadlines.filter((timer) => !ended.has(timer))).toEqual([]);
    });
  });

  it('really serves from the cache: a change made behind its back is not seen until a write bumps the generation', async () => {
    const article = await createArticle({ headline: 'Behind The Back', body_html: body, status: 'published' });
    expect(await headline(await get('/v1/articles/behind-the-back'))).toBe('Behind The Back');
    await env.DB.prepare("UPDATE articles SET headline = 'Changed In D1' WHERE id = ?1").bind(article.id).run();
    expect(await headline(await get('/v1/articles/behind-the-back'))).toBe('Behind The Back');
    await expectJson(await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { standfirst: 'x' }, headers: { 'If-Match': '"1"' } }), 200);
    expect(await headline(await get('/v1/articles/behind-the-back'))).toBe('Changed In D1');
  });

  it('normalizes keys: parameter order and defaults do not make new entries', async () => {
    await get('/v1/articles?section=world&limit=20');
    expect(status(await get('/v1/articles?limit=20&section=world'))).toBe('Byline; hit; detail=memory');
    expect(status(await get('/v1/articles?section=world'))).toBe('Byline; hit; detail=memory');
  });

  it('answers If-None-Match on a cached entry with 304', async () => {
    const etag = (await get('/v1/sections')).headers.get('ETag')!;
    const res = await get('/v1/sections', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('Cache-Control')).toContain('max-age');
  });

  it('serves a repeated URL from memory before routing: no key is validated and hashed again', async () => {
    await createArticle({ headline: 'Fast Path', body_html: body, status: 'published' });
    const first = await get('/v1/articles/fast-path?fields=headline');
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const repeat = await get('/v1/articles/fast-path?fields=headline');
    expect(status(repeat)).toBe('Byline; hit; detail=memory');
    expect(digest).not.toHaveBeenCalled();
    expect(await repeat.text()).toBe(await first.text());
    // HEAD takes the same path and answers the same headers without a body.
    const head = await get('/v1/articles/fast-path?fields=headline', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(await head.text()).toBe('');
    expect(digest).not.toHaveBeenCalled();
  });

  it('still checks keys, CORS and input on URLs it has answered before', async () => {
    const cachedList = await get('/v1/articles?limit=2');
    expect(status(await get('/v1/articles?limit=2'))).toBe('Byline; hit; detail=memory');
    expect((await get('/v1/articles?limit=2', { headers: { Authorization: 'Bearer not-a-key' } })).status).toBe(401);
    const partner = await createKey('partner', ['https://partner.example']);
    const elsewhere = await get('/v1/articles?limit=2', { headers: { Authorization: `Bearer ${partner.secret}`, Origin: 'https://elsewhere.example' } });
    expect(elsewhere.status).toBe(403);
    const allowed = await get('/v1/articles?limit=2', { headers: { Authorization: `Bearer ${partner.secret}`, Origin: 'https://partner.example' } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://partner.example');
    expect(allowed.headers.get('Vary')).toContain('Origin');
    expect(cachedList.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect((await get('/v1/articles?limit=abc')).status).toBe(400);
    expect((await get('/v1/articles?limit=abc')).status).toBe(400);
  });

  it('bypasses every tier when RESPONSE_CACHE is off', async () => {
    const res = await app.request('http://byline.test/v1/sections', {}, { ...env, RESPONSE_CACHE: 'off' });
    expect(res.status).toBe(200);
    expect(status(res)).toBe('Byline; fwd=bypass');
    // The same strong ETag as the cached answer, so a client can revalidate across either.
    expect(res.headers.get('ETag')).toBe((await get('/v1/sections')).headers.get('ETag'));
    const notModified = await app.request('http://byline.test/v1/sections', { headers: { 'If-None-Match': res.headers.get('ETag')! } }, { ...env, RESPONSE_CACHE: 'off' });
    expect(notModified.status).toBe(304);
  });
});

describe('invalidation on every kind of write, seen at once by the writing isolate', () => {
  const listHeadlines = async () => ((await (await get('/v1/articles?limit=100')).json()) as { data: { headline: string }[] }).data.map((a) => a.headline);

  it('create, update, publish, withdraw, delete and scheduled publishing all show in the next read', async () => {
    await listHeadlines();
    const created = await createArticle({ headline: 'Fresh One', body_html: body, section: 'world', tags: ['Caching'], status: 'published' });
    expect(await listHeadlines()).toContain('Fresh One');
    const tagCount = async () => ((await (await get('/v1/tags')).json()) as { data: { slug: string; article_count: number }[] }).data.find((t) => t.slug === 'caching')?.article_count;
    expect(await tagCount()).toBe(1);

    await expectJson(await call(`/v1/admin/articles/${created.id}`, { method: 'PATCH', body: { headline: 'Fresh Two' }, headers: { 'If-Match': '"1"' } }), 200);
    expect(await listHeadlines()).toContain('Fresh Two');
    expect(await headline(await get(`/v1/articles/${created.slug}`))).toBe('Fresh Two');

    await expectJson(await call(`/v1/admin/articles/${created.id}/withdraw`, { method: 'POST', body: { reason: 'x' } }), 200);
    expect(await listHeadlines()).not.toContain('Fresh Two');
    expect((await get(`/v1/articles/${created.slug}`)).status).toBe(410);
    // Only a withdrawn article carries the tag now, so it is no longer listed at all.
    expect(await tagCount()).toBeUndefined();

    await expectJson(await call(`/v1/admin/articles/${created.id}/publish`, { method: 'POST' }), 200);
    expect(await listHeadlines()).toContain('Fresh Two');

    expect((await call(`/v1/admin/articles/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await listHeadlines()).not.toContain('Fresh Two');
    expect((await get(`/v1/articles/${created.slug}`)).status).toBe(404);

    const scheduled = await createArticle({ headline: 'Due Soon', body_html: body, publish_at: '2030-01-01T00:00:00Z' });
    expect(await listHeadlines()).not.toContain('Due Soon');
    await worker.scheduled(createScheduledController({ scheduledTime: new Date('2030-01-01T00:01:00Z'), cron: '* * * * *' }), env);
    expect(await listHeadlines()).toContain('Due Soon');
    expect((await get(`/v1/articles/${scheduled.slug}`)).status).toBe(200);
  });
});

describe('failures', () => {
  it('serves the last cached copy, marked stale, when D1 errors', async () => {
    await createArticle({ headline: 'Resilient', body_html: body, status: 'published' });
    const fresh = await get('/v1/articles/resilient');
    const freshBody = await fresh.text();
    // A write elsewhere makes the cached copy out of date; then D1 goes down.
    await createArticle({ headline: 'Another', body_html: body, status: 'published' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('http://byline.test/v1/articles/resilient', {}, { ...env, DB: failingD1('error') });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(freshBody);
    expect(status(res)).toMatch(/^Byline; hit; ttl=-\d+; detail=stale-if-error$/);
    expect(res.headers.get('Warning')).toContain('111');
  });

  it('serves the stale copy when D1 does not answer in time', async () => {
    await get('/v1/authors');
    await createArticle({ headline: 'Bump', body_html: body, status: 'published' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('http://byline.test/v1/authors', {}, { ...env, DB: failingD1('hang'), D1_TIMEOUT_MS: '50' });
    expect(res.status).toBe(200);
    expect(status(res)).toContain('detail=stale-if-error');
  });

  it('answers 503 problem+json with Retry-After when D1 fails and nothing is cached', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('http://byline.test/v1/articles/never-read', {}, { ...env, DB: failingD1('error') });
    expect(res.status).toBe(503);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('30');
  });

  /** Caches `path`, then makes its copy out of date, so that only a failure could serve it. */
  async function cacheThenOutdate(path: string, headline: string): Promise<void> {
    await createArticle({ headline, body_html: body, status: 'published' });
    expect((await get(path)).status).toBe(200);
    await createArticle({ headline: `${headline} Bump`, body_html: body, status: 'published' });
  }

  async function expectInternalError(res: Response, logged: { mock: { calls: unknown[][] } }): Promise<void> {
    const text = await res.text();
    expect(res.status, text).toBe(500);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Warning')).toBeNull();
    expect(status(res) ?? '').not.toContain('stale-if-error');
    const id = res.headers.get('X-Request-Id');
    expect(JSON.parse(text)).toMatchObject({ status: 500, type: '/problems/internal-error', request_id: id });
    expect(logged.mock.calls.some(([line]) => String(line).includes(id!) && String(line).includes('"level":"error"'))).toBe(true);
  }

  it('answers 500, not the stale copy, when SQLite refuses our query (Expression tree is too large)', async () => {
    await cacheThenOutdate('/v1/articles/refused-query', 'Refused Query');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('http://byline.test/v1/articles/refused-query', {}, { ...env, DB: tooDeepD1(env.DB, /FROM articles/) });
    await expectInternalError(res, logged);
    expect(JSON.stringify(logged.mock.calls)).toContain('Expression tree is too large');
  });

  it('answers 500, not the stale copy or a 503, when a handler has a bug', async () => {
    await cacheThenOutdate('/v1/articles/buggy-handler', 'Buggy Handler');
    const bug = () => new TypeError("Cannot read properties of undefined (reading 'map')");
    let logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expectInternalError(await app.request('http://byline.test/v1/articles/buggy-handler', {}, { ...env, DB: failingD1('error', bug) }), logged);
    logged.mockRestore();
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expectInternalError(await app.request('http://byline.test/v1/articles/never-cached', {}, { ...env, DB: failingD1('error', bug) }), logged);

    // A bug of our own code, outside any binding: a URIError from decoding what a client sent.
    const buggy = createApp();
    let calls = 0;
    buggy.get(
      '/decoded',
      cached((c: Context<AppEnv>) => (calls++ === 0 ? c.json({ ok: true }) : c.json({ ok: decodeURIComponent('%E0%A4%A') }))),
    );
    expect((await buggy.request('http://byline.test/decoded', {}, env)).status).toBe(200);
    await createArticle({ headline: 'Decoded Bump', body_html: body, status: 'published' });
    logged.mockRestore();
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expectInternalError(await buggy.request('http://byline.test/decoded', {}, env), logged);
  });

  it('serves from D1 when KV fails', async () => {
    memoryTier.clear();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const res = await app.request('http://byline.test/v1/articles?limit=3', {}, { ...env, CACHE: failingKV() });
    expect(res.status).toBe(200);
    expect(status(res)).toBe('Byline; fwd=miss; stored');
    expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(3);
  });

  it('stores entries in KV under a hashed key, never the raw query', async () => {
    const { results } = await env.CACHE.list({ prefix: 'resp:' }).then((r) => ({ results: r.keys }));
    expect(results.length).toBeGreaterThan(0);
    for (const { name } of results) expect(name).toMatch(/^resp:[0-9a-f]{40}$/);
    const entry = await readCachedResponse(env.CACHE, results[0]!.name.slice(5));
    expect(entry).toMatchObject({ status: 200, generation: expect.any(Number) });
  });
});

describe('the front door: repeat keyless reads answered from memory before the router', () => {
  const comparable = (res: Response) => {
    const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'x-request-id' && name !== 'age'));
    return { status: res.status, headers };
  };

  it('answers exactly what the app answers, for every kind of cached resource', async () => {
    await createArticle({ headline: 'Front Door', body_html: body, section: 'world', tags: ['Doors'], status: 'published' });
    const paths = [
      '/v1/articles/front-door',
      '/v1/articles?tag=doors&limit=3',
      '/v1/articles/front-door/related',
      '/v1/sections',
      '/v1/tags',
      '/v1/feed.xml',
      '/embed/front-door',
      `/oembed?url=${encodeURIComponent('https://news.example.com/world/front-door')}`,
    ];
    for (const path of paths) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      await first.arrayBuffer();
      // What the Worker adds around the app and the front door alike (security headers).
      const viaApp = withSecurityHeaders(await app.request(`http://byline.test${path}`, {}, env), new Request(`http://byline.test${path}`));
      expect(answerFromMemory(new Request(`http://byline.test${path}`), env), path).not.toBeNull();
      const viaDoor = await get(path);
      expect(status(viaDoor), path).toBe('Byline; hit; detail=memory');
      expect(comparable(viaDoor), path).toEqual(comparable(viaApp));
      expect(await viaDoor.text(), path).toBe(await viaApp.text());
    }
  });

  it('answers If-None-Match from memory: the 304 the app answers when it matches, the 200 when not', async () => {
    const path = '/v1/articles/front-door';
    const etag = (await get(path)).headers.get('ETag')!;
    for (const ifNoneMatch of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const request = () => new Request(`http://byline.test${path}`, { headers: { 'If-None-Match': ifNoneMatch } });
      const viaDoor = answerFromMemory(request(), env);
      expect(viaDoor?.status, ifNoneMatch).toBe(304);
      const viaApp = withSecurityHeaders(await app.request(request(), {}, env), request());
      expect(comparable(viaDoor!), ifNoneMatch).toEqual(comparable(viaApp));
      expect(viaDoor!.body).toBeNull();
    }
    const changed = answerFromMemory(new Request(`http://byline.test${path}`, { headers: { 'If-None-Match': '"not-it"' } }), env);
    expect(changed?.status).toBe(200);
    expect(changed?.headers.get('ETag')).toBe(etag);
  });

  it('carries the security headers itself, HSTS only for a URL read over https', async () => {
    for (const origin of ['http://byline.test', 'https://byline.test']) {
      const read = () => exports.default.fetch(`${origin}/v1/sections`);
      await read();
      const etag = (await read()).headers.get('ETag')!;
      for (const headers of [{}, { 'If-None-Match': etag }] as Record<string, string>[]) {
        const door = answerFromMemory(new Request(`${origin}/v1/sections`, { headers }), env)!;
        expect(door.headers.get('X-Content-Type-Options')).toBe('nosniff');
        expect(door.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
        expect(door.headers.get('Strict-Transport-Security'), origin).toBe(origin.startsWith('https:') ? 'max-age=63072000; includeSubDomains' : null);
      }
    }
  });

  it('is skipped by answerFromMemory for keys, bookmarks, other methods and a generation to re-read', async () => {
    await get('/v1/sections');
    const door = (init?: RequestInit) => answerFromMemory(new Request('http://byline.test/v1/sections', init), env);
    const ok = door();
    expect(ok?.status).toBe(200);
    expect(ok?.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(door({ headers: { 'X-Request-Id': 'from-client' } })?.headers.get('X-Request-Id')).toBe('from-client');
    const head = door({ method: 'HEAD' });
    expect(head?.status).toBe(200);
    expect(head?.body).toBeNull();
    expect(door({ headers: { Authorization: 'Bearer x' } })).toBeNull();
    expect(door({ headers: { 'X-D1-Bookmark': '00000000-00000009-00000000-00000000000000000000000000000000' } })).toBeNull();
    expect(door({ method: 'POST' })).toBeNull();
    expect(answerFromMemory(new Request('http://byline.test/v1/sections'), { ...env, RESPONSE_CACHE: 'off' } as Env)).toBeNull();
    expect(answerFromMemory(new Request('http://byline.test/v1/sections?never=asked'), env)).toBeNull();
    forgetGeneration();
    expect(door()).toBeNull();
    // The app re-reads the generation, and the door opens again.
    expect(status(await get('/v1/sections'))).toBe('Byline; hit; detail=memory');
    expect(door()).not.toBeNull();
  });
});
