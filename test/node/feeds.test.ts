import { extract, extractFromXml } from '@extractus/feed-extractor';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedWorker, serveWorker } from '../../scripts/lib/serve-worker.mjs';

/**
 * The feeds as real feed readers see them: the Worker in workerd on a real port (seeded with
 * the demo newsroom, in-memory state), read over HTTP by two consumers from npm, rss-parser
 * (xml2js, strict XML) and @extractus/feed-extractor (fast-xml-parser, with its own
 * well-formedness check, and JSON Feed).
 */

const SEED_SLUG = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';
const SEED_HEADLINE = 'Kenya, Haiti Set Up Diplomatic Ties Amid Deployment Talks';
// Raw markup a sanitized body never has, but a CDATA section must survive: a literal `]]>`.
const TRICKY_BODY = '<p>Terminators: a ]]> b ]]]]> c, and <em>markup</em> &amp; entities.</p>';
const TRICKY_HEADLINE = `Ampersands & <angle> "quotes" and 'apostrophes'`;

let byline: ServedWorker;
let seed: any;
let tricky: any;

beforeAll(async () => {
  byline = await serveWorker();
  tricky = (
    await byline.admin('/v1/admin/articles', {
      method: 'POST',
      body: { headline: TRICKY_HEADLINE, body_html: '<p>x</p>', section: 'world', tags: ['Kenya'], status: 'published' },
    })
  ).data;
  // Straight into D1, before any feed is read (and cached): the API's sanitizer would escape it.
  await byline.env.DB.prepare('UPDATE articles SET body_html = ?1 WHERE id = ?2').bind(TRICKY_BODY, tricky.id).run();
  seed = ((await (await fetch(`${byline.origin}/v1/articles/${SEED_SLUG}`)).json()) as any).data;
}, 120_000);

afterAll(async () => {
  await byline?.close();
}, 30_000);

async function text(path: string, type: string): Promise<string> {
  const res = await fetch(`${byline.origin}${path}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
  return res.text();
}

describe('RSS 2.0 read by rss-parser', () => {
  const parser = new Parser<Record<string, unknown>, { 'content:encoded': string; media: { $: Record<string, string> } }>({
    customFields: { item: ['content:encoded', ['media:content', 'media']] },
  });

  it('parses the channel and the newest 50 items', async () => {
    const feed = await parser.parseURL(`${byline.origin}/v1/feed.xml`);
    expect(feed.title).toBe('Byline Demo News');
    expect(feed.link).toBe('https://news.example.com');
    expect(feed.feedUrl).toBe(`${byline.origin}/v1/feed.xml`);
    expect(feed.items).toHaveLength(50);
    const dates = feed.items.map((item) => item.isoDate!);
    expect([...dates].sort().reverse()).toEqual(dates);
  }, 30_000);

  it('reads the seed article whole: link, guid, date, body, creator, categories and image', async () => {
    const feed = await parser.parseURL(`${byline.origin}/v1/feed.xml?tag=kenya&section=world`);
    expect(feed.title).toBe('Byline Demo News: World, Kenya');
    const item = feed.items.find((i) => i.guid === seed.id)!;
    expect(item).toBeDefined();
    expect(item.title).toBe(SEED_HEADLINE);
    expect(item.link).toBe(seed.url);
    expect(item.isoDate).toBe(new Date(seed.published_at).toISOString());
    expect(item['content:encoded']).toBe(seed.body_html);
    expect(item.creator).toBe(seed.authors[0].name);
    expect(item.categories).toEqual(['World', ...seed.tags.map((t: { name: string }) => t.name)]);
    expect(item.enclosure).toMatchObject({ url: seed.image.url, type: 'image/png' });
    expect(Number(item.enclosure!.length)).toBeGreaterThan(1000);
    expect(item.media.$).toMatchObject({ url: seed.image.url, type: 'image/png', medium: 'image', width: String(seed.image.width) });
    // The length is the stored object's: what a reader downloading the enclosure gets.
    const stored = await byline.env.MEDIA.head(seed.image.url.split('/media/')[1]);
    expect(String(item.enclosure!.length)).toBe(String(stored!.size));
  }, 30_000);

  it('round-trips escaped text and a body containing ]]>', async () => {
    const feed = await parser.parseURL(`${byline.origin}/v1/feed.xml?tag=kenya`);
    const item = feed.items.find((i) => i.guid === tricky.id)!;
    expect(item.title).toBe(TRICKY_HEADLINE);
    expect(item['content:encoded']).toBe(TRICKY_BODY);
  }, 30_000);
});

describe('RSS 2.0 and JSON Feed read by @extractus/feed-extractor', () => {
  it('finds the XML well-formed and reads the RSS items', async () => {
    const xml = await text('/v1/feed.xml?tag=kenya', 'application/rss+xml');
    const feed = extractFromXml(xml, {
      descriptionMaxLen: 1000,
      getExtraEntryFields: (entry: any) => ({ guid: entry.guid, body: entry['content:encoded'] }),
    });
    expect(feed.title).toBe('Byline Demo News: Kenya');
    expect(feed.link).toBe('https://news.example.com/'); // normalized by the library
    expect(feed.language).toBe('en');
    const entry = feed.entries!.find((e: any) => e.link === seed.url) as any;
    expect(entry.title).toBe(SEED_HEADLINE);
    expect(entry.published).toBe(new Date(seed.published_at).toISOString());
    expect(entry.description).toBe(seed.standfirst ?? seed.excerpt);
    const trickyEntry = feed.entries!.find((e: any) => e.title === TRICKY_HEADLINE) as any;
    expect(trickyEntry).toBeDefined();
  }, 30_000);

  it('reads the JSON Feed over HTTP, with every field a reader needs', async () => {
    const feed = await extract(`${byline.origin}/v1/feed.json?tag=kenya`, {
      getExtraFeedFields: (data: any) => ({ version: data.version, feed_url: data.feed_url }),
      getExtraEntryFields: (item: any) => ({
        content_html: item.content_html,
        image: item.image,
        authors: item.authors,
        tags: item.tags,
        date_modified: item.date_modified,
        language: item.language,
      }),
    });
    expect(feed).toMatchObject({
      title: 'Byline Demo News: Kenya',
      link: 'https://news.example.com/',
      language: 'en',
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: `${byline.origin}/v1/feed.json?tag=kenya`,
    });
    const entry = feed.entries!.find((e: any) => e.id === seed.id) as any;
    expect(entry).toMatchObject({
      title: SEED_HEADLINE,
      link: seed.url,
      published: new Date(seed.published_at).toISOString(),
      content_html: seed.body_html,
      image: seed.image.url,
      authors: seed.authors.map((a: { name: string }) => ({ name: a.name })),
      tags: seed.tags.map((t: { name: string }) => t.name),
      date_modified: seed.updated_at,
      language: 'en',
    });
    const trickyEntry = feed.entries!.find((e: any) => e.id === tricky.id) as any;
    expect(trickyEntry).toMatchObject({ title: TRICKY_HEADLINE, content_html: TRICKY_BODY });
  }, 30_000);
});

describe('conditional GET over HTTP', () => {
  it('answers 304 to If-None-Match on both feeds', async () => {
    for (const path of ['/v1/feed.json', '/v1/feed.xml']) {
      const first = await fetch(`${byline.origin}${path}`);
      await first.arrayBuffer();
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"/);
      const again = await fetch(`${byline.origin}${path}`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
    }
  }, 30_000);
});
