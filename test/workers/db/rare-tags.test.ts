import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ArticleKey, type PublicArticleFilter, publicListQuery } from '../../../src/db/articles';
import { rarestTag } from '../../../src/db/tag-frequency';
import { createArticles, resetStorage } from '../helpers/articles';

beforeAll(async () => {
  await resetStorage();
  // 40 articles, ties on published_at in pairs; every one tagged common, every seventh rare too.
  await createArticles(
    Array.from({ length: 40 }, (_, i) => ({
      slug: `story-${i}`,
      published_at: `2023-09-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T00:00:00Z`,
      section: i % 2 ? 'world' : 'sport',
      tags: i % 7 === 0 ? ['common', 'rare'] : ['common'],
      authors: [i % 3 ? 'ann' : 'bob'],
      status: i === 14 ? 'draft' : 'published',
    })),
  );
});

async function page(filter: PublicArticleFilter, after: ArticleKey | undefined, drivingTag?: string) {
  const { sql, params } = publicListQuery(filter, 3, after, false, undefined, drivingTag);
  return (await env.DB.prepare(sql).bind(...params).all<{ id: string; slug: string; published_at: string }>()).results;
}

async function everyPage(filter: PublicArticleFilter, drivingTag?: string): Promise<string[]> {
  const slugs: string[] = [];
  let after: ArticleKey | undefined;
  for (;;) {
    const rows = await page(filter, after, drivingTag);
    slugs.push(...rows.map((row) => row.slug));
    if (rows.length < 3) return slugs;
    const last = rows.at(-1)!;
    after = [last.published_at, last.id];
  }
}

describe('lists filtered by tags, read from a tag\'s links in publication order', () => {
  it.each<[string, PublicArticleFilter]>([
    ['the rare tag', { tags: ['rare'] }],
    ['it with a common tag', { tags: ['common', 'rare'] }],
    ['it with a section, an author and dates', { tags: ['rare'], section: 'world', author: 'bob', since: '2023-09-02T00:00:00Z' }],
    ['the common tag', { tags: ['common'] }],
    ['the common tag and an author, until a date', { tags: ['common'], author: 'ann', until: '2023-09-15T00:00:00Z' }],
  ])('reads the same articles in the same order from the tag links as from the newest-first walk, for %s', async (_, filter) => {
    const walked = await everyPage(filter);
    expect(walked.length).toBeGreaterThan(0);
    for (const tag of filter.tags!) expect(await everyPage(filter, tag)).toEqual(walked);
  });

  it("picks the rarest of the filter's tags (a tag nobody uses is the rarest), a single tag counted only when an author is checked too", async () => {
    expect(await rarestTag(env.DB, ['common', 'rare'])).toEqual({ slug: 'rare', links: 6 });
    expect(await rarestTag(env.DB, ['rare', 'common'])).toEqual({ slug: 'rare', links: 6 });
    expect(await rarestTag(env.DB, ['common'])).toEqual({ slug: 'common' });
    expect(await rarestTag(env.DB, ['common'], Date.now(), true)).toMatchObject({ slug: 'common', links: expect.any(Number) });
    expect(await rarestTag(env.DB, ['no-such-tag', 'rare'])).toEqual({ slug: 'no-such-tag', links: 0 });
    expect(await rarestTag(env.DB, undefined)).toBeUndefined();
  });
});
