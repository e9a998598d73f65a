import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchEvents } from '../../../src/syndication/dispatch';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { createWebhook } from '../helpers/webhooks';

const ALL = ['article.published', 'article.updated', 'article.corrected', 'article.withdrawn', 'article.deleted', 'article.embargo_lifted'];

beforeAll(async () => {
  await resetStorage();
  await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES ('world', 'World', '2023-01-01T00:00:00Z')").run();
  await createWebhook({ events: ALL });
});

/** Everything a write leaves behind: the article's version and time, its revisions, change rows and webhook messages. */
async function traces(id: string): Promise<Record<string, unknown>> {
  await dispatchEvents(env);
  const count = async (sql: string) => (await env.DB.prepare(sql).bind(id).first<{ n: number }>())!.n;
  return {
    article: await env.DB.prepare('SELECT version, updated_at FROM articles WHERE id = ?1').bind(id).first(),
    revisions: await count('SELECT count(*) AS n FROM revisions WHERE article_id = ?1'),
    changes: await count('SELECT count(*) AS n FROM changes WHERE article_id = ?1'),
    webhooks: await count('SELECT count(*) AS n FROM webhook_messages WHERE article_id = ?1'),
  };
}

const full = {
  headline: 'Kenya, Haiti Set Up Ties',
  standfirst: 'A dek.',
  body_html: '<p onclick="x()">Kenya and <em>Haiti</em> established relations.</p>',
  url: 'https://elsewhere.example/kenya-haiti',
  language: 'en',
  section: 'world',
  tags: ['Kenya', 'United Nations'],
  authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
  rights: { usage_terms: 'Partners only.', syndication: 'restricted' },
};

async function patch(id: string, body: unknown, version: number | '*' = 1): Promise<Response> {
  return call(`/v1/admin/articles/${id}`, { method: 'PATCH', body, headers: { 'If-Match': version === '*' ? '*' : `"${version}"` } });
}

describe('a PATCH that changes nothing', () => {
  let published: any;
  beforeEach(async () => {
    published = await createArticle({ ...full, status: 'published' });
  });

  it.each([
    ['every field as it was sent on create', { ...full, status: 'published' }],
    ['the headline alone', { headline: full.headline }],
    ['tags by slug and authors by slug', { tags: ['kenya', 'united-nations'], authors: ['jane-doe'] }],
    ['the sanitized body_html and the derived excerpt', { body_html: '<p>Kenya and <em>Haiti</em> established relations.</p>' }],
    ['a rights field at its value', { rights: { syndication: 'restricted' } }],
  ])('writes nothing for %s: same version, no revision, no change-feed row, no webhook', async (_, body) => {
    const before = await traces(published.id);
    const res = await patch(published.id, body);
    const { data } = await expectJson(res, 200);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(data).toEqual({ ...published, excerpt: data.excerpt });
    expect(data.excerpt).toBe(published.excerpt);
    expect(await traces(published.id)).toEqual(before);
  });

  it('writes nothing for a draft, a scheduled article or an embargoed one given what it has', async () => {
    const draft = await createArticle({ headline: 'Draft', body_html: '<p>x</p>' });
    const scheduled = await createArticle({ headline: 'Later', body_html: '<p>x</p>', publish_at: '2031-01-01T00:00:00+01:00' });
    const embargoed = await createArticle({ headline: 'Held', body_html: '<p>x</p>', status: 'published', embargoed_until: '2031-01-01T00:00:00Z' });
    for (const [article, body] of [
      [draft, { headline: 'Draft', status: 'draft' }],
      [scheduled, { publish_at: '2030-12-31T23:00:00Z' }],
      [embargoed, { embargoed_until: '2031-01-01T00:00:00Z', status: 'published' }],
    ] as const) {
      const before = await traces(article.id);
      const { data } = await expectJson(await patch(article.id, body), 200);
      expect(data.version, article.headline).toBe(1);
      expect(await traces(article.id), article.headline).toEqual(before);
    }
  });

  it('still answers 412 for a stale If-Match and 428 without one', async () => {
    await expectJson(await patch(published.id, { headline: 'Changed' }), 200);
    const stale = await expectJson(await patch(published.id, { headline: 'Changed' }, 1), 412);
    expect(stale.current_version).toBe(2);
    expect((await call(`/v1/admin/articles/${published.id}`, { method: 'PATCH', body: { headline: 'Changed' } })).status).toBe(428);
  });

  it('writes a new version when one field differs', async () => {
    const before = await traces(published.id);
    const { data } = await expectJson(await patch(published.id, { ...full, standfirst: 'Another dek.' }), 200);
    expect(data.version).toBe(2);
    expect(await traces(published.id)).toMatchObject({
      revisions: (before.revisions as number) + 1,
      changes: (before.changes as number) + 1,
      webhooks: (before.webhooks as number) + 1,
    });
  });
});
