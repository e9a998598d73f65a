import { createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../../src/index';
import { ROOT, createArticle } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

const body = '<p>Tagged body about Kenya.</p>';

/** A stand-in for Cloudflare's purge service (ctx.cache), which only runs in front of deployed Workers. */
function fakePurgeService() {
  const calls: CachePurgeOptions[] = [];
  const cache: CacheContext = {
    purge: async (options) => {
      calls.push(options);
      return { success: true, errors: [] };
    },
    invalidate: async () => ({ success: true, errors: [] }),
  };
  const tags = () => calls.flatMap((options) => options.tags ?? []).sort();
  return { cache, calls, tags };
}

async function fetchEdge(path: string, init: RequestInit & { token?: string } = {}, cache?: CacheContext): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const ctx = createExecutionContext();
  if (cache) Object.defineProperty(ctx, 'cache', { value: cache });
  const request = new Request(`http://byline.test${path}`, { ...init, headers });
  return worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
}

const tagsOf = (res: Response) => (res.headers.get('Cache-Tag') ?? '').split(',').filter(Boolean).sort();

let kenya: { id: string; slug: string };
let sport: { id: string; slug: string };

beforeAll(async () => {
  await resetStorage();
  await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES ('world', 'World', '2023-01-01T00:00:00Z'), ('sport', 'Sport', '2023-01-01T00:00:00Z')").run();
  kenya = await createArticle({ headline: 'Kenya Tagged', body_html: body, section: 'world', tags: ['kenya', 'haiti'], authors: [{ slug: 'jane', name: 'Jane' }], status: 'published' });
  sport = await createArticle({ headline: 'Sport Tagged', body_html: '<p>Match report.</p>', section: 'sport', authors: [{ slug: 'joe', name: 'Joe' }], status: 'published' });
});

describe('Cache-Tag on public answers', () => {
  it.each([
    ['/v1/articles/kenya-tagged', () => [`article:${kenya.id}`, 'author:jane', 'section:world', 'tag:haiti', 'tag:kenya']],
    ['/v1/articles', () => [`article:${kenya.id}`, `article:${sport.id}`, 'list:articles']],
    ['/v1/articles?section=world', () => [`article:${kenya.id}`, 'list:section:world']],
    ['/v1/articles?tag=kenya&tag=haiti', () => [`article:${kenya.id}`, 'list:tag:haiti', 'list:tag:kenya']],
    ['/v1/articles?author=joe', () => [`article:${sport.id}`, 'list:author:joe']],
    ['/v1/articles?since=2000-01-01T00:00:00Z', () => [`article:${kenya.id}`, `article:${sport.id}`, 'list:articles']],
    ['/v1/articles?q=kenya', () => [`article:${kenya.id}`, 'search']],
    // The article's own tags too: its related list follows its tags and headline.
    ['/v1/articles/kenya-tagged/related', () => [`article:${kenya.id}`, `article:${sport.id}`, 'author:jane', 'list:articles', 'search', 'section:world', 'tag:haiti', 'tag:kenya']],
    ['/v1/feed.json?section=sport', () => [`article:${sport.id}`, 'feeds', 'list:section:sport']],
    ['/v1/feed.xml', () => [`article:${kenya.id}`, `article:${sport.id}`, 'feeds', 'list:articles']],
    ['/sitemap.xml', () => ['sitemaps']],
    ['/v1/changes', () => ['changes']],
    ['/v1/sections', () => ['sections']],
    ['/v1/tags', () => ['tags']],
    ['/v1/authors', () => ['authors']],
    ['/embed/kenya-tagged', () => [`article:${kenya.id}`, 'author:jane', 'embed', 'section:world', 'tag:haiti', 'tag:kenya']],
  ])('tags %s with what it shows and the lists it is, from the cache too', async (path, expected) => {
    const first = await fetchEdge(path);
    expect(first.status).toBe(200);
    expect(tagsOf(first)).toEqual(expected().sort());
    expect(first.headers.get('CDN-Cache-Control')).toMatch(/^public, max-age=\d+, stale-if-error=86400$/);
    const again = await fetchEdge(path);
    expect(again.headers.get('Cache-Status')).toContain('hit');
    expect(tagsOf(again)).toEqual(tagsOf(first));
  });

  it('tags an oEmbed answer with its article and embed', async () => {
    const res = await fetchEdge(`/oembed?url=${encodeURIComponent('https://news.example.com/world/kenya-tagged')}`);
    expect(res.status).toBe(200);
    expect(tagsOf(res)).toEqual(expect.arrayContaining([`article:${kenya.id}`, 'embed']));
  });
});

