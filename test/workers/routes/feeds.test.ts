import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE_POLICIES } from '../../../src/app/cache-policy';
import { toTimestamp } from '../../../src/content/time';
import { insertMediaStatement } from '../../../src/db/media';
import { app } from '../../../src/index';
import { createArticle } from '../helpers/admin';
import { type ArticleSpec, createArticles, get, resetStorage } from '../helpers/articles';

const ORIGIN = 'http://byline.test';
const hoursAgo = (hours: number) => toTimestamp(new Date(Date.now() - hours * 3600_000));

// 55 published articles, newest first by day; a feed carries the newest 50.
const DAILY: ArticleSpec[] = Array.from({ length: 55 }, (_, i) => ({
  slug: `day-${String(i).padStart(2, '0')}`,
  published_at: toTimestamp(new Date(Date.UTC(2023, 6, 1) + i * 86_400_000)),
  section: i % 2 ? 'world' : 'business',
  tags: i % 3 === 0 ? ['Kenya'] : ['Haiti'],
  authors: ['ann'],
}));
const TRICKY_BODY = '<p>Code: a ]]> b, and ]]]]> too &amp; <em>more</em>.</p>';
const HIDDEN: ArticleSpec[] = [
  { slug: 'hidden-draft', status: 'draft', section: 'world', tags: ['Kenya'] },
  { slug: 'hidden-withdrawn', status: 'withdrawn', withdrawn_reason: 'Legal', published_at: '2023-12-30T00:00:00Z', tags: ['Kenya'] },
  { slug: 'hidden-deleted', deleted: true, published_at: '2023-12-31T00:00:00Z', tags: ['Kenya'] },
];
let featured: any;

beforeAll(async () => {
  await resetStorage();
  await createArticles([
    ...DAILY,
    ...HIDDEN,
    { slug: 'tricky', headline: `Tom & Jerry's "<Cat>" \u0001show`, body_html: TRICKY_BODY, published_at: '2023-11-01T00:00:00Z', section: 'world' },
    { slug: 'fresh-1h', headline: 'Breaking & new', published_at: hoursAgo(1), section: 'world' },
    { slug: 'fresh-47h', headline: 'Yesterday', published_at: hoursAgo(47) },
    { slug: 'stale-49h', headline: 'Older', published_at: hoursAgo(49) },
  ]);
  await insertMediaStatement(env.DB, {
    id: 'med_hero',
    key: 'a'.repeat(64),
    content_type: 'image/png',
    byte_size: 12345,
    width: 1200,
    height: 675,
    alt: 'A harbour & its boats',
    caption: null,
    credit: 'Photo Desk',
    created_at: '2023-01-01T00:00:00Z',
  }).run();
  // Through the admin API: no `url`, so feeds and sitemaps fall back to SITE_URL/<section>/<slug>.
  featured = await createArticle({
    headline: 'Featured with an image',
    standfirst: 'The dek.',
    body_html: '<p>The body.</p>',
    section: 'world',
    tags: ['Kenya', 'Haiti'],
    authors: [{ slug: 'zoe', name: 'Zoë Writer' }],
    image_id: 'med_hero',
    status: 'published',
  });
});

async function fetchOk(path: string, type: string): Promise<{ res: Response; text: string }> {
  const res = await get(path);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  expect(res.headers.get('Content-Type')).toBe(`${type}; charset=utf-8`);
  return { res, text };
}

