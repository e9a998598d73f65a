import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ArticleKey, type PublicArticleFilter, publicListQuery } from '../../../src/db/articles';
import { rareTagOf } from '../../../src/db/tag-frequency';
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

describe('lists filtered by a rare tag', () => {
  it.each<[string, PublicArticleFilter]>([
    ['the rare tag', { tags: ['rare'] }],
    ['it with a common tag', { tags: ['common', 'rare'] }],
    ['it with a section, an author and dates', { tags: ['rare'], section: 'world', author: 'bob', since: '2023-09-02T00:00:00Z' }],
  ])('reads the same articles in the same order from the tag links as from the newest-first walk, for %s', async (_, filter) => {
    const walked = await everyPage(filter);
    expect(walked.length).toBeGreaterThan(0);
    expect(await everyPage(filter, 'rare')).toEqual(walked);
  });

  it('drives from the tag links by an index, never scanning the articles', async () => {
    const { sql, params } = publicListQuery({ tags: ['common', 'rare'] }, 21, ['2023-09-20T00:00:00Z', 'art_z'], false, undefined, 'rare');
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
    const detail = results.map((row) => row.detail).join('\n');
    expect(detail).toMatch(/SEARCH dt USING (COVERING )?INDEX (article_tags_by_tag|sqlite_autoindex_article_tags_2)/);
    expect(detail).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)|SEARCH a USING INTEGER PRIMARY KEY|SEARCH a USING INDEX/);
    expect(detail).not.toMatch(/SCAN (a|dt)\b/);
  });

  it("picks the rarest of the filter's tags under the threshold (a tag nobody uses is the rarest)", async () => {
    expect(await rareTagOf(env.DB, ['common', 'rare'])).toBe('rare');
    expect(await rareTagOf(env.DB, ['common'], Date.now())).toBe('common');
    expect(await rareTagOf(env.DB, ['no-such-tag', 'rare'])).toBe('no-such-tag');
    expect(await rareTagOf(env.DB, undefined)).toBeUndefined();
  });
});