describe('purging the edge on writes', () => {
  it('purges what a headline edit changes: the article, search, the change feed and sitemaps, not the lists it is in', async () => {
    const purge = fakePurgeService();
    const res = await fetchEdge(`/v1/admin/articles/${sport.id}`, { method: 'PATCH', token: ROOT, headers: { 'If-Match': '*' }, body: JSON.stringify({ headline: 'Sport Retitled' }) }, purge.cache);
    expect(res.status).toBe(200);
    expect(purge.tags()).toEqual([`article:${sport.id}`, 'articles', 'changes', 'search', 'sitemaps']);
  });

  it('purges every list the article was and is in when it moves between sections, tags and authors', async () => {
    const purge = fakePurgeService();
    const patch = { section: 'sport', tags: ['haiti', 'chile'], authors: [{ slug: 'joe', name: 'Joe' }] };
    const res = await fetchEdge(`/v1/admin/articles/${kenya.id}`, { method: 'PATCH', token: ROOT, headers: { 'If-Match': '*' }, body: JSON.stringify(patch) }, purge.cache);
    expect(res.status).toBe(200);
    expect(purge.tags()).toEqual(
      [
        `article:${kenya.id}`, 'articles', 'authors', 'changes', 'list:articles', 'list:author:jane', 'list:author:joe', 'list:section:sport',
        'list:section:world', 'list:tag:chile', 'list:tag:haiti', 'list:tag:kenya', 'search', 'sections', 'sitemaps', 'tags',
      ].sort(),
    );
  });

  it('purges nothing for a draft nobody can read, and everything for a key (its origins may frame any card)', async () => {
    const draft = await createArticle({ headline: 'Quiet Draft', body_html: body });
    const purge = fakePurgeService();
    await fetchEdge(`/v1/admin/articles/${draft.id}`, { method: 'PATCH', token: ROOT, headers: { 'If-Match': '*' }, body: JSON.stringify({ headline: 'Still Quiet' }) }, purge.cache);
    expect(purge.calls).toEqual([]);
    const key = await fetchEdge('/v1/admin/keys', { method: 'POST', token: ROOT, body: JSON.stringify({ name: 'p', role: 'partner', allowed_origins: ['https://partner.example'] }) }, purge.cache);
    expect(key.status).toBe(201);
    expect(purge.calls).toEqual([{ purgeEverything: true }]);
  });

  it('purges what a scheduled publish changes, from the cron run', async () => {
    const scheduled = await createArticle({ headline: 'Due Tagged', body_html: body, section: 'world', publish_at: '2030-01-01T00:00:00Z' });
    const purge = fakePurgeService();
    const ctx = createExecutionContext();
    Object.defineProperty(ctx, 'cache', { value: purge.cache });
    await worker.scheduled(createScheduledController({ scheduledTime: new Date('2030-01-01T00:01:00Z'), cron: '* * * * *' }), env, ctx);
    expect(purge.tags()).toEqual(expect.arrayContaining([`article:${scheduled.id}`, 'list:articles', 'list:section:world', 'sections']));
  });

  it('never lets a cached list outlive a write that changes it: its tags meet the purge of every such write', async () => {
    const paths = ['/v1/articles', '/v1/articles?section=world', '/v1/articles?section=sport', '/v1/articles?tag=haiti', '/v1/articles?author=joe',
      '/v1/articles?q=report', '/v1/feed.json', '/v1/sections', '/v1/tags', '/v1/authors', '/v1/changes', '/sitemap.xml'];
    const read = async () => Promise.all(paths.map(async (path) => {
      const res = await fetchEdge(path);
      return { text: await res.text(), tags: tagsOf(res) };
    }));
    const created = await createArticle({ headline: 'Report From Haiti', body_html: '<p>A report.</p>', section: 'world', tags: ['haiti'] });
    const writes: [string, RequestInit][] = [
      [`/v1/admin/articles/${created.id}/publish`, { method: 'POST', body: '{}' }],
      [`/v1/admin/articles/${created.id}`, { method: 'PATCH', headers: { 'If-Match': '*' }, body: JSON.stringify({ headline: 'Report From Chile' }) }],
      [`/v1/admin/articles/${created.id}`, { method: 'PATCH', headers: { 'If-Match': '*' }, body: JSON.stringify({ section: 'sport', authors: [{ slug: 'joe', name: 'Joe' }] }) }],
      [`/v1/admin/articles/${created.id}/withdraw`, { method: 'POST', body: JSON.stringify({ reason: 'Error' }) }],
      [`/v1/admin/articles/${created.id}`, { method: 'DELETE' }],
    ];
    for (const [path, init] of writes) {
      const before = await read();
      const purge = fakePurgeService();
      expect((await fetchEdge(path, { ...init, token: ROOT }, purge.cache)).status).toBeLessThan(300);
      const after = await read();
      const purged = new Set(purge.tags());
      paths.forEach((listPath, i) => {
        if (before[i]!.text === after[i]!.text) return;
        expect({ write: path, list: listPath, met: before[i]!.tags.some((tag) => purged.has(tag)) }).toEqual({ write: path, list: listPath, met: true });
      });
    }
  });
});
