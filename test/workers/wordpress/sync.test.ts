import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { syncWordPress } from '../../../src/wordpress/sync';

/**
 * The live sync against a stand-in for WordPress's REST API (an external service, so faked; our
 * own storage is real): `/wp/v2/posts` with paging (X-WP-TotalPages, 400 past the last page),
 * `modified_after` on the site's clock, oldest change first, and every status only with a password.
 */
const ROOT = 'https://wp.example/wp-json';
const CREDENTIALS = 'editor:abcd efgh ijkl';

interface FakePost {
  id: number;
  status: string;
  title: string;
  modified: string;
}

function fakeWordPress(posts: FakePost[]) {
  const requests: URL[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    requests.push(url);
    if (url.origin !== 'https://wp.example' || url.pathname !== '/wp-json/wp/v2/posts') return new Response('not found', { status: 404 });
    const authorized = new Headers(init?.headers).get('Authorization') === `Basic ${btoa(CREDENTIALS)}`;
    const statuses = url.searchParams.get('status')?.split(',') ?? ['publish'];
    if (!authorized && statuses.some((status) => status !== 'publish')) return Response.json({ code: 'rest_invalid_param' }, { status: 400 });
    const after = url.searchParams.get('modified_after');
    const matching = posts
      .filter((post) => statuses.includes(post.status) && (!after || post.modified > after))
      .sort((a, b) => a.modified.localeCompare(b.modified));
    const perPage = Number(url.searchParams.get('per_page'));
    const page = Number(url.searchParams.get('page'));
    const totalPages = Math.max(1, Math.ceil(matching.length / perPage));
    if (page > totalPages) return Response.json({ code: 'rest_post_invalid_page_number' }, { status: 400 });
    const items = matching.slice((page - 1) * perPage, page * perPage).map((post) => ({
      id: post.id,
      status: post.status,
      slug: `post-${post.id}`,
      link: `https://wp.example/${post.id}/post-${post.id}/`,
      date_gmt: '2024-01-01T10:00:00',
      modified: post.modified,
      modified_gmt: post.modified,
      title: { rendered: post.title },
      content: { rendered: `<p>${post.title} body</p>` },
      _embedded: { author: [{ slug: 'ed', name: 'Ed' }], 'wp:term': [[{ taxonomy: 'category', slug: 'news', name: 'News' }], [{ taxonomy: 'post_tag', slug: 'sync', name: 'Sync' }]] },
    }));
    return Response.json(items, { headers: { 'X-WP-TotalPages': String(totalPages), 'X-WP-Total': String(matching.length) } });
  }) as typeof fetch;
  return { fetcher, requests };
}

const sync = (fake: ReturnType<typeof fakeWordPress>, options: { credentials?: string; maxPages?: number } = {}) =>
  syncWordPress(env.DB, { url: ROOT, credentials: options.credentials ?? CREDENTIALS, fetcher: fake.fetcher, perPage: 2, maxPages: options.maxPages });

const posts = (): FakePost[] => [1, 2, 3, 4, 5].map((id) => ({ id, status: 'publish', title: `Post ${id}`, modified: `2024-01-0${id}T10:00:00` }));

beforeEach(resetStorage);

describe('the live sync from WordPress', () => {
  it('creates every post across pages, records its position, and then reads only what changed since', async () => {
    const site = posts();
    const fake = fakeWordPress(site);
    const first = await sync(fake);
    expect(first).toMatchObject({ pages: 3, done: true, position: '2024-01-05T10:00:00', counts: { created: 5, failed: 0 } });
    expect((await get('/v1/articles/post-3')).status).toBe(200);

    fake.requests.length = 0;
    const idle = await sync(fake);
    expect(idle.counts).toMatchObject({ created: 0, updated: 0, withdrawn: 0 });
    // Asked from the recorded position, less a minute of overlap.
    expect(fake.requests[0]!.searchParams.get('modified_after')).toBe('2024-01-05T09:59:00');
    expect(fake.requests[0]!.searchParams.get('orderby')).toBe('modified');

    site[1] = { ...site[1]!, title: 'Post 2 edited', modified: '2024-02-01T10:00:00' };
    site[2] = { ...site[2]!, status: 'trash', modified: '2024-02-01T11:00:00' };
    site[3] = { ...site[3]!, status: 'draft', modified: '2024-02-01T12:00:00' };
    const changed = await sync(fake);
    expect(changed.counts).toMatchObject({ created: 0, updated: 1, withdrawn: 2 });
    expect(changed.position).toBe('2024-02-01T12:00:00');
    expect((await expectJson(await get('/v1/articles/post-2'), 200)).data.headline).toBe('Post 2 edited');
    expect((await get('/v1/articles/post-3')).status).toBe(410);
    expect((await get('/v1/articles/post-4')).status).toBe(410);
  });

  it('reads a few pages per run and goes on from its position in the next', async () => {
    const fake = fakeWordPress(posts());
    const first = await sync(fake, { maxPages: 1 });
    expect(first).toMatchObject({ done: false, counts: { created: 2 }, position: '2024-01-02T10:00:00' });
    let created = first.counts.created;
    let runs = 1;
    for (let done = false; !done && runs < 10; runs++) {
      const next = await sync(fake, { maxPages: 1 });
      created += next.counts.created;
      done = next.done;
    }
    expect(created).toBe(5);
    expect(runs).toBeGreaterThanOrEqual(3);
  });

  it('asks for published posts only without an application password', async () => {
    const fake = fakeWordPress(posts());
    await syncWordPress(env.DB, { url: ROOT, fetcher: fake.fetcher, perPage: 10 });
    expect(fake.requests[0]!.searchParams.has('status')).toBe(false);
    expect(fake.requests[0]!.searchParams.get('_embed')).toBe('author,wp:term,wp:featuredmedia');
  });

  it('answers 422 at url naming WordPress when the site cannot be read (never a 5xx), and for a URL that is not http(s)', async () => {
    const res = await call('/v1/admin/wordpress/sync', { method: 'POST', body: { url: 'http://127.0.0.1:9/wp-json' } });
    const problem = await expectJson(res, 422);
    expect(problem.type).toBe('/problems/upstream-unavailable');
    expect(problem.errors[0].path).toBe('url');
    const bad = await expectJson(await call('/v1/admin/wordpress/sync', { method: 'POST', body: { url: 'ftp://x' } }), 422);
    expect(bad.errors[0].path).toBe('url');
  });
});
