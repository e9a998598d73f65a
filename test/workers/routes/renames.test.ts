import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

const ORIGIN = 'http://byline.test';
const SITE = 'https://news.example.com';
const body = '<p>Dock workers in Mombasa ended a nine-day strike on Friday.</p>';

/** Renames an article with `If-Match: *` and returns the stored article. */
async function rename(id: string, slug: string, extra: Record<string, unknown> = {}): Promise<any> {
  return (await expectJson(await call(`/v1/admin/articles/${id}`, { method: 'PATCH', body: { slug, ...extra }, headers: { 'If-Match': '*' } }), 200)).data;
}

/** Reads a path without following redirects. */
const read = (path: string, headers: Record<string, string> = {}) => get(path, { headers, redirect: 'manual' });

async function expectMoved(path: string, location: string, headers: Record<string, string> = {}): Promise<Response> {
  const res = await read(path, headers);
  expect(res.status, path).toBe(301);
  expect(res.headers.get('Location'), path).toBe(location);
  await res.body?.cancel();
  return res;
}

async function changes(): Promise<any[]> {
  return (await expectJson(await get('/v1/changes?limit=1000'), 200)).data;
}

async function changesOf(id: string): Promise<any[]> {
  return (await changes()).filter((change) => change.id === id);
}

// One storage for the file (a reset would cut off cache writes in flight): each test names its
// slugs under a prefix of its own, `s('a')` → `t3-a`.
let tests = 0;
let s: (name: string) => string = (name) => name;
beforeAll(resetStorage);
beforeEach(() => {
  const prefix = `t${++tests}`;
  s = (name) => `${prefix}-${name}`;
});

/** An article published as `a`, then renamed to `b`, then to `c`. */
async function renamedTwice(headline = 'Port Strike Ends'): Promise<any> {
  const article = await createArticle({ headline, body_html: body, slug: s('a'), status: 'published' });
  await rename(article.id, s('b'));
  return rename(article.id, s('c'));
}

