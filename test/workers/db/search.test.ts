import { applyD1Migrations, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/content/ids';
import { parseSearchQuery } from '../../../src/content/search-query';
import { deriveBodyFields } from '../../../src/content/text';
import { memoryTier } from '../../../src/middleware/cache';
import { findRelatedArticles, publicSearchQuery, searchPublishedArticles } from '../../../src/db/search';
import { forgetGeneration } from '../../../src/storage/generation';
import { type ArticleSpec, createArticles, get, resetStorage } from '../helpers/articles';

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

const search = async (q: string, limit = 50) => {
  const found = await searchPublishedArticles(env.DB, match(q), {}, { limit, includeBody: false });
  if (!found) throw new Error('no page');
  return found.rows;
};
const slugsFor = async (q: string) => (await search(q)).map((row) => row.slug);
/** Every hit's slug and bm25 score, in order: what public ranking is made of. */
const ranking = async (q: string) => (await search(q)).map((row) => [row.slug, row.search_score]);

/**
 * Writes articles as the schema before 0009 held them: today's write statements name columns
 * that old schema lacks, so only the columns of 0001 are written (these specs have no links).
 */
async function createLegacyArticles(specs: ArticleSpec[]) {
  const records = specs.map((spec) => {
    const status = spec.status ?? 'published';
    const body = spec.body_html ?? `<p>Body of ${spec.slug}.</p>`;
    const publishedAt = status === 'draft' || status === 'scheduled' ? null : '2023-09-01T12:00:00Z';
    return { id: newId('art'), slug: spec.slug, headline: spec.headline ?? spec.slug, body_html: body, ...deriveBodyFields(body), status, published_at: publishedAt, withdrawn_reason: spec.withdrawn_reason ?? null, deleted_at: spec.deleted ? '2023-10-01T00:00:00Z' : null };
  });
  await env.DB.batch(
    records.map((r) =>
      env.DB.prepare(
        `INSERT INTO articles (id, slug, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, status, published_at, publish_at, created_at, updated_at, withdrawn_reason, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, '2023-01-01T00:00:00Z', coalesce(?10, '2023-01-01T00:00:00Z'), ?12, ?13)`,
      ).bind(r.id, r.slug, r.headline, r.excerpt, r.body_html, r.body_text, r.word_count, r.reading_time_minutes, r.status, r.published_at, r.status === 'scheduled' ? '2030-01-01T00:00:00Z' : null, r.withdrawn_reason, r.deleted_at),
    ),
  );
  return records;
}

/** A fresh database with the migrations before `upTo` applied, then `specs` written. */
async function databaseBefore(upTo: string, specs: ArticleSpec[]) {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS.filter((migration) => migration.name < upTo));
  const records = upTo < '0009_' ? await createLegacyArticles(specs) : await createArticles(specs);
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  memoryTier.clear();
  forgetGeneration();
  return records;
}

const hiddenWording = '<p>Ocelot ocelot ocelot ocelot ocelot ocelot ocelot ocelot, said the ocelot.</p>';
// Articles the public never sees, each full of the word the public set is searched by.
const HIDDEN: ArticleSpec[] = [
  { slug: 'hid-draft', status: 'draft', headline: 'Ocelot draft', body_html: hiddenWording },
  { slug: 'hid-scheduled', status: 'scheduled', headline: 'Ocelot scheduled', body_html: hiddenWording },
  { slug: 'hid-withdrawn', status: 'withdrawn', withdrawn_reason: 'Legal', headline: 'Ocelot withdrawn', body_html: hiddenWording },
  { slug: 'hid-deleted', deleted: true, headline: 'Ocelot deleted', body_html: hiddenWording },
];
const PUBLIC: ArticleSpec[] = [
  { slug: 'pub-headline', headline: 'Ocelot spotted downtown', body_html: '<p>A wild cat in the park.</p>' },
  { slug: 'pub-body', headline: 'Park news', body_html: '<p>An ocelot, or a lynx, walked through the long grass of the park.</p>' },
  { slug: 'pub-twice', headline: 'Wildlife', body_html: '<p>Ocelot here, ocelot there.</p>' },
  // Enough articles without the word that it is rare: bm25 floors the weight of a word found
  // in half the rows or more, and a floored weight would hide any change in the statistics.
  ...Array.from({ length: 7 }, (_, i) => ({ slug: `pub-other-${i}`, headline: `Weather ${i}`, body_html: '<p>Rain again.</p>' })),
];

