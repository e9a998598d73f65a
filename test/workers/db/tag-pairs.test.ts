import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ArticleKey, type PublicArticleFilter, listPublishedArticles, publicListQuery } from '../../../src/db/articles';
import type { Db } from '../../../src/storage/d1-session';
import { resetStorage } from '../helpers/articles';

const ARTICLES = 12_000;

beforeAll(async () => {
  await resetStorage();
  // Article n is published n minutes before the base time. The list is driven by the rarer tag
  // (sixth-one: 2,000 links; third, late: 4,000; even: 6,000):
  //   even (n % 2 = 0) and sixth-one (n % 6 = 1) never meet;
  //   even and third (n % 3 = 0) meet on n % 6 = 0, from the newest articles on;
  //   third and late (n % 3 = 1, and n % 3 = 0 past n = 11,000) meet only deep in the archive;
  //   the author ann (n % 6 = 1, 2,000 articles) never meets even.
  const seq = `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${ARTICLES})`;
  const id = `'art_pair' || printf('%08d', n)`;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO tags (slug, name, created_at) VALUES ('even', 'Even', '2023-01-01T00:00:00Z'), ('sixth-one', 'Sixth', '2023-01-01T00:00:00Z'),
        ('third', 'Third', '2023-01-01T00:00:00Z'), ('late', 'Late', '2023-01-01T00:00:00Z')`,
    ),
    env.DB.prepare(
      `${seq} INSERT INTO articles (id, slug, url, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, status,
          published_at, created_at, updated_at)
        SELECT ${id}, 'pair-' || n, NULL, 'Pair ' || n, '', '<p>x</p>', 'x', 1, 1, CASE WHEN n % 50 = 7 THEN 'draft' ELSE 'published' END,
          CASE WHEN n % 50 = 7 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', '2023-10-31T23:59:00', '-' || n || ' minutes') END,
          '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'
        FROM seq`,
    ),
    env.DB.prepare(
      `${seq} INSERT INTO article_tags (article_id, tag_id, position)
        SELECT ${id}, (SELECT id FROM tags WHERE slug = 'even'), 0 FROM seq WHERE n % 2 = 0
        UNION ALL SELECT ${id}, (SELECT id FROM tags WHERE slug = 'sixth-one'), 0 FROM seq WHERE n % 6 = 1
        UNION ALL SELECT ${id}, (SELECT id FROM tags WHERE slug = 'third'), 1 FROM seq WHERE n % 3 = 0
        UNION ALL SELECT ${id}, (SELECT id FROM tags WHERE slug = 'late'), 2 FROM seq WHERE n % 3 = 1 OR (n > 11000 AND n % 3 = 0)`,
    ),
    env.DB.prepare(`INSERT INTO authors (slug, name, created_at) VALUES ('ann', 'Ann', '2023-01-01T00:00:00Z')`),
    env.DB.prepare(`${seq} INSERT INTO article_authors (article_id, author_id, position) SELECT ${id}, (SELECT id FROM authors WHERE slug = 'ann'), 0 FROM seq WHERE n % 6 = 1`),
  ]);
});

/** The binding, counting the rows D1 reports it read for each statement. */
function counting(): { db: Db; rowsRead: () => number } {
  let rows = 0;
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, name) {
        if (name === 'bind') return (...values: unknown[]) => wrap(target.bind(...values));
        if (name === 'all' || name === 'first' || name === 'run') {
          return async (...args: unknown[]) => {
            const result = await target.all();
            rows += result.meta.rows_read ?? 0;
            const row = (result.results[0] ?? null) as Record<string, unknown> | null;
            if (name === 'first') return typeof args[0] === 'string' ? (row?.[args[0]] ?? null) : row;
            return result;
          };
        }
        return Reflect.get(target, name, target);
      },
    });
  const db: Db = { prepare: (sql: string) => wrap(env.DB.prepare(sql)), batch: env.DB.batch.bind(env.DB) };
  return { db, rowsRead: () => rows };
}

async function walk(filter: PublicArticleFilter, after?: ArticleKey): Promise<{ slugs: string[]; rowsRead: number }> {
  const { sql, params } = publicListQuery(filter, 21, after, false);
  const { results, meta } = await env.DB.prepare(sql).bind(...params).all<{ slug: string }>();
  return { slugs: results.slice(0, 20).map((row) => row.slug), rowsRead: meta.rows_read };
}

async function everyPage(filter: PublicArticleFilter, limit: number, tagWindow?: number): Promise<string[]> {
  const slugs: string[] = [];
  let after: ArticleKey | undefined;
  do {
    const page = await listPublishedArticles(env.DB, filter, { limit, after, includeBody: false, tagWindow });
    slugs.push(...page.rows.map((row) => row.slug));
    after = page.next ?? undefined;
  } while (after);
  return slugs;
}

async function allByWalk(filter: PublicArticleFilter): Promise<string[]> {
  const { sql, params } = publicListQuery(filter, ARTICLES, undefined, false);
  return (await env.DB.prepare(sql).bind(...params).all<{ slug: string }>()).results.map((row) => row.slug);
}

describe('lists filtered by several common tags', () => {
  it('answers two tags that never meet from the rarer one\'s links, reading a fraction of the archive', async () => {
    const filter = { tags: ['even', 'sixth-one'] };
    const walked = await walk(filter);
    expect(walked.slugs).toEqual([]);
    const options = { limit: 20, includeBody: false };
    expect(await listPublishedArticles(env.DB, filter, options)).toEqual({ rows: [], next: null }); // counts the tags (kept a minute)
    const { db, rowsRead } = counting();
    expect(await listPublishedArticles(db, filter, options)).toEqual({ rows: [], next: null });
    // The walk reads every public article; the rarer tag's 2,000 links, each probed for the
    // other tag (and no article: the probe comes first), are what is left.
    expect(walked.rowsRead).toBeGreaterThan(ARTICLES);
    expect(rowsRead()).toBeLessThanOrEqual(2 * 2000 + 2);
  });

  it('reads about a page of links for tags that meet on the newest articles', async () => {
    await listPublishedArticles(env.DB, { tags: ['even', 'third'] }, { limit: 20, includeBody: false });
    const { db, rowsRead } = counting();
    const page = await listPublishedArticles(db, { tags: ['even', 'third'] }, { limit: 20, includeBody: false });
    expect(page.rows).toHaveLength(20);
    expect(rowsRead()).toBeLessThan(500);
  });

  it('checks a window of the rarer tag\'s links, then intersects, for tags that never meet past the window', async () => {
    const filter = { tags: ['even', 'sixth-one'] };
    const options = { limit: 20, includeBody: false, tagWindow: 200 };
    await listPublishedArticles(env.DB, filter, options);
    const { db, rowsRead } = counting();
    expect(await listPublishedArticles(db, filter, options)).toEqual({ rows: [], next: null });
    // 200 links probed, then the two tags' 8,000 links merged: less than the walk of the archive.
    expect(rowsRead()).toBeLessThan(ARTICLES);
  });

  it('checks a window of the tag\'s links, then intersects with the author\'s, for a tag and an author that never meet', async () => {
    const filter = { tags: ['even'], author: 'ann' };
    const options = { limit: 20, includeBody: false, tagWindow: 200 };
    await listPublishedArticles(env.DB, filter, options);
    const { db, rowsRead } = counting();
    expect(await listPublishedArticles(db, filter, options)).toEqual({ rows: [], next: null });
    // 200 links probed, then the tag's 6,000 links merged with the author's 2,000, where probing
    // the author on each of the tag's 6,000 links read over twice as many.
    expect(rowsRead()).toBeLessThan(9_000);
  });

  it.each<[string, PublicArticleFilter, number, number?]>([
    ['a tag and an author that never meet, past the window', { tags: ['even'], author: 'ann' }, 20, 50],
    ['a tag and an author that meet, past the window', { tags: ['sixth-one'], author: 'ann' }, 30, 50],
    ['tags that meet on the newest articles', { tags: ['even', 'third'] }, 20],
    ['tags that meet only deep in the archive', { tags: ['late', 'third'] }, 7],
    ['tags and a date range', { tags: ['even', 'third'], since: '2023-10-25T00:00:00Z' }, 100],
    ['tags that never meet', { tags: ['sixth-one', 'even'] }, 20],
    ['a window that ends mid-list', { tags: ['even', 'third'] }, 20, 300],
    ['tags that meet only past the window', { tags: ['late', 'third'] }, 20, 50],
    ['tags that never meet, past the window', { tags: ['sixth-one', 'even'] }, 20, 50],
    ['tags and a date range past the window', { tags: ['even', 'third'], since: '2023-10-30T00:00:00Z' }, 20, 10],
  ])('pages through the same articles in the same order as the newest-first walk, for %s', async (_, filter, limit, tagWindow) => {
    expect(await everyPage(filter, limit, tagWindow)).toEqual(await allByWalk(filter));
  });

  it('checks only a window of the rarer tag\'s links in publication order, with no sort', async () => {
    const { sql, params } = publicListQuery({ tags: ['even', 'third'] }, 21, ['2023-10-30T00:00:00Z', 'art_z'], false, undefined, 'third', { window: 2000 });
    const detail = (await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>()).results.map((row) => row.detail).join('\n');
    expect(detail).toMatch(/SEARCH article_tags USING COVERING INDEX article_tags_by_tag_time \(tag_id=\? AND \(published_at,article_id\)<\(\?,\?\)\)/);
    expect(detail).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)/);
    expect(detail).not.toMatch(/^SCAN (?!x$|dt$)/m);
    expect(detail).not.toContain('TEMP B-TREE');
  });

  it('intersects the links of the tags in article-id order, reading each range once by index', async () => {
    const { sql, params } = publicListQuery({ tags: ['even', 'sixth-one'] }, 21, ['2023-10-30T00:00:00Z', 'art_z'], false, undefined, undefined, 'intersect');
    const detail = (await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>()).results.map((row) => row.detail).join('\n');
    expect(detail).toContain('MERGE (INTERSECT)');
    expect(detail.match(/SEARCH article_tags USING COVERING INDEX article_tags_by_tag \(tag_id=\?\)/g)).toHaveLength(2);
    expect(detail).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)/);
    expect(detail).not.toMatch(/SCAN (a|article_tags)\b/);
  });

  it('drives the rarer tag by its time index and probes the other on the link by index, with no sort', async () => {
    const { sql, params } = publicListQuery({ tags: ['even', 'sixth-one'] }, 21, ['2023-10-30T00:00:00Z', 'art_z'], false, undefined, 'sixth-one');
    const detail = (await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>()).results.map((row) => row.detail).join('\n');
    expect(detail.split('\n')[0]).toMatch(/^SEARCH dt USING COVERING INDEX article_tags_by_tag_time \(tag_id=\? AND \(published_at,article_id\)<\(\?,\?\)\)/);
    expect(detail).toMatch(/SEARCH at USING (COVERING )?INDEX (sqlite_autoindex_article_tags_2 \(article_id=\? AND tag_id=\?\)|article_tags_by_tag \(tag_id=\? AND article_id=\?\))/);
    expect(detail).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)/);
    expect(detail).not.toMatch(/^SCAN (?!x$)/m);
    expect(detail).not.toContain('TEMP B-TREE');
  });
});