const itemsOf = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
const tagText = (xml: string, tag: string) => xml.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`))?.[1];
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('GET /v1/feed.json', () => {
  it('is a JSON Feed 1.1 of the newest 50 published articles', async () => {
    const { text } = await fetchOk('/v1/feed.json', 'application/feed+json');
    const feed = JSON.parse(text);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: env.SITE_NAME,
      home_page_url: env.SITE_URL,
      feed_url: `${ORIGIN}/v1/feed.json`,
      language: 'en',
    });
    expect(feed.items).toHaveLength(50);
    const dates = feed.items.map((item: any) => item.date_published);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed.items[0].id).toBe(featured.id);
    expect(feed.items.some((item: any) => item.url.includes('hidden-'))).toBe(false);
  });

  it('describes each item with its canonical url, body, summary, image, dates, authors, tags and language', async () => {
    const feed = JSON.parse((await fetchOk('/v1/feed.json', 'application/feed+json')).text);
    expect(feed.items[0]).toEqual({
      id: featured.id,
      url: `${env.SITE_URL}/world/${featured.slug}`,
      title: 'Featured with an image',
      content_html: '<p>The body.</p>',
      summary: 'The dek.',
      image: `${ORIGIN}/media/${'a'.repeat(64)}`,
      date_published: featured.published_at,
      date_modified: featured.updated_at,
      authors: [{ name: 'Zoë Writer' }],
      tags: ['Kenya', 'Haiti'],
      language: 'en',
      _byline: {
        rights: { usage_terms: env.RIGHTS_USAGE_TERMS, copyright_holder: env.RIGHTS_COPYRIGHT_HOLDER, copyright_notice: env.RIGHTS_COPYRIGHT_NOTICE, syndication: env.RIGHTS_SYNDICATION },
        corrections: [],
      },
    });
    const plain = feed.items.find((item: any) => item.url === 'https://news.example.com/day-54');
    expect(plain).not.toHaveProperty('image');
    expect(plain.summary).toBe('Body of day-54.');
  });

  it('narrows to a section and to tags, and says so in its title and feed_url', async () => {
    const feed = JSON.parse((await fetchOk('/v1/feed.json?section=world&tag=kenya', 'application/feed+json')).text);
    expect(feed.title).toBe(`${env.SITE_NAME}: World, Kenya`);
    expect(feed.feed_url).toBe(`${ORIGIN}/v1/feed.json?section=world&tag=kenya`);
    const expected = DAILY.filter((s) => s.section === 'world' && s.tags!.includes('Kenya')).map((s) => `https://news.example.com/${s.slug}`);
    expect(feed.items.map((item: any) => item.url).sort()).toEqual([...expected, `${env.SITE_URL}/world/${featured.slug}`].sort());
    const none = JSON.parse((await fetchOk('/v1/feed.json?section=nowhere', 'application/feed+json')).text);
    expect(none.items).toEqual([]);
  });
});

