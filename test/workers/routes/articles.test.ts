import { beforeAll, describe, expect, it } from 'vitest';
import { type ArticleSpec, collectPages, createArticles, get, resetStorage } from '../helpers/articles';

interface Page {
  data: Record<string, unknown>[];
  next_cursor: string | null;
}

const TIE = '2023-10-02T09:00:00Z';

// 45 public articles, 15 of which share one published_at, plus every kind that must stay hidden.
const publicSpecs: ArticleSpec[] = [
  ...Array.from({ length: 15 }, (_, i) => ({ slug: `tie-${i}`, published_at: TIE, section: 'world', tags: ['Kenya'], authors: ['ann'] })),
  ...Array.from({ length: 30 }, (_, i) => ({
    slug: `day-${i}`,
    published_at: `2023-09-${String(i + 1).padStart(2, '0')}T08:00:00Z`,
    section: i % 2 ? 'world' : 'business',
    tags: i % 3 === 0 ? ['Kenya', 'Haiti'] : ['Haiti'],
    authors: i % 5 === 0 ? ['ann', 'bob'] : ['bob'],
  })),
];
const hiddenSpecs: ArticleSpec[] = [
  { slug: 'a-draft', status: 'draft', section: 'world', tags: ['Kenya'] },
  { slug: 'a-scheduled', status: 'scheduled', section: 'world', tags: ['Kenya'] },
  { slug: 'a-withdrawn', status: 'withdrawn', published_at: '2023-09-15T00:00:00Z', withdrawn_reason: 'Legal', tags: ['Kenya'] },
  { slug: 'a-deleted', deleted: true, published_at: '2023-09-16T00:00:00Z', tags: ['Kenya'] },
];

beforeAll(async () => {
  await resetStorage();
  await createArticles([...publicSpecs, ...hiddenSpecs]);
});

async function json<T = Page>(path: string): Promise<T> {
  const res = await get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

describe('GET /v1/articles', () => {
  it('lists published articles newest first, 20 by default, without bodies', async () => {
    const page = await json('/v1/articles');
    expect(page.data).toHaveLength(20);
    expect(page.next_cursor).toEqual(expect.any(String));
    const dates = page.data.map((a) => a.published_at as string);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(page.data[0]).not.toHaveProperty('body_html');
    expect(page.data[0]).not.toHaveProperty('body_text');
    expect(page.data[0]).not.toHaveProperty('status');
    expect(page.data[0]).toMatchObject({ section: { slug: 'world', name: 'World' }, tags: [{ slug: 'kenya', name: 'Kenya' }] });
  });

  it('pages through ties on published_at without skipping or repeating', async () => {
    for (const limit of [1, 4, 7, 20, 100]) {
      const pages = await collectPages(`/v1/articles?limit=${limit}`);
      const slugs = pages.flat();
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(slugs.sort()).toEqual(publicSpecs.map((s) => s.slug).sort());
      expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
    }
  });

  it('never shows drafts, scheduled, withdrawn or deleted articles', async () => {
    const slugs = (await collectPages('/v1/articles?limit=100&tag=kenya')).flat();
    for (const hidden of hiddenSpecs) expect(slugs).not.toContain(hidden.slug);
  });

  it('filters by section, every tag, author and dates together', async () => {
    const expected = publicSpecs
      .filter((s) => s.section === 'world' && s.tags!.includes('Kenya') && s.tags!.includes('Haiti') && s.authors!.includes('bob'))
      .filter((s) => s.published_at! >= '2023-09-02T00:00:00Z' && s.published_at! <= '2023-09-28T23:59:59Z')
      .map((s) => s.slug);
    expect(expected.length).toBeGreaterThan(1);
    const pages = await collectPages('/v1/articles?section=world&tag=kenya&tag=haiti&author=bob&since=2023-09-02&until=2023-09-28&limit=2');
    expect(pages.flat().sort()).toEqual(expected.sort());
  });

  it('accepts a tag by its name as well as its slug', async () => {
    const byName = await json('/v1/articles?tag=Kenya&limit=100');
    const bySlug = await json('/v1/articles?tag=kenya&limit=100');
    expect(byName.data.map((a) => a.slug)).toEqual(bySlug.data.map((a) => a.slug));
  });

  it('bounds since and until inclusively, with full RFC 3339 times', async () => {
    const page = await json(`/v1/articles?since=${TIE}&until=${TIE}&limit=100`);
    expect(page.data).toHaveLength(15);
  });

  it('returns only the fields asked for, bodies included when named', async () => {
    const page = await json('/v1/articles?fields=slug,body_text&limit=3');
    expect(page.data).toHaveLength(3);
    for (const item of page.data) expect(Object.keys(item)).toEqual(['slug', 'body_text']);
    expect(page.data[0]!.body_text).toMatch(/^Body of /);
  });

  it('answers an empty page for an unknown section', async () => {
    expect(await json('/v1/articles?section=nowhere')).toEqual({ data: [], next_cursor: null });
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const first = await get('/v1/articles?limit=5');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('Cache-Control')).toContain('max-age=');
    const second = await get('/v1/articles?limit=5', { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('ETag')).toBe(etag);
  });
});

describe('GET /v1/articles/{slug}', () => {
  it('returns the article with its body', async () => {
    const res = await get('/v1/articles/day-3');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('Cache-Control')).toContain('public');
    const { data } = (await res.json()) as { data: Record<string, unknown> };
    expect(data).toMatchObject({ slug: 'day-3', body_html: '<p>Body of day-3.</p>', body_text: 'Body of day-3.', word_count: 3, reading_time_minutes: 1, version: 1 });
    expect(data.id).toMatch(/^art_[0-9a-z]{26}$/);
    expect(data).not.toHaveProperty('status');
  });

  it('answers 404 for an unknown slug, a draft, a scheduled and a deleted article', async () => {
    for (const slug of ['no-such-article', 'a-draft', 'a-scheduled', 'a-deleted']) {
      const res = await get(`/v1/articles/${slug}`);
      expect(res.status, slug).toBe(404);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });

  it('answers 410 for a withdrawn article, with the reason', async () => {
    const res = await get('/v1/articles/a-withdrawn');
    expect(res.status).toBe(410);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 410, title: 'Gone', withdrawn_reason: 'Legal' });
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await get('/v1/articles/day-4')).headers.get('ETag')!;
    const res = await get('/v1/articles/day-4', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
  });
});
