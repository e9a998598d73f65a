import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PublicArticleFilter, findArticleBySlug, listPublishedArticles, publicListQuery } from '../../../src/db/articles';
import { createArticles, resetStorage } from '../helpers/articles';

beforeAll(async () => {
  await resetStorage();
  await createArticles([
    { slug: 'b', published_at: '2023-09-02T00:00:00Z', section: 'world', tags: ['Kenya'], authors: ['ann', 'bob'] },
    { slug: 'a', published_at: '2023-09-01T00:00:00Z', section: 'world', tags: ['Haiti', 'Kenya'], authors: ['bob'] },
    { slug: 'draft', status: 'draft', section: 'world' },
  ]);
});

async function plan(filter: PublicArticleFilter, after?: [string, string], drivingTag?: string): Promise<string> {
  const { sql, params } = publicListQuery(filter, 21, after, false, undefined, drivingTag);
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
  return results.map((row) => row.detail).join('\n');
}

describe('article queries against D1', () => {
  it('hydrates authors in byline order, tags in order, and the section', async () => {
    const row = await findArticleBySlug(env.DB, 'b');
    expect(JSON.parse(row!.authors_json)).toEqual([
      { slug: 'ann', name: 'Ann' },
      { slug: 'bob', name: 'Bob' },
    ]);
    expect(JSON.parse(row!.tags_json)).toEqual([{ slug: 'kenya', name: 'Kenya' }]);
    expect(row!.section_slug).toBe('world');
    expect(row!.body_html).toBe('<p>Body of b.</p>');
  });

  it('returns the next key only when another page exists', async () => {
    const first = await listPublishedArticles(env.DB, {}, { limit: 1, includeBody: false });
    expect(first.rows.map((r) => r.slug)).toEqual(['b']);
    expect(first.next).toEqual(['2023-09-02T00:00:00Z', first.rows[0]!.id]);
    const second = await listPublishedArticles(env.DB, {}, { limit: 1, after: first.next!, includeBody: false });
    expect(second.rows.map((r) => r.slug)).toEqual(['a']);
    expect(second.next).toBeNull();
  });

  const filters: [string, PublicArticleFilter, [string, string]?][] = [
    ['the plain list', {}],
    ['a deep cursor', {}, ['2023-09-01T00:00:00Z', 'art_z']],
    ['a section', { section: 'world' }],
    ['a tag', { tags: ['kenya'] }],
    ['an author', { author: 'bob' }],
    ['a section past a deep cursor', { section: 'world' }, ['2023-09-01T00:00:00Z', 'art_z']],
    ['two tags and an author', { tags: ['kenya', 'haiti'], author: 'bob' }],
    ['dates', { since: '2023-01-01T00:00:00Z', until: '2023-12-31T00:00:00Z' }],
  ];
  for (const [name, filter, after] of filters) {
    it(`walks an index for ${name}, with no full scan and no sort`, async () => {
      const detail = await plan(filter, after);
      expect(detail).toMatch(/USING (COVERING )?INDEX articles_public_by_(date|section)/);
      expect(detail).not.toMatch(/SCAN a(?! USING)/);
      expect(detail).not.toContain('TEMP B-TREE');
    });
  }

  const tagFilters: [string, PublicArticleFilter, [string, string]?][] = [
    ['a tag', { tags: ['kenya'] }],
    ['a rare tag', { tags: ['haiti'] }],
    ['two tags', { tags: ['kenya', 'haiti'] }],
    ['a tag and a section', { tags: ['haiti'], section: 'world' }],
    ['a tag and an author', { tags: ['haiti'], author: 'bob' }],
    ['a tag and dates', { tags: ['haiti'], since: '2023-01-01T00:00:00Z', until: '2023-12-31T00:00:00Z' }],
    ['a tag past a deep cursor', { tags: ['haiti'] }, ['2023-09-01T00:00:00Z', 'art_z']],
  ];
  for (const [name, filter, after] of tagFilters) {
    it(`walks the tag's links in publication order for ${name}, with no full scan and no sort`, async () => {
      const detail = await plan(filter, after, 'haiti');
      const range = after ? String.raw`\(tag_id=\? AND \(published_at,article_id\)<\(\?,\?\)\)` : filter.since ? String.raw`\(tag_id=\? AND published_at>\? AND published_at<\?\)` : String.raw`\(tag_id=\?\)`;
      expect(detail.split('\n')[0]).toMatch(new RegExp(`^SEARCH dt USING (COVERING )?INDEX article_tags_by_tag_time ${range}`));
      expect(detail).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)/);
      expect(detail).not.toMatch(/^SCAN (?!x$)/m);
      expect(detail).not.toContain('TEMP B-TREE');
    });
  }
});
