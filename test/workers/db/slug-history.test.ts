import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

const body = '<p>x</p>';
const rename = async (id: string, slug: string, extra: Record<string, unknown> = {}) =>
  expectJson(await call(`/v1/admin/articles/${id}`, { method: 'PATCH', body: { slug, ...extra }, headers: { 'If-Match': '*' } }), 200);

/** The statement of migration 0007 that fills slug_history from the revisions written before it. */
function backfill(): string {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0007_'))!;
  return migration.queries.find((query) => query.includes('INSERT INTO slug_history'))!;
}

const history = async () =>
  (await env.DB.prepare('SELECT article_id, slug, url FROM slug_history ORDER BY id').all<{ article_id: string; slug: string; url: string | null }>()).results;

beforeAll(resetStorage);

describe('the slug_history backfill', () => {
  it('finds every rename made while public in the revisions, in order, as the writes record them', async () => {
    const published = await createArticle({ headline: 'Old', body_html: body, slug: 'old', status: 'published' });
    await rename(published.id, 'older');
    await rename(published.id, 'oldest');
    await call(`/v1/admin/articles/${published.id}`, { method: 'PATCH', body: { headline: 'Unrenamed' }, headers: { 'If-Match': '*' } });
    const given = await createArticle({ headline: 'Given', body_html: body, slug: 'given', url: 'https://elsewhere.example/given', status: 'published' });
    await rename(given.id, 'given-2');
    const draft = await createArticle({ headline: 'Draft', body_html: body, slug: 'draft-title' });
    await rename(draft.id, 'draft-final', { status: 'published' });
    const written = await history();
    expect(written).toEqual([
      { article_id: published.id, slug: 'old', url: 'https://news.example.com/news/old' },
      { article_id: published.id, slug: 'older', url: 'https://news.example.com/news/older' },
      { article_id: given.id, slug: 'given', url: null },
    ]);
    await env.DB.prepare('DELETE FROM slug_history').run();
    await env.DB.prepare(backfill()).run();
    expect(await history()).toEqual(written);
  });
});
