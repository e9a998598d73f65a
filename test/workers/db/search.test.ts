import { applyD1Migrations, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../src/content/search-query';
import { memoryTier } from '../../../src/middleware/cache';
import { findRelatedArticles, publicSearchQuery, searchPublishedArticles } from '../../../src/db/search';
import { forgetGeneration } from '../../../src/storage/generation';
import { createArticles, get } from '../helpers/articles';

const match = (q: string) => {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query.match;
};

const indexed = async () =>
  (
    await env.DB.prepare(
      `SELECT d.article_id, s.headline, s.body FROM article_search s JOIN article_search_docs d ON d.docid = s.rowid ORDER BY d.article_id`,
    ).all<{ article_id: string; headline: string; body: string }>()
  ).results;

describe('the search migration', () => {
  beforeAll(async () => {
    // A database as it was before 0002: articles written, no index yet.
    await reset();
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS.filter((migration) => !migration.name.startsWith('0002_')));
    await createArticles([
      { slug: 'old-one', headline: 'Archived zebra story', body_html: '<p>Stripes everywhere.</p>' },
      { slug: 'old-draft', status: 'draft', headline: 'Archived zebra draft' },
    ]);
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    memoryTier.clear();
    forgetGeneration();
  });

  it('backfills the index with the articles written before it', async () => {
    expect((await indexed()).map((row) => row.headline).sort()).toEqual(['Archived zebra draft', 'Archived zebra story']);
    const res = await get('/v1/articles?q=zebra');
    const body = (await res.json()) as { data: { slug: string }[] };
    expect(body.data.map((item) => item.slug)).toEqual(['old-one']);
  });

  it('indexes inserts, re-indexes changed text, and drops deleted rows, in the same statement', async () => {
    const [row] = await createArticles([{ slug: 'fresh', headline: 'Okapi sighting', body_html: '<p>Rare.</p>' }]);
    expect((await searchPublishedArticles(env.DB, match('okapi'), {}, { limit: 5, includeBody: false })).rows.map((r) => r.slug)).toEqual(['fresh']);

    await env.DB.prepare(`UPDATE articles SET headline = 'Tapir sighting', body_text = 'Common.' WHERE id = ?1`).bind(row!.id).run();
    expect((await indexed()).find((r) => r.article_id === row!.id)).toMatchObject({ headline: 'Tapir sighting', body: 'Common.' });
    expect((await searchPublishedArticles(env.DB, match('okapi'), {}, { limit: 5, includeBody: false })).rows).toEqual([]);

    await env.DB.prepare(`UPDATE articles SET body_text = 'Only the body changed.' WHERE id = ?1`).bind(row!.id).run();
    expect((await indexed()).find((r) => r.article_id === row!.id)).toMatchObject({ headline: 'Tapir sighting', body: 'Only the body changed.' });
    await env.DB.prepare(`UPDATE articles SET standfirst = 'A dek about ibexes.' WHERE id = ?1`).bind(row!.id).run();
    expect((await searchPublishedArticles(env.DB, match('ibexes'), {}, { limit: 5, includeBody: false })).rows.map((r) => r.slug)).toEqual(['fresh']);

    await env.DB.prepare(`UPDATE articles SET status = 'withdrawn' WHERE id = ?1`).bind(row!.id).run();
    expect((await searchPublishedArticles(env.DB, match('tapir'), {}, { limit: 5, includeBody: false })).rows).toEqual([]);

    await env.DB.prepare('DELETE FROM articles WHERE id = ?1').bind(row!.id).run();
    expect((await indexed()).some((r) => r.article_id === row!.id)).toBe(false);
    const { n } = (await env.DB.prepare('SELECT COUNT(*) AS n FROM article_search_docs WHERE article_id = ?1').bind(row!.id).first<{ n: number }>())!;
    expect(n).toBe(0);
  });

  it('rolls the index back with a failed batch', async () => {
    const before = await indexed();
    const insert = env.DB.prepare(
      `INSERT INTO articles (id, slug, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, created_at, updated_at)
       VALUES ('art_rollback', 'rollback', 'Narwhal news', '', '', 'Narwhal', 1, 1, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`,
    );
    const clash = env.DB.prepare(`INSERT INTO articles (id, slug, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, created_at, updated_at)
       VALUES ('art_rollback', 'rollback-2', 'x', '', '', '', 1, 1, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`);
    await expect(env.DB.batch([insert, clash])).rejects.toThrow(/UNIQUE/);
    expect(await indexed()).toEqual(before);
  });

  it('finds search hits through the FTS index, not by scanning articles', async () => {
    const { sql, params } = publicSearchQuery(match('zebra'), { section: 'world', tags: ['kenya'] }, 21, [-1.5, 'art_x'], false);
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
    const plan = results.map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SCAN article_search VIRTUAL TABLE INDEX 0:M/);
    expect(plan).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)/);
    expect(plan).not.toMatch(/^SCAN a$/m);
    // The snippet is made per page row, by rowid, not for every hit.
    expect(plan).toMatch(/SCAN article_search VIRTUAL TABLE INDEX 0:=M/);
  });

  it('finds related articles without the FTS part when the headline has no significant word', async () => {
    const [self, other] = await createArticles([
      { slug: 'of-the', headline: 'Of the', tags: ['Zebras'] },
      { slug: 'tagged-too', headline: 'Something else', tags: ['Zebras'] },
    ]);
    const related = await findRelatedArticles(env.DB, self!.id, null, 5);
    expect(related.map((r) => [r.slug, r.shared_tags, r.text_score])).toEqual([[other!.slug, 1, null]]);
  });
});