describe('0005 over data written under 0002', () => {
  let records: Awaited<ReturnType<typeof databaseBefore>>;
  beforeAll(async () => {
    records = await databaseBefore('0005_', [...PUBLIC, ...HIDDEN]);
  });

  it('leaves exactly the public articles indexed, every docid in place', async () => {
    const publicIds = records.filter((r) => r.status === 'published' && !r.deleted_at).map((r) => r.id);
    expect((await indexed()).map((row) => row.article_id)).toEqual([...publicIds].sort());
    const { n } = (await env.DB.prepare('SELECT COUNT(*) AS n FROM article_search_docs').first<{ n: number }>())!;
    expect(n).toBe(records.length);
  });

  it('ranks exactly as a database that never held the hidden articles', async () => {
    const migrated = await ranking('ocelot');
    await databaseBefore('9999_', PUBLIC);
    expect(await ranking('ocelot')).toEqual(migrated);
    expect(migrated.map(([slug]) => slug)).toEqual(['pub-headline', 'pub-twice', 'pub-body']);
  });
});

describe('the search migration', () => {
  beforeAll(async () => {
    // A database as it was before 0002: articles written, no index yet.
    await databaseBefore('0002_', [
      { slug: 'old-one', headline: 'Archived zebra story', body_html: '<p>Stripes everywhere.</p>' },
      { slug: 'old-draft', status: 'draft', headline: 'Archived zebra draft' },
    ]);
  });

  it('backfills the index with the public articles written before it', async () => {
    expect((await indexed()).map((row) => row.headline)).toEqual(['Archived zebra story']);
    const res = await get('/v1/articles?q=zebra');
    const body = (await res.json()) as { data: { slug: string }[] };
    expect(body.data.map((item) => item.slug)).toEqual(['old-one']);
  });

  it('rolls the index back with a failed batch', async () => {
    const before = await indexed();
    const insert = env.DB.prepare(
      `INSERT INTO articles (id, slug, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, status, created_at, updated_at)
       VALUES ('art_rollback', 'rollback', 'Narwhal news', '', '', 'Narwhal', 1, 1, 'published', '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`,
    );
    const clash = env.DB.prepare(`INSERT INTO articles (id, slug, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, created_at, updated_at)
       VALUES ('art_rollback', 'rollback-2', 'x', '', '', '', 1, 1, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`);
    await expect(env.DB.batch([insert, clash])).rejects.toThrow(/UNIQUE/);
    expect(await indexed()).toEqual(before);
  });

  it('finds search hits through the FTS index, not by scanning articles', async () => {
    const { sql, params } = publicSearchQuery(match('zebra'), { section: 'world', tags: ['kenya'] }, 21, 'art_x', false);
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
    const plan = results.map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SCAN article_search VIRTUAL TABLE INDEX 192:M/);
    expect(plan).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)/);
    expect(plan).not.toMatch(/^SCAN a$/m);
    // The snippet, and the cursor article's score, are looked up by rowid, not for every hit.
    expect(plan).toMatch(/SCAN article_search VIRTUAL TABLE INDEX 0:=M/);
    expect(plan).toMatch(/SEARCH anchor USING COVERING INDEX sqlite_autoindex_article_search_docs_1 \(article_id=\?\)/);
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

describe('the index holds only public articles', () => {
  beforeAll(async () => {
    await resetStorage();
    await createArticles(PUBLIC);
  });

  const update = (sql: string, id: string) => env.DB.prepare(`UPDATE articles SET ${sql} WHERE id = ?1`).bind(id).run();
  const isIndexed = async (id: string) => (await indexed()).some((row) => row.article_id === id);

  it('changes no public score or order for a draft, scheduled, withdrawn or deleted article', async () => {
    const baseline = await ranking('ocelot');
    expect(baseline).toHaveLength(3);
    for (const spec of HIDDEN) {
      const [hidden] = await createArticles([spec]);
      expect(await ranking('ocelot'), spec.slug).toEqual(baseline);
      await update(`body_text = body_text || ' ocelot ocelot'`, hidden!.id);
      expect(await ranking('ocelot'), `${spec.slug} edited`).toEqual(baseline);
      await env.DB.prepare('DELETE FROM articles WHERE id = ?1').bind(hidden!.id).run();
    }
  });

  it('indexes an article when it is published and drops it when withdrawn, deleted or unpublished', async () => {
    const [row] = await createArticles([{ slug: 'cycle', status: 'draft', headline: 'Okapi sighting', body_html: '<p>Rare.</p>' }]);
    const id = row!.id;
    const docid = async () => (await env.DB.prepare('SELECT docid FROM article_search_docs WHERE article_id = ?1').bind(id).first<{ docid: number }>())?.docid;
    const first = await docid();
    expect(await isIndexed(id)).toBe(false);
    await update(`status = 'scheduled'`, id);
    expect(await isIndexed(id)).toBe(false);
    await update(`status = 'published'`, id);
    expect(await slugsFor('okapi')).toEqual(['cycle']);
    await update(`status = 'withdrawn'`, id);
    expect(await isIndexed(id)).toBe(false);
    await update(`status = 'published'`, id);
    expect(await isIndexed(id)).toBe(true);
    await update(`deleted_at = '2023-10-01T00:00:00Z'`, id);
    expect(await isIndexed(id)).toBe(false);
    await update('deleted_at = NULL', id);
    expect(await isIndexed(id)).toBe(true);
    await update(`status = 'draft'`, id);
    expect(await isIndexed(id)).toBe(false);
    // Text written while hidden is what gets indexed when it becomes public.
    await update(`headline = 'Tapir sighting'`, id);
    expect(await isIndexed(id)).toBe(false);
    await update(`status = 'published'`, id);
    expect(await slugsFor('tapir')).toEqual(['cycle']);
    expect(await slugsFor('okapi')).toEqual([]);
    expect(await docid()).toBe(first);

    await env.DB.prepare('DELETE FROM articles WHERE id = ?1').bind(id).run();
    expect(await isIndexed(id)).toBe(false);
    expect(await docid()).toBeUndefined();
  });

  it('re-indexes a public article when its headline, standfirst or body changes', async () => {
    const [row] = await createArticles([{ slug: 'edited', headline: 'Quokka sighting', body_html: '<p>Rare.</p>' }]);
    await update(`headline = 'Wombat sighting', body_text = 'Common.'`, row!.id);
    expect((await indexed()).find((r) => r.article_id === row!.id)).toMatchObject({ headline: 'Wombat sighting', body: 'Common.' });
    expect(await slugsFor('quokka')).toEqual([]);
    await update(`body_text = 'Only the body changed.'`, row!.id);
    expect((await indexed()).find((r) => r.article_id === row!.id)).toMatchObject({ headline: 'Wombat sighting', body: 'Only the body changed.' });
    await update(`standfirst = 'A dek about ibexes.'`, row!.id);
    expect(await slugsFor('ibexes')).toEqual(['edited']);
    // A write that touches neither text nor visibility leaves the index as it was.
    const before = await indexed();
    await update(`updated_at = '2024-01-01T00:00:00Z', version = version + 1`, row!.id);
    expect(await indexed()).toEqual(before);
  });

  it('recomputes the score of the cursor article, and reports when it no longer matches', async () => {
    const whole = await search('ocelot');
    for (const [i, row] of whole.entries()) {
      const next = await searchPublishedArticles(env.DB, match('ocelot'), {}, { limit: 50, afterId: row.id, includeBody: false });
      expect(next?.rows.map((r) => r.id)).toEqual(whole.slice(i + 1).map((r) => r.id));
    }
    const [gone] = await createArticles([{ slug: 'gone', status: 'withdrawn', headline: 'Ocelot gone' }]);
    expect(await searchPublishedArticles(env.DB, match('ocelot'), {}, { limit: 5, afterId: gone!.id, includeBody: false })).toBeNull();
    expect(await searchPublishedArticles(env.DB, match('ocelot'), {}, { limit: 5, afterId: 'art_nope', includeBody: false })).toBeNull();
  });
});
