import { beforeAll, describe, expect, it } from 'vitest';
import { createArticles, get, resetStorage } from '../helpers/articles';

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
  it('lists sections with their counts of published articles', async () => {
    const { data, next_cursor } = await page('/v1/sections');
    expect(next_cursor).toBeNull();
    expect(data).toEqual([
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
