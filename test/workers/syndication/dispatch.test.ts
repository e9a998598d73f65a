import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import worker, { app } from '../../../src/index';
import { dispatchEvents } from '../../../src/syndication/dispatch';
import { toTimestamp } from '../../../src/content/time';
import { ROOT, call, createKey, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { createWebhook } from '../helpers/webhooks';

/**
 * Writes through the app alone, not the Worker's fetch: the write commits (with its change row)
 * but no dispatch follows, exactly as when the Worker dies between the D1 commit and the enqueue.
 */
async function writeAndDie(path: string, init: { method: string; body?: unknown; ifMatch?: number }): Promise<any> {
  const headers: Record<string, string> = { Authorization: `Bearer ${ROOT}`, 'Content-Type': 'application/json' };
  if (init.ifMatch) headers['If-Match'] = `"${init.ifMatch}"`;
  const res = await app.request(path, { method: init.method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) }, env);
  if (res.status >= 300) throw new Error(`${init.method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : ((await res.json()) as any).data;
}

async function queuedMessages(): Promise<{ id: string; webhook_id: string; event: string; payload: string }[]> {
  return (await env.DB.prepare('SELECT id, webhook_id, event, payload FROM webhook_messages ORDER BY change_seq, webhook_id').all<any>()).results;
}

const ALL = ['article.published', 'article.updated', 'article.corrected', 'article.withdrawn', 'article.deleted', 'article.embargo_lifted'];

describe('the webhook dispatcher', () => {
  beforeEach(resetStorage);

  it('enqueues what a write committed before the Worker died, from the cron', async () => {
    const webhook = await createWebhook({ events: ALL });
    const article = await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Died Story', body_html: '<p>x</p>', status: 'published' } });
    expect(await queuedMessages()).toEqual([]);
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), env);
    const messages = await queuedMessages();
    expect(messages.map((m) => [m.webhook_id, m.event])).toEqual([[webhook.id, 'article.published']]);
    expect(JSON.parse(messages[0]!.payload)).toMatchObject({ type: 'article.published', data: { id: article.id, slug: article.slug, version: 1, url: article.url } });
  });

  it('names each write by its event, and only the events a webhook subscribed to', async () => {
    const all = await createWebhook({ events: ALL });
    const kills = await createWebhook({ events: ['article.withdrawn', 'article.deleted'] });
    const { id } = await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Life Story', body_html: '<p>x</p>', status: 'published' } });
    await writeAndDie(`/v1/admin/articles/${id}`, { method: 'PATCH', body: { headline: 'Life Story 2' }, ifMatch: 1 });
    await writeAndDie(`/v1/admin/articles/${id}/withdraw`, { method: 'POST', body: { reason: 'Legal' } });
    await writeAndDie(`/v1/admin/articles/${id}/publish`, { method: 'POST', body: {} });
    await writeAndDie(`/v1/admin/articles/${id}`, { method: 'DELETE' });
    expect(await dispatchEvents(env)).toBe(7);
    const byHook = (webhookId: string) => queuedMessages().then((ms) => ms.filter((m) => m.webhook_id === webhookId).map((m) => m.event));
    expect(await byHook(all.id)).toEqual(['article.published', 'article.updated', 'article.withdrawn', 'article.published', 'article.deleted']);
    expect(await byHook(kills.id)).toEqual(['article.withdrawn', 'article.deleted']);
  });

  it('is harmless to repeat: the same webhook-id, one message, when the mark was not stored', async () => {
    await createWebhook({ events: ALL });
    await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Twice Story', body_html: '<p>x</p>', status: 'published' } });
    expect(await dispatchEvents(env)).toBe(1);
    const first = await queuedMessages();
    expect(await dispatchEvents(env)).toBe(0);
    // The Worker died after the enqueue and before the mark moved: the next run sends it again.
    await env.DB.prepare('UPDATE webhook_dispatch SET high_water = 0').run();
    expect(await dispatchEvents(env)).toBe(1);
    expect(await queuedMessages()).toEqual(first);
  });

  it('tells a webhook only of changes after it was made, none under embargo, and none once its key is revoked', async () => {
    await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Before Story', body_html: '<p>x</p>', status: 'published' } });
    const partner = await createKey('partner');
    const scoped = await createWebhook({ events: ALL, key_id: partner.id });
    const open = await createWebhook({ events: ALL });
    const { id } = await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'After Story', body_html: '<p>x</p>', status: 'published' } });
    await env.DB.prepare("INSERT INTO changes (article_id, slug, change, version, at, event, embargoed) VALUES (?1, 'secret', 'upsert', 1, '2026-12-01T00:00:00Z', 'article.published', 1)").bind('art_embargoed').run();
    // The lift of an embargo is a public event of its own.
    await env.DB.prepare("INSERT INTO changes (article_id, slug, change, version, at, event, embargoed) VALUES (?1, 'secret', 'upsert', 2, '2026-12-01T00:01:00Z', 'article.embargo_lifted', 0)").bind('art_embargoed').run();
    await dispatchEvents(env);
    const lifted = (await queuedMessages()).filter((m) => m.event === 'article.embargo_lifted');
    expect(lifted.map((m) => m.webhook_id).sort()).toEqual([open.id, scoped.id].sort());
    await env.DB.prepare("DELETE FROM webhook_messages WHERE event = 'article.embargo_lifted'").run();
    const told = (await queuedMessages()).map((m) => `${m.webhook_id} ${JSON.parse(m.payload).data.id}`);
    expect(told.sort()).toEqual([`${open.id} ${id}`, `${scoped.id} ${id}`].sort());
    await expectJson(await call(`/v1/admin/keys/${partner.id}`, { method: 'DELETE' }), 200);
    await writeAndDie(`/v1/admin/articles/${id}/withdraw`, { method: 'POST', body: { reason: 'Legal' } });
    await dispatchEvents(env);
    const withdrawals = (await queuedMessages()).filter((m) => m.event === 'article.withdrawn');
    expect(withdrawals.map((m) => m.webhook_id)).toEqual([open.id]);
  });

  it("tells a partner's webhook only of what its contract covers: its sections and rights levels, until it expires", async () => {
    await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES ('world', 'World', '2023-01-01T00:00:00Z'), ('business', 'Business', '2023-01-01T00:00:00Z')").run();
    const world = await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'World Story', body_html: '<p>x</p>', section: 'world', status: 'published' } });
    await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Business Story', body_html: '<p>x</p>', section: 'business', status: 'published' } });
    await dispatchEvents(env);
    const contract = { sections: ['world'], body: 'full', embargo_access: false, syndication: ['allowed'] };
    const partner = (await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'wire', role: 'partner', entitlements: contract } }), 201)).data;
    const scoped = await createWebhook({ events: ALL, key_id: partner.id });
    const open = await createWebhook({ events: ALL });
    const ours = await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'World Exclusive', body_html: '<p>x</p>', section: 'world', status: 'published', rights: { syndication: 'none' } } });
    await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Business News', body_html: '<p>x</p>', section: 'business', status: 'published' } });
    await writeAndDie(`/v1/admin/articles/${world.id}/withdraw`, { method: 'POST', body: { reason: 'Legal' } });
    await dispatchEvents(env);
    const heard = async (webhookId: string) => (await queuedMessages()).filter((m) => m.webhook_id === webhookId).map((m) => `${m.event} ${JSON.parse(m.payload).data.slug}`);
    expect(await heard(scoped.id)).toEqual([`article.withdrawn ${world.slug}`]);
    expect(await heard(open.id)).toHaveLength(3);
    // The partner never hears of its sections' articles it may not syndicate (ours), nor of business.
    expect((await queuedMessages()).filter((m) => m.webhook_id === scoped.id && JSON.parse(m.payload).data.id === ours.id)).toEqual([]);
    // An expired contract hears nothing more, like a revoked key.
    await env.DB.prepare('UPDATE api_keys SET entitlements = ?2 WHERE id = ?1').bind(partner.id, JSON.stringify({ ...contract, expires_at: '2020-01-01T00:00:00Z' })).run();
    await writeAndDie(`/v1/admin/articles/${world.id}/publish`, { method: 'POST', body: {} });
    await dispatchEvents(env);
    expect(await heard(scoped.id)).toEqual([`article.withdrawn ${world.slug}`]);
    expect(await heard(open.id)).toHaveLength(4);
  });

  it('gives each event one message when dispatchers overlap, and keeps the mark at the end of the feed', async () => {
    const webhook = await createWebhook({ events: ALL });
    for (let i = 0; i < 5; i++) await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: `Overlap ${i}`, body_html: '<p>x</p>', status: 'published' } });
    await Promise.all([dispatchEvents(env), dispatchEvents(env), dispatchEvents(env)]);
    const messages = await queuedMessages();
    expect(messages).toHaveLength(5);
    expect(messages.every((m) => m.webhook_id === webhook.id)).toBe(true);
    const mark = await env.DB.prepare('SELECT high_water FROM webhook_dispatch').first('high_water');
    expect(mark).toBe(await env.DB.prepare('SELECT MAX(id) AS last FROM changes').first('last'));
  });

  it('with no webhook, only moves the mark, and a deleted webhook hears nothing more', async () => {
    await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Unheard', body_html: '<p>x</p>', status: 'published' } });
    expect(await dispatchEvents(env)).toBe(0);
    expect(await env.DB.prepare('SELECT high_water FROM webhook_dispatch').first('high_water')).toBe(1);
    const webhook = await createWebhook({ events: ALL });
    await call(`/v1/admin/webhooks/${webhook.id}`, { method: 'DELETE' });
    await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Unheard Too', body_html: '<p>x</p>', status: 'published' } });
    expect(await dispatchEvents(env)).toBe(0);
    expect(await queuedMessages()).toEqual([]);
  });

  it('tells nothing of an article under embargo until the cron lifts it, and then article.embargo_lifted in the same run', async () => {
    const webhook = await createWebhook({ events: ALL });
    const until = toTimestamp(new Date(Date.now() + 3600_000));
    const { id } = await writeAndDie('/v1/admin/articles', { method: 'POST', body: { headline: 'Held', body_html: '<p>x</p>', status: 'published', embargoed_until: until } });
    await dispatchEvents(env);
    expect(await queuedMessages()).toEqual([]);
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(Date.parse(until) + 30_000) }), env);
    const messages = await queuedMessages();
    expect(messages.map((m) => [m.webhook_id, m.event, JSON.parse(m.payload).data.id])).toEqual([[webhook.id, 'article.embargo_lifted', id]]);
  });
});
