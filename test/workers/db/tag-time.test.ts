/**
 * The copy of `published_at` on tag links (0013) that tag lists are read in order by: it must
 * equal the article's after every write that sets either, or a tag page would skip, repeat or
 * misorder articles.
 */
import { applyD1Migrations, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishScheduled } from '../../../src/content/editorial';
import { listPublishedArticles } from '../../../src/db/articles';
import { memoryTier } from '../../../src/middleware/cache';
import { forgetGeneration } from '../../../src/storage/generation';
import { call, createArticle, expectJson } from '../helpers/admin';
import { createArticles, get, resetStorage } from '../helpers/articles';

/** Each link of the article as `tag@published_at` (`tag@null` when it has none), in tag order. */
async function linkTimes(articleId: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT t.slug || '@' || coalesce(at.published_at, 'null') AS link FROM article_tags at JOIN tags t ON t.id = at.tag_id
     WHERE at.article_id = ?1 ORDER BY at.position`,
  )
    .bind(articleId)
    .all<{ link: string }>();
  return results.map((row) => row.link);
}

/** How many links anywhere differ from their article's published_at. */
async function staleLinks(): Promise<number> {
  const row = await env.DB.prepare(
    'SELECT COUNT(*) AS n FROM article_tags at JOIN articles a ON a.id = at.article_id WHERE at.published_at IS NOT a.published_at',
  ).first<{ n: number }>();
  return row!.n;
}

async function tagPage(tag: string): Promise<string[]> {
  const body = (await (await get(`/v1/articles?tag=${tag}&limit=100`)).json()) as { data: { slug: string }[] };
  return body.data.map((item) => item.slug);
}

const body = '<p>Text.</p>';

describe('the published_at of tag links', () => {
  beforeAll(async () => {
    await resetStorage();
  });

  it("gives a published article's links its published_at and a draft's none", async () => {
    const live = await createArticle({ headline: 'Live', body_html: body, tags: ['Kenya', 'Haiti'], status: 'published' });
    const draft = await createArticle({ headline: 'Draft', body_html: body, tags: ['Kenya'] });
    expect(await linkTimes(live.id)).toEqual([`kenya@${live.published_at}`, `haiti@${live.published_at}`]);
    expect(await linkTimes(draft.id)).toEqual(['kenya@null']);
  });

  it('copies published_at to the links when a draft is published, and keeps it when it is withdrawn', async () => {
    const draft = await createArticle({ headline: 'Later', body_html: body, tags: ['Chile'] });
    const published = (await expectJson(await call(`/v1/admin/articles/${draft.id}/publish`, { method: 'POST', headers: { 'If-Match': '"1"' } }), 200)).data;
    expect(await linkTimes(draft.id)).toEqual([`chile@${published.published_at}`]);
    await expectJson(await call(`/v1/admin/articles/${draft.id}/withdraw`, { method: 'POST', headers: { 'If-Match': '"2"' }, body: { reason: 'Legal' } }), 200);
    expect(await linkTimes(draft.id)).toEqual([`chile@${published.published_at}`]);
    expect(await staleLinks()).toBe(0);
  });

  it("gives a tag added by PATCH the article's published_at and drops the links of removed ones", async () => {
    const live = await createArticle({ headline: 'Patched', body_html: body, tags: ['Kenya'], status: 'published' });
    await expectJson(await call(`/v1/admin/articles/${live.id}`, { method: 'PATCH', headers: { 'If-Match': '"1"' }, body: { tags: ['Peru', 'Chile'] } }), 200);
    expect(await linkTimes(live.id)).toEqual([`peru@${live.published_at}`, `chile@${live.published_at}`]);
    expect(await tagPage('peru')).toEqual(['patched']);
    expect(await tagPage('kenya')).not.toContain('patched');
  });

  it('copies the scheduled time to the links when the scheduler publishes the article', async () => {
    const publishAt = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const scheduled = await createArticle({ headline: 'Scheduled', body_html: body, tags: ['Peru'], publish_at: publishAt });
    expect(scheduled.status).toBe('scheduled');
    expect(await linkTimes(scheduled.id)).toEqual(['peru@null']);
    await publishScheduled(env.DB, new Date(Date.now() + 7_200_000).toISOString());
    expect(await linkTimes(scheduled.id)).toEqual([`peru@${publishAt}`]);
    // Published an hour from now, it leads the tag's list.
    expect((await tagPage('peru'))[0]).toBe('scheduled');
  });

  it('follows a published_at written by SQL alone, and a tag list follows the new order', async () => {
    const [older, newer] = await createArticles([
      { slug: 'older', published_at: '2023-01-01T00:00:00Z', tags: ['moved'] },
      { slug: 'newer', published_at: '2023-02-01T00:00:00Z', tags: ['moved'] },
    ]);
    expect(await tagPage('moved')).toEqual(['newer', 'older']);
    await env.DB.prepare("UPDATE articles SET published_at = '2023-03-01T00:00:00Z' WHERE id = ?1").bind(older!.id).run();
    expect(await linkTimes(older!.id)).toEqual(['moved@2023-03-01T00:00:00Z']);
    expect(await linkTimes(newer!.id)).toEqual(['moved@2023-02-01T00:00:00Z']);
    // Read from D1 (the API's cached page knows nothing of a write behind its back).
    const { rows } = await listPublishedArticles(env.DB, { tags: ['moved'] }, { limit: 10, includeBody: false });
    expect(rows.map((row) => row.slug)).toEqual(['older', 'newer']);
    expect(await staleLinks()).toBe(0);
  });
});

describe('0013 over links written before it', () => {
  beforeAll(async () => {
    await reset();
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS.filter((migration) => migration.name < '0013_'));
    await createArticles([
      { slug: 'first', published_at: '2023-05-01T00:00:00Z', tags: ['kenya', 'haiti'] },
      { slug: 'second', published_at: '2023-06-01T00:00:00Z', tags: ['kenya'] },
      { slug: 'unpublished', status: 'draft', tags: ['kenya'] },
    ]);
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    memoryTier.clear();
    forgetGeneration();
  });

  it("fills every existing link with its article's published_at", async () => {
    const { results } = await env.DB.prepare(
      `SELECT a.slug || ':' || t.slug || '@' || coalesce(at.published_at, 'null') AS link
       FROM article_tags at JOIN articles a ON a.id = at.article_id JOIN tags t ON t.id = at.tag_id ORDER BY a.slug, at.position`,
    ).all<{ link: string }>();
    expect(results.map((row) => row.link)).toEqual([
      'first:kenya@2023-05-01T00:00:00Z',
      'first:haiti@2023-05-01T00:00:00Z',
      'second:kenya@2023-06-01T00:00:00Z',
      'unpublished:kenya@null',
    ]);
  });

  it('lists a tag written before it newest first', async () => {
    expect(await tagPage('kenya')).toEqual(['second', 'first']);
  });
});
