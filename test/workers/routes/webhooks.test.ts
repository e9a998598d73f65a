import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { app } from '../../../src/index';
import { call, createKey, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { UNREACHABLE, createWebhook } from '../helpers/webhooks';
import { expectPagesExactly } from '../properties/paging';

/** POSTs a webhook to the app as deployed: loopback destinations refused. */
async function createDeployed(url: string): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request('http://byline.test/v1/admin/webhooks', {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url, events: ['article.withdrawn'] }),
  });
  const res = await app.fetch(request, { ...env, WEBHOOKS_ALLOW_LOOPBACK: 'false' }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('webhooks admin API', () => {
  beforeEach(resetStorage);

  it('answers 201 with the secret once, in whsec_ form, and never lists it', async () => {
    const created = await createWebhook({ url: 'https://partner.example/hooks', events: ['article.withdrawn', 'article.withdrawn'] });
    expect(created).toMatchObject({ url: 'https://partner.example/hooks', events: ['article.withdrawn'], key_id: null });
    expect(created.id).toMatch(/^whk_/);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{44}$/);
    const list = await expectJson(await call('/v1/admin/webhooks'), 200);
    expect(list.data).toEqual([{ id: created.id, url: created.url, events: created.events, key_id: null, created_at: created.created_at }]);
    expect(JSON.stringify(list)).not.toContain(created.secret.slice(6));
  });

  it('needs the admin role', async () => {
    const editor = await createKey('editor');
    expect((await call('/v1/admin/webhooks', { token: editor.secret })).status).toBe(403);
    expect((await call('/v1/admin/webhooks', { token: null })).status).toBe(401);
    expect((await call('/v1/admin/webhooks', { method: 'POST', token: editor.secret, body: { url: UNREACHABLE, events: ['article.deleted'] } })).status).toBe(403);
  });

  it('answers 422 naming events.i for an unknown event, and for none', async () => {
    const res = await call('/v1/admin/webhooks', { method: 'POST', body: { url: 'https://partner.example/', events: ['article.published', 'article.eaten'] } });
    const problem = await expectJson(res, 422);
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['events.1']);
    const none = await expectJson(await call('/v1/admin/webhooks', { method: 'POST', body: { url: 'https://partner.example/', events: [] } }), 422);
    expect(none.errors[0].path).toBe('events');
  });

  it('answers 422 naming key_id for an unknown or revoked key, and keeps a partner key', async () => {
    const unknown = await expectJson(await call('/v1/admin/webhooks', { method: 'POST', body: { url: 'https://partner.example/', events: ['article.deleted'], key_id: 'key_nope' } }), 422);
    expect(unknown.errors).toEqual([{ path: 'key_id', message: 'No key has this id.' }]);
    const partner = await createKey('partner');
    expect((await createWebhook({ url: 'https://partner.example/', key_id: partner.id })).key_id).toBe(partner.id);
    await expectJson(await call(`/v1/admin/keys/${partner.id}`, { method: 'DELETE' }), 200);
    const revoked = await expectJson(await call('/v1/admin/webhooks', { method: 'POST', body: { url: 'https://partner.example/', events: ['article.deleted'], key_id: partner.id } }), 422);
    expect(revoked.errors[0].path).toBe('key_id');
  });

  it.each([
    'ftp://partner.example/hook',
    'partner.example/hook',
    'https://user:pass@partner.example/hook',
    'http://10.1.2.3/hook',
    'http://172.16.0.1/',
    'http://192.168.1.10/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://[fd00:ec2::254]/',
    'http://[fe80::1]/',
    'http://[::ffff:10.0.0.1]/',
    // IPv6 forms that carry a private IPv4 address (found by an attack on npm start).
    'http://[::169.254.169.254]/',
    'http://[::a9fe:a9fe]/',
    'http://[::ffff:0:a9fe:a9fe]/',
    'http://[2002:a9fe:a9fe::]/',
    'http://[2001:0:a9fe:a9fe::1]/',
    'http://192.0.2.1/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://intranet/',
  ])('refuses %s as a destination, even where loopback is allowed', async (url) => {
    const problem = await expectJson(await call('/v1/admin/webhooks', { method: 'POST', body: { url, events: ['article.deleted'] } }), 422);
    expect(problem.errors[0].path).toBe('url');
  });

  it.each(['http://127.0.0.1:8788/hook', 'http://localhost:8788/hook', 'http://[::1]:8788/hook', 'http://2130706433/', 'http://0x7f.1/'])(
    'refuses the loopback %s in deployments and allows it in local development',
    async (url) => {
      const deployed = await expectJson(await createDeployed(url), 422);
      expect(deployed.errors[0]).toMatchObject({ path: 'url', message: expect.stringMatching(/loopback/) });
      await createWebhook({ url });
    },
  );

  it('deletes with 204, then lists it no more and answers 404', async () => {
    const created = await createWebhook();
    expect((await call(`/v1/admin/webhooks/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await expectJson(await call('/v1/admin/webhooks'), 200)).data).toEqual([]);
    expect((await call(`/v1/admin/webhooks/${created.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await call(`/v1/admin/webhooks/${created.id}/deliveries`)).status).toBe(404);
  });

  it('pages the list exactly, newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) ids.push((await createWebhook({ url: `https://partner${i}.example/` })).id);
    await expectPagesExactly({ name: 'webhooks', path: '/v1/admin/webhooks', admin: true, key: (w: { id: string }) => w.id, expected: ids.reverse(), exact: true });
  });
});
