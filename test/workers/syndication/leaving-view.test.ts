/**
 * What the change feed and webhooks tell of an article as it leaves a reader's view: the slug,
 * headline and URL that reader last had, never the ones it takes as it goes (a draft's, or
 * one outside a partner's contract).
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchEvents } from '../../../src/syndication/dispatch';
import { call, createArticle, expectJson } from '../helpers/admin';
import { createArticles, get, resetStorage } from '../helpers/articles';
import { createWebhook } from '../helpers/webhooks';

async function patch(id: string, version: number, body: Record<string, unknown>): Promise<any> {
  return (await expectJson(await call(`/v1/admin/articles/${id}`, { method: 'PATCH', body, headers: { 'If-Match': `"${version}"` } }), 200)).data;
}

async function feedOf(id: string, token: string | null = null): Promise<any[]> {
  const { data } = await expectJson(await call('/v1/changes?limit=100', { token }), 200);
  return data.filter((entry: any) => entry.id === id);
}

/** The `data` of every webhook message about `id`, oldest first. */
async function webhookData(id: string, webhookId?: string): Promise<any[]> {
  await dispatchEvents(env);
  const { results } = await env.DB.prepare('SELECT webhook_id, event, payload FROM webhook_messages WHERE article_id = ?1 ORDER BY change_seq')
    .bind(id)
    .all<{ webhook_id: string; event: string; payload: string }>();
  return results
    .filter((row) => (webhookId === undefined ? row.webhook_id !== partnerHook : row.webhook_id === webhookId))
    .map((row) => ({ event: row.event, ...JSON.parse(row.payload).data }));
}

let partner: string;
let partnerHook: string;

beforeAll(async () => {
  await resetStorage();
  await createArticles([{ slug: 'seed-world', section: 'world' }, { slug: 'seed-business', section: 'business' }]);
  await createWebhook({ events: ['article.published', 'article.updated', 'article.withdrawn', 'article.deleted'] });
  const key = await call('/v1/admin/keys', { method: 'POST', body: { name: 'World desk', role: 'partner', entitlements: { sections: ['world'], syndication: ['allowed', 'restricted'] } } });
  const { data } = await expectJson(key, 201);
  partner = data.secret;
  partnerHook = (await createWebhook({ events: ['article.published', 'article.updated', 'article.deleted'], key_id: data.id })).id;
});

describe('an article unpublished to a draft with a new slug, headline and URL in the same write', () => {
  let article: any;
  beforeAll(async () => {
    article = await createArticle({ headline: 'Public Story', body_html: '<p>Text.</p>', status: 'published', url: 'https://news.example.com/public-story' });
    await patch(article.id, 1, { status: 'draft', slug: 'secret-merger-plan', headline: 'Secret merger plan', url: 'https://news.example.com/secret' });
  });

  it('is withdrawn from the change feed under the slug readers had, with no previous_slug', async () => {
    expect((await get('/v1/articles/secret-merger-plan')).status).toBe(404);
    expect((await feedOf(article.id)).map((entry) => [entry.change, entry.slug, entry.previous_slug])).toEqual([
      ['upsert', 'public-story', null],
      ['withdrawn', 'public-story', null],
    ]);
  });

  it("is withdrawn in webhooks under the slug, headline and URL readers had, not the draft's", async () => {
    const withdrawn = (await webhookData(article.id)).at(-1);
    expect(withdrawn).toMatchObject({ change: 'withdrawn', slug: 'public-story', headline: 'Public Story', url: 'https://news.example.com/public-story' });
    expect(JSON.stringify(await webhookData(article.id))).not.toMatch(/secret/i);
  });

  it('tells the rename once it is published again, naming the slug readers had as previous_slug', async () => {
    await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST' });
    expect((await feedOf(article.id)).at(-1)).toMatchObject({ change: 'upsert', slug: 'secret-merger-plan', previous_slug: 'public-story' });
    expect((await webhookData(article.id)).at(-1)).toMatchObject({ slug: 'secret-merger-plan', headline: 'Secret merger plan', previous_slug: 'public-story' });
  });
});