describe('a renamed article', () => {
  it('answers 301 from every slug it had to its current one, keeping the query, with CORS', async () => {
    await renamedTwice();
    for (const old of [s('a'), s('b')]) {
      const res = await expectMoved(`/v1/articles/${old}?fields=slug,headline`, `${ORIGIN}/v1/articles/${s('c')}?fields=slug,headline`);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
    const { data } = await expectJson(await get(`/v1/articles/${s('a')}?fields=slug,headline`), 200);
    expect(data).toEqual({ slug: s('c'), headline: 'Port Strike Ends' });
  });

  it('answers 301 from its old slugs for related articles and the embed card, as HTML and as JSON', async () => {
    await renamedTwice();
    for (const old of [s('a'), s('b')]) {
      await expectMoved(`/v1/articles/${old}/related?limit=3`, `${ORIGIN}/v1/articles/${s('c')}/related?limit=3`);
      await expectMoved(`/embed/${old}?theme=dark`, `${ORIGIN}/embed/${s('c')}?theme=dark`, { Accept: 'text/html' });
      await expectMoved(`/embed/${old}`, `${ORIGIN}/embed/${s('c')}`, { Accept: 'application/json' });
    }
    expect((await get(`/embed/${s('a')}`, { headers: { Accept: 'text/html' } })).status).toBe(200);
  });

  it('answers oEmbed 301 for its old API URL and its old canonical URL, naming it as it is now', async () => {
    const article = await renamedTwice();
    expect(article.url).toBe(`${SITE}/news/${s('c')}`);
    for (const old of [s('a'), s('b')]) {
      const api = encodeURIComponent(`${ORIGIN}/v1/articles/${old}`);
      await expectMoved(`/oembed?url=${api}&maxwidth=400`, `${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/v1/articles/${s('c')}`)}&maxwidth=400`);
      const canonical = encodeURIComponent(`${SITE}/news/${old}`);
      await expectMoved(`/oembed?url=${canonical}`, `${ORIGIN}/oembed?url=${encodeURIComponent(`${SITE}/news/${s('c')}`)}`);
    }
    const followed = await expectJson(await get(`/oembed?url=${encodeURIComponent(`${SITE}/news/${s('a')}`)}`), 200);
    expect(followed.title).toBe('Port Strike Ends');
  });

  it('answers the article itself, without a redirect, by its id', async () => {
    const article = await renamedTwice();
    const res = await read(`/v1/articles/${article.id}`);
    expect(res.headers.get('Location')).toBeNull();
    expect((await expectJson(res, 200)).data).toMatchObject({ id: article.id, slug: s('c') });
    await expectJson(await read(`/v1/articles/${article.id}/related`), 200);
    expect(article.id).toMatch(/_/);
    expect((await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { slug: article.id }, headers: { 'If-Match': '*' } })).status).toBe(422);
  });

  it('gives an old slug to the article that takes it over, and back to the newest one that gave it up', async () => {
    const first = await renamedTwice();
    const taker = await createArticle({ headline: 'Another Story', body_html: body, slug: s('a'), status: 'published' });
    expect((await expectJson(await read(`/v1/articles/${s('a')}`), 200)).data.id).toBe(taker.id);
    await expectMoved(`/v1/articles/${s('b')}`, `${ORIGIN}/v1/articles/${s('c')}`);
    await rename(taker.id, s('d'));
    await expectMoved(`/v1/articles/${s('a')}`, `${ORIGIN}/v1/articles/${s('d')}`);
    await rename(first.id, s('a'));
    expect((await expectJson(await read(`/v1/articles/${s('a')}`), 200)).data.id).toBe(first.id);
    await expectMoved(`/v1/articles/${s('c')}`, `${ORIGIN}/v1/articles/${s('a')}`);
  });

  it('keeps redirecting while a draft holds the old slug, so the draft does not show', async () => {
    await renamedTwice();
    await createArticle({ headline: 'Secret Draft', body_html: body, slug: s('b') });
    await expectMoved(`/v1/articles/${s('b')}`, `${ORIGIN}/v1/articles/${s('c')}`);
  });

  it('does not hand out an old slug for a headline, but lets an explicit slug take it', async () => {
    await renamedTwice();
    expect((await createArticle({ headline: s('a'), body_html: body })).slug).toBe(`${s('a')}-2`);
    expect((await createArticle({ headline: 'X', body_html: body, slug: s('b') })).slug).toBe(s('b'));
  });

  it('answers 404 like an unknown slug for the old slugs of an article that is no longer public', async () => {
    const article = await renamedTwice();
    await rename(article.id, s('c'), { status: 'draft' });
    const unknown = await expectJson(await read('/v1/articles/never-was'), 404);
    for (const old of [s('a'), s('b'), s('c')]) {
      const problem = await expectJson(await read(`/v1/articles/${old}`), 404);
      expect({ ...problem, detail: undefined, request_id: undefined }).toEqual({ ...unknown, detail: undefined, request_id: undefined });
    }
    expect((await read(`/embed/${s('a')}`, { Accept: 'text/html' })).status).toBe(404);
    expect((await read(`/oembed?url=${encodeURIComponent(`${SITE}/news/${s('a')}`)}`)).status).toBe(404);
  });

  it('answers 301 then 410 from the old slug of a withdrawn article', async () => {
    const article = await renamedTwice();
    await expectJson(await call(`/v1/admin/articles/${article.id}/withdraw`, { method: 'POST', body: { reason: 'Legal' } }), 200);
    await expectMoved(`/v1/articles/${s('a')}`, `${ORIGIN}/v1/articles/${s('c')}`);
    expect((await expectJson(await read(`/v1/articles/${s('c')}`), 410)).slug).toBe(s('c'));
  });

  it('never keeps a slug the article had only as a draft', async () => {
    const article = await createArticle({ headline: 'Working Title', body_html: body, slug: 'working-title' });
    await rename(article.id, 'final', { status: 'published' });
    expect((await read('/v1/articles/working-title')).status).toBe(404);
    const entry = (await changesOf(article.id)).at(-1);
    expect(entry).toMatchObject({ slug: 'final', change: 'upsert', previous_slug: null });
  });

  it('leaves no history when the rename fails', async () => {
    const article = await createArticle({ headline: 'One', body_html: body, slug: 'one', status: 'published' });
    await createArticle({ headline: 'Two', body_html: body, slug: 'two', status: 'published' });
    const res = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { slug: 'two' }, headers: { 'If-Match': '*' } });
    expect(res.status).toBe(409);
    const { results } = await env.DB.prepare('SELECT slug FROM slug_history WHERE article_id = ?1').bind(article.id).all();
    expect(results).toEqual([]);
  });
});

describe('the change feed of a rename', () => {
  it('carries previous_slug on the rename entry, and null on every other', async () => {
    const article = await renamedTwice();
    await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { headline: 'Port Strike Over' }, headers: { 'If-Match': '*' } });
    const feed = (await changesOf(article.id)).map(({ slug, previous_slug }) => ({ slug, previous_slug }));
    expect(feed).toEqual([
      { slug: s('a'), previous_slug: null },
      { slug: s('b'), previous_slug: s('a') },
      { slug: s('c'), previous_slug: s('b') },
      { slug: s('c'), previous_slug: null },
    ]);
  });

  it('tells a rename made while withdrawn when the article comes back', async () => {
    const article = await createArticle({ headline: 'Back Again', body_html: body, slug: 'back', status: 'published' });
    await expectJson(await call(`/v1/admin/articles/${article.id}/withdraw`, { method: 'POST', body: { reason: 'Legal' } }), 200);
    await rename(article.id, 'back-again');
    await expectJson(await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST' }), 200);
    expect((await changesOf(article.id)).at(-1)).toMatchObject({ slug: 'back-again', change: 'upsert', previous_slug: 'back' });
  });
});

describe('caching and renames', () => {
  it('never serves a stale redirect or a stale article after another rename', async () => {
    const article = await createArticle({ headline: 'Cached', body_html: body, slug: s('x'), status: 'published' });
    await rename(article.id, s('y'));
    await expectMoved(`/v1/articles/${s('x')}`, `${ORIGIN}/v1/articles/${s('y')}`);
    for (let i = 0; i < 2; i++) expect((await read(`/v1/articles/${s('y')}`)).status).toBe(200);
    await rename(article.id, s('z'));
    await expectMoved(`/v1/articles/${s('x')}`, `${ORIGIN}/v1/articles/${s('z')}`);
    await expectMoved(`/v1/articles/${s('y')}`, `${ORIGIN}/v1/articles/${s('z')}`);
    await rename(article.id, s('y'));
    expect((await expectJson(await read(`/v1/articles/${s('y')}`), 200)).data.slug).toBe(s('y'));
    await expectMoved(`/v1/articles/${s('z')}`, `${ORIGIN}/v1/articles/${s('y')}`);
  });
});
