import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BylineError, createClient } from '../../../packages/client/src/index';
import type { ServedWorker } from '../../../scripts/lib/serve-worker.mjs';
import { serveSeeded } from '../served';

/**
 * Issue 18: @byline/client against the real Worker (workerd, served from Node, the demo newsroom
 * seeded). Every expectation is computed independently of the client: from the admin API.
 */

let byline: ServedWorker;
/** Every published article, from the admin API's own paging: what the public lists must show. */
let published: { id: string; slug: string; section: { slug: string } | null; tags: { slug: string }[] }[];

async function adminAll(path: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: any[]; next_cursor: string | null } = await byline.admin(`${path}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}

/** A fetch that records what it sent and answered, to see ETags, 304s and headers at work. */
function recordingFetch(rewrite?: (req: Request, res: Response) => Response) {
  const seen: { method: string; url: string; status: number; sent: Headers }[] = [];
  const fetcher: typeof fetch = async (input, init) => {
    const req = new Request(input, init);
    const res = await fetch(req.clone());
    const answered = rewrite ? rewrite(req, res) : res;
    seen.push({ method: req.method, url: req.url, status: answered.status, sent: req.headers });
    return answered;
  };
  return { fetcher, seen };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

beforeAll(async () => {
  byline = await serveSeeded();
  published = await adminAll('/v1/admin/articles?status=published');
}, 240_000);
afterAll(() => byline?.close());

describe('articles.list', () => {
  it.each([1, 7, 20, 100])('walks every published article exactly once at page size %i', async (limit) => {
    const { fetcher, seen } = recordingFetch();
    const client = createClient({ baseUrl: byline.origin, fetch: fetcher });
    const ids = (await collect(client.articles.list({ limit }))).map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(published.map((article) => article.id)));
    // limit is the page size: one request per page, never a cap on the total.
    expect(seen.length).toBe(Math.ceil(published.length / limit));
    expect(seen.every((request) => new URL(request.url).searchParams.get('limit') === String(limit))).toBe(true);
  });

  it('filters by section and tags exactly as the full list says', async () => {
    const client = createClient({ baseUrl: byline.origin });
    const world = (await collect(client.articles.list({ section: 'world', limit: 5 }))).map((article) => article.id);
    expect(world.length).toBeGreaterThan(0);
    expect(new Set(world)).toEqual(new Set(published.filter((article) => article.section?.slug === 'world').map((article) => article.id)));
    const both = (await collect(client.articles.list({ tag: ['kenya', 'haiti'], limit: 2 }))).map((article) => article.id);
    const expected = published.filter((article) => ['kenya', 'haiti'].every((tag) => article.tags.some((t) => t.slug === tag)));
    expect(both.length).toBeGreaterThan(0);
    expect(new Set(both)).toEqual(new Set(expected.map((article) => article.id)));
  });
});

describe('reads', () => {
  it('searches, lists sections, tags and authors and related articles', async () => {
    const client = createClient({ baseUrl: byline.origin });
    const found = await collect(client.articles.search('kenya haiti', { limit: 3 }));
    expect(found[0]?.slug).toBe('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks');
    expect(found[0]?.snippet).toContain('<mark>');
    const sections = await collect(client.sections.list());
    expect(sections.map((section) => section.slug)).toContain('world');
    expect(sections.reduce((sum, section) => sum + section.article_count, 0)).toBe(published.filter((article) => article.section).length);
    expect((await collect(client.tags.list())).length).toBeGreaterThan(10);
    expect((await collect(client.authors.list())).length).toBeGreaterThan(1);
    const related = await client.related('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks', { limit: 3 });
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
  });

  it('revalidates with the ETag it kept and answers the cached article on 304', async () => {
    const { fetcher, seen } = recordingFetch();
    const client = createClient({ baseUrl: byline.origin, fetch: fetcher });
    const first = await client.articles.get('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks');
    const again = await client.articles.get('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks');
    expect(again).toEqual(first);
    expect(seen.map((request) => request.status)).toEqual([200, 304]);
    expect(seen[1]?.sent.get('If-None-Match')).toMatch(/^"/);
  });

  it("follows a rename's 301 to the article under its new slug", async () => {
    const { data } = await byline.admin('/v1/admin/articles', { method: 'POST', body: { headline: 'Client rename probe', body_html: '<p>Before.</p>', slug: 'client-rename-before', status: 'published' } });
    const res = await fetch(`${byline.origin}/v1/admin/articles/${data.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${byline.adminToken}`, 'Content-Type': 'application/json', 'If-Match': '*' },
      body: JSON.stringify({ slug: 'client-rename-after' }),
    });
    expect(res.status).toBe(200);
    const client = createClient({ baseUrl: byline.origin });
    const article = await client.articles.get('client-rename-before');
    expect(article).toMatchObject({ id: data.id, slug: 'client-rename-after' });
    expect((await client.articles.get(data.id)).slug).toBe('client-rename-after');
  });

  it('throws a BylineError carrying the problem: status, type, errors and request_id', async () => {
    const client = createClient({ baseUrl: byline.origin });
    const invalid = await collect(client.articles.list({ limit: 0 })).catch((error) => error);
    expect(invalid).toBeInstanceOf(BylineError);
    expect(invalid).toMatchObject({ status: 400, type: '/problems/validation-error', errors: [{ path: 'limit' }] });
    expect(invalid.request_id).toMatch(/\S/);
    const missing = await client.articles.get('no-such-article').catch((error) => error);
    expect(missing).toMatchObject({ name: 'BylineError', status: 404 });
    const badKey = await createClient({ baseUrl: byline.origin, key: 'byl_nosuchkey_0000000000000000' }).articles.get('x').catch((error) => error);
    expect(badKey).toMatchObject({ status: 401 });
  });
});

describe('retries and bookmarks', () => {
  it('waits out Retry-After on a 429 and retries, up to its bound', async () => {
    const { data: key } = await byline.admin('/v1/admin/keys', { method: 'POST', body: { name: 'retry probe', role: 'partner', rate_limit: { requests: 1, period_seconds: 3 } } });
    const slug = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';
    // Fixed windows: spend the key's until a 429 says 2 s or more are left, so the next request lands in it too.
    const related = `${byline.origin}/v1/articles/${slug}/related`;
    let left = 0;
    // Paced, so the loop outlasts a window that began with under 2 s left (20 quick tries did not).
    for (let tries = 0; tries < 40 && left < 2; tries++) {
      const res = await fetch(related, { headers: { Authorization: `Bearer ${key.secret}` } });
      await res.body?.cancel();
      left = res.status === 429 ? Number(res.headers.get('Retry-After')) : 0;
      if (left < 2) await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(left).toBeGreaterThanOrEqual(2);

    const impatient = createClient({ baseUrl: byline.origin, key: key.secret, retries: 0 });
    expect(await impatient.related(slug).catch((error) => error)).toMatchObject({ status: 429, type: '/problems/rate-limited' });

    const { fetcher, seen } = recordingFetch();
    const client = createClient({ baseUrl: byline.origin, key: key.secret, fetch: fetcher });
    const started = Date.now();
    expect((await client.related(slug)).length).toBeGreaterThan(0);
    // One wait usually does; on a busy machine a retry can land a moment before the window ends
    // and wait again: still 429s then the answer, within the client's bound of 3 retries.
    const statuses = seen.map((request) => request.status);
    expect(statuses[0]).toBe(429);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.slice(0, -1).every((status) => status === 429)).toBe(true);
    expect(statuses.length).toBeLessThanOrEqual(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('carries the X-D1-Bookmark of a write to the next read', async () => {
    let written: string | null = null;
    const { fetcher, seen } = recordingFetch((req, res) => {
      if (req.method === 'POST') written = res.headers.get('X-D1-Bookmark');
      return res;
    });
    const client = createClient({ baseUrl: byline.origin, key: byline.adminToken, fetch: fetcher });
    await client.articles.get('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks');
    expect(seen[0]?.sent.has('X-D1-Bookmark')).toBe(false);
    await client.request('POST', '/v1/admin/articles', { body: { headline: 'Bookmark probe', body_html: '<p>x</p>' } });
    // The Worker's own bookmark of the write (D1 sessions), sent back by the next read.
    expect(written).toEqual(expect.any(String));
    await client.articles.get('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks');
    expect(seen[2]?.sent.get('X-D1-Bookmark')).toBe(written);
    // Read at the bookmark's state: the article, or a 304 for the ETag the client keeps.
    expect([200, 304]).toContain(seen[2]?.status);
    expect(client.bookmark).toBe(written);
  });
});