describe("an article moved out of a partner's sections with a new slug in the same write", () => {
  it("is deleted from that partner's feed under the slug the partner had", async () => {
    const article = await createArticle({ headline: 'World Story', body_html: '<p>Text.</p>', status: 'published', section: 'world' });
    await patch(article.id, 1, { section: 'business', slug: 'acquisition-talks' });
    expect((await feedOf(article.id, partner)).map((entry) => [entry.change, entry.slug, entry.previous_slug])).toEqual([
      ['upsert', 'world-story', null],
      ['deleted', 'world-story', null],
    ]);
    // The public, which still reads it, hears of the rename.
    expect((await feedOf(article.id)).at(-1)).toMatchObject({ change: 'upsert', slug: 'acquisition-talks', previous_slug: 'world-story' });
  });

  it("is article.deleted to that partner's webhook, under the slug and headline it held, as its feed says", async () => {
    const article = await createArticle({ headline: 'World Wire', body_html: '<p>Text.</p>', status: 'published', section: 'world' });
    await patch(article.id, 1, { section: 'business', slug: 'business-wire', headline: 'Business Wire' });
    expect((await webhookData(article.id, partnerHook)).map((data) => [data.event, data.change, data.slug, data.headline])).toEqual([
      ['article.published', 'upsert', 'world-wire', 'World Wire'],
      ['article.deleted', 'deleted', 'world-wire', 'World Wire'],
    ]);
    // Moved back, it is the partner's again; a write outside its contract meanwhile tells it nothing.
    await patch(article.id, 2, { standfirst: 'Still in business.' });
    await patch(article.id, 3, { section: 'world' });
    expect((await webhookData(article.id, partnerHook)).map((data) => [data.event, data.slug])).toEqual([
      ['article.published', 'world-wire'],
      ['article.deleted', 'world-wire'],
      ['article.updated', 'business-wire'],
    ]);
    expect((await feedOf(article.id, partner)).map((entry) => [entry.change, entry.slug])).toEqual([
      ['upsert', 'world-wire'],
      ['deleted', 'world-wire'],
      ['upsert', 'business-wire'],
    ]);
  });

  it("is article.deleted to that partner's webhook when its rights level leaves the contract", async () => {
    const article = await createArticle({ headline: 'Rights Story', body_html: '<p>Text.</p>', status: 'published', section: 'world' });
    await patch(article.id, 1, { rights: { syndication: 'none' } });
    expect((await webhookData(article.id, partnerHook)).map((data) => [data.event, data.slug])).toEqual([
      ['article.published', 'rights-story'],
      ['article.deleted', 'rights-story'],
    ]);
  });
});

describe('webhooks sent after later edits', () => {
  it('carry the headline and URL of the change they tell, not of the article at dispatch time', async () => {
    const article = await createArticle({ headline: 'First Headline', body_html: '<p>Text.</p>', status: 'published', url: 'https://news.example.com/first' });
    await patch(article.id, 1, { headline: 'Second Headline', url: 'https://news.example.com/second' });
    // As when a dispatcher died before moving its mark: the next run enqueues both changes again,
    // after the second write, and the first's message must still tell the first state.
    await dispatchEvents(env);
    const first = await env.DB.prepare('SELECT min(id) AS seq FROM changes WHERE article_id = ?1').bind(article.id).first<number>('seq');
    await env.DB.batch([
      env.DB.prepare('DELETE FROM webhook_deliveries WHERE message_id IN (SELECT id FROM webhook_messages WHERE article_id = ?1)').bind(article.id),
      env.DB.prepare('DELETE FROM webhook_messages WHERE article_id = ?1').bind(article.id),
      env.DB.prepare('UPDATE webhook_dispatch SET high_water = ?1').bind(first! - 1),
    ]);
    const [published, updated] = await webhookData(article.id);
    expect(published).toMatchObject({ change: 'upsert', headline: 'First Headline', url: 'https://news.example.com/first' });
    expect(updated).toMatchObject({ change: 'upsert', headline: 'Second Headline', url: 'https://news.example.com/second' });
  });
});
