import { beforeAll, describe, expect, it } from 'vitest';
import { collectPages, createArticles, get, resetStorage } from '../helpers/articles';

interface TermPage {
  data: { slug: string; name: string; article_count: number; description?: string | null; bio?: string | null }[];
  next_cursor: string | null;
}

beforeAll(async () => {
  await resetStorage();
  await createArticles([
    { slug: 'one', section: 'world', tags: ['Kenya', 'Haiti'], authors: ['ann', 'bob'] },
    { slug: 'two', section: 'world', tags: ['Kenya'], authors: ['ann'] },
    { slug: 'three', section: 'sport', tags: ['Football'], authors: ['cat'] },
    // Hidden articles must not count.
    { slug: 'draft', status: 'draft', section: 'world', tags: ['Kenya'], authors: ['ann'] },
    { slug: 'gone', status: 'withdrawn', section: 'sport', tags: ['Football'], authors: ['cat'] },
    { slug: 'deleted', deleted: true, section: 'world', tags: ['Haiti'], authors: ['bob'] },
    // Terms that only hidden articles carry must not be listed at all.
    { slug: 'merger', status: 'scheduled', section: 'business', tags: ['Secret Merger X'], authors: ['mole'] },
    { slug: 'idea', status: 'draft', tags: ['Draft Only'], authors: ['drafter'] },
    { slug: 'pulled', status: 'withdrawn', tags: ['Pulled Tag'], authors: ['puller'] },
    { slug: 'binned', deleted: true, tags: ['Binned Tag'], authors: ['binner'] },
  ]);
});

async function page(path: string): Promise<TermPage> {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('ETag')).toMatch(/^"/);
  expect(res.headers.get('Cache-Control')).toContain('max-age=');
  return (await res.json()) as TermPage;
}

describe('taxonomies', () => {
  it('lists every section, the publisher\'s own, with its count of published articles', async () => {
    const { data, next_cursor } = await page('/v1/sections');
    expect(next_cursor).toBeNull();
    expect(data).toEqual([
      { slug: 'business', name: 'Business', description: null, article_count: 0 },
      { slug: 'sport', name: 'Sport', description: null, article_count: 1 },
      { slug: 'world', name: 'World', description: null, article_count: 2 },
    ]);
  });

  it('lists tags with their counts', async () => {
    const { data } = await page('/v1/tags');
    expect(data).toEqual([
      { slug: 'football', name: 'Football', article_count: 1 },
      { slug: 'haiti', name: 'Haiti', article_count: 1 },
      { slug: 'kenya', name: 'Kenya', article_count: 2 },
    ]);
  });

  it('lists authors with their counts', async () => {
    const { data } = await page('/v1/authors');
    expect(data.map((a) => [a.slug, a.article_count])).toEqual([
      ['ann', 2],
      ['bob', 1],
      ['cat', 1],
    ]);
  });

  it('never lists a tag or author that only drafts, scheduled, withdrawn or deleted articles carry', async () => {
    const tags = (await page('/v1/tags')).data.map((t) => t.slug);
    const authors = (await page('/v1/authors')).data.map((a) => a.slug);
    for (const hidden of ['secret-merger-x', 'draft-only', 'pulled-tag', 'binned-tag']) expect(tags).not.toContain(hidden);
    for (const hidden of ['mole', 'drafter', 'puller', 'binner']) expect(authors).not.toContain(hidden);
    expect(JSON.stringify(await (await get('/v1/tags?limit=100')).json())).not.toContain('Secret Merger');
  });

  it('counts exactly the published articles that the article list finds for each term', async () => {
    for (const [list, filter] of [
      ['/v1/tags', 'tag'],
      ['/v1/authors', 'author'],
      ['/v1/sections', 'section'],
    ] as const) {
      for (const term of (await page(list)).data) {
        const articles = (await (await get(`/v1/articles?${filter}=${term.slug}&limit=100`)).json()) as { data: unknown[] };
        expect([list, term.slug, term.article_count]).toEqual([list, term.slug, articles.data.length]);
      }
    }
  });

  it('gives the same terms in the same order at every limit, full pages, no repeat and no gap', async () => {
    for (const list of ['/v1/tags', '/v1/authors', '/v1/sections']) {
      const all = (await collectPages(`${list}?limit=100`)).flat();
      for (const limit of [1, 2, 3]) {
        const pages = await collectPages(`${list}?limit=${limit}`);
        expect(pages.flat()).toEqual(all);
        for (const slugs of pages.slice(0, -1)) expect(slugs).toHaveLength(limit);
      }
    }
  });

  it('pages with a cursor without skipping or repeating', async () => {
    const first = await page('/v1/tags?limit=2');
    expect(first.data.map((t) => t.slug)).toEqual(['football', 'haiti']);
    const second = await page(`/v1/tags?limit=2&cursor=${first.next_cursor}`);
    expect(second.data.map((t) => t.slug)).toEqual(['kenya']);
    expect(second.next_cursor).toBeNull();
  });

  it('answers 400 for a bad limit', async () => {
    const res = await get('/v1/authors?limit=0');
    expect(res.status).toBe(400);
  });
});