describe('GET /v1/feed.xml', () => {
  it('is RSS 2.0 with a self link, the channel from SITE_NAME/SITE_URL, and the newest 50 items', async () => {
    const { text } = await fetchOk('/v1/feed.xml', 'application/rss+xml');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(text).toContain(`<atom:link href="${ORIGIN}/v1/feed.xml" rel="self" type="application/rss+xml"/>`);
    expect(tagText(text, 'title')).toBe(env.SITE_NAME);
    expect(tagText(text, 'link')).toBe(env.SITE_URL);
    expect(itemsOf(text)).toHaveLength(50);
  });

  it('gives each item a guid, an RFC 822 pubDate, content:encoded, creators, categories and the image', async () => {
    const item = itemsOf((await fetchOk('/v1/feed.xml', 'application/rss+xml')).text)[0]!;
    expect(tagText(item, 'guid')).toBe(featured.id);
    expect(item).toContain('<guid isPermaLink="false">');
    expect(tagText(item, 'link')).toBe(`${env.SITE_URL}/world/${featured.slug}`);
    expect(tagText(item, 'pubDate')).toBe(new Date(featured.published_at).toUTCString());
    expect(tagText(item, 'pubDate')).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(tagText(item, 'content:encoded')).toBe('<![CDATA[<p>The body.</p>]]>');
    expect(tagText(item, 'dc:creator')).toBe('Zoë Writer');
    expect(item).toContain('<category>World</category>');
    expect(item).toContain('<category>Kenya</category>');
    const url = `${ORIGIN}/media/${'a'.repeat(64)}`;
    expect(item).toContain(`<media:content url="${url}" type="image/png" medium="image" fileSize="12345" width="1200" height="675">`);
    expect(item).toContain('<media:description type="plain">A harbour &amp; its boats</media:description>');
    expect(item).toContain(`<enclosure url="${url}" length="12345" type="image/png"/>`);
  });

  it('keeps a ]]> in the body from ending the CDATA section, and escapes text', async () => {
    const item = itemsOf((await fetchOk('/v1/feed.xml', 'application/rss+xml')).text).find((i) => i.includes('day') === false && i.includes('Jerry'))!;
    const encoded = tagText(item, 'content:encoded')!;
    const sections = [...encoded.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('');
    expect(sections).toBe(TRICKY_BODY);
    expect(encoded.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).toBe('');
    expect(tagText(item, 'title')).toBe('Tom &amp; Jerry&apos;s &quot;&lt;Cat&gt;&quot; show');
  });

  it('narrows to a section and tags', async () => {
    const { text } = await fetchOk('/v1/feed.xml?tag=haiti&tag=kenya', 'application/rss+xml');
    expect(text).toContain(`<atom:link href="${ORIGIN}/v1/feed.xml?tag=haiti&amp;tag=kenya" rel="self" type="application/rss+xml"/>`);
    expect(itemsOf(text).map((i) => tagText(i, 'guid'))).toEqual([featured.id]);
  });
});

describe('caching and conditional GET', () => {
  for (const path of ['/v1/feed.json', '/v1/feed.xml?section=world', '/sitemap.xml', '/sitemap-news.xml']) {
    it(`answers ${path} with Cache-Control, a strong ETag and 304 on If-None-Match`, async () => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe(CACHE_POLICIES.list);
      const etag = res.headers.get('ETag')!;
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await get(path, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    });
  }
});

describe('GET /sitemap-news.xml', () => {
  it('lists the articles published in the last 48 hours in the Google News format', async () => {
    const { text } = await fetchOk('/sitemap-news.xml', 'application/xml');
    expect(text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">');
    expect(locs(text)).toEqual([
      `${env.SITE_URL}/world/${featured.slug}`,
      'https://news.example.com/fresh-1h',
      'https://news.example.com/fresh-47h',
    ]);
    const fresh = text.split('<url>').find((u) => u.includes('fresh-1h'))!;
    expect(fresh).toContain(`<news:publication><news:name>${env.SITE_NAME}</news:name><news:language>en</news:language></news:publication>`);
    expect(tagText(fresh, 'news:publication_date')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(tagText(fresh, 'news:title')).toBe('Breaking &amp; new');
  });
});

describe('GET /sitemap.xml', () => {
  it("lists every published article's canonical url with lastmod, and nothing else", async () => {
    const { text } = await fetchOk('/sitemap.xml', 'application/xml');
    expect(text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const urls = locs(text);
    expect(urls).toHaveLength(DAILY.length + 5);
    expect(urls).toContain(`${env.SITE_URL}/world/${featured.slug}`);
    expect(urls.some((u) => u.includes('hidden-'))).toBe(false);
    expect(text).toContain(`<url><loc>https://news.example.com/day-00</loc><lastmod>${DAILY[0]!.published_at}</lastmod></url>`);
  });

  it('becomes a sitemap index over files of at most the per-file limit', async () => {
    const small = { ...env, SITEMAP_URLS_PER_FILE: '25', RESPONSE_CACHE: 'off' };
    const index = await app.request(`${ORIGIN}/sitemap.xml`, {}, small);
    const text = await index.text();
    expect(text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const files = locs(text);
    expect(files).toEqual([1, 2, 3].map((n) => `${ORIGIN}/sitemap.xml?page=${n}`));
    const pages = await Promise.all(files.map(async (file) => locs(await (await app.request(file, {}, small)).text())));
    expect(pages.map((p) => p.length)).toEqual([25, 25, DAILY.length + 5 - 50]);
    expect(new Set(pages.flat()).size).toBe(DAILY.length + 5);
    expect((await app.request(`${ORIGIN}/sitemap.xml?page=4`, {}, small)).status).toBe(404);
  });

  it('answers 400 on a page that is not a whole number from 1', async () => {
    for (const page of ['0', '-1', 'x', '1.5']) {
      const res = await get(`/sitemap.xml?page=${page}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].path).toBe('page');
    }
  });
});
