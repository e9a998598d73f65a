import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, createKey, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

let keys: Record<'admin' | 'editor' | 'partner' | 'revoked', string>;
let articleId: string;

beforeAll(async () => {
  await resetStorage();
  const [admin, editor, partner, revoked] = await Promise.all([createKey('admin'), createKey('editor'), createKey('partner', ['https://partner.example']), createKey('editor')]);
  await expectJson(await call(`/v1/admin/keys/${revoked.id}`, { method: 'DELETE' }), 200);
  keys = { admin: admin.secret, editor: editor.secret, partner: partner.secret, revoked: revoked.secret };
  articleId = (await createArticle({ headline: 'Matrix', body_html: '<p>Body.</p>' })).id;
});

describe('keys', () => {
  it('shows a 256-bit secret once and stores only its SHA-256 and prefix', async () => {
    const res = await call('/v1/admin/keys', { method: 'POST', body: { name: 'Partner site', role: 'partner', allowed_origins: ['https://partner.example'] } });
    const { data } = await expectJson(res, 201);
    expect(data).toMatchObject({ name: 'Partner site', role: 'partner', allowed_origins: ['https://partner.example'], revoked_at: null });
    expect(data.secret).toMatch(/^byl_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    expect(data.secret.startsWith(data.prefix)).toBe(true);
    const row = await env.DB.prepare('SELECT * FROM api_keys WHERE id = ?1').bind(data.id).first<Record<string, string>>();
    expect(JSON.stringify(row)).not.toContain(data.secret.slice(15));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(data.secret)));
    expect(row!.secret_hash).toBe([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
  });

  it('never lists secrets', async () => {
    const { data } = await expectJson(await call('/v1/admin/keys'), 200);
    expect(data.length).toBeGreaterThanOrEqual(4);
    for (const key of data) {
      expect(key).not.toHaveProperty('secret');
      expect(key).not.toHaveProperty('secret_hash');
    }
  });

  it('refuses a revoked key on the very next request', async () => {
    const { secret, id } = await createKey('editor');
    expect((await call('/v1/admin/articles', { token: secret })).status).toBe(200);
    await expectJson(await call(`/v1/admin/keys/${id}`, { method: 'DELETE' }), 200);
    const res = await call('/v1/admin/articles', { token: secret });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
  });

  it('validates allowed_origins as origins', async () => {
    const problem = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'x', role: 'partner', allowed_origins: ['https://ok.example', 'https://bad.example/path'] } }), 422);
    expect(problem.errors.map((e: any) => e.path)).toEqual(['allowed_origins.1']);
  });

  it('answers 404 when revoking an unknown key', async () => {
    expect((await call('/v1/admin/keys/key_nope', { method: 'DELETE' })).status).toBe(404);
  });

  it('checks a key sent to public reads: 401 when it is unknown, fine when valid', async () => {
    expect((await call('/v1/articles', { token: 'byl_aaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(401);
    expect((await call('/v1/articles', { token: keys.partner })).status).toBe(200);
    expect((await get('/v1/articles')).status).toBe(200);
  });
});

type Caller = 'none' | 'bad' | 'revoked' | 'partner' | 'editor' | 'admin' | 'root';
const callers: Caller[] = ['none', 'bad', 'revoked', 'partner', 'editor', 'admin', 'root'];

function tokenFor(caller: Caller): string | null | undefined {
  if (caller === 'none') return null;
  if (caller === 'bad') return 'not-a-key';
  if (caller === 'root') return undefined;
  return keys[caller];
}

// Every admin route, with the least role that may call it and a request that succeeds for it.
const routes: { name: string; least: 'editor' | 'admin'; method: string; path: () => string; body?: () => unknown; headers?: () => Record<string, string>; ok: number[] }[] = [
  { name: 'POST /v1/admin/articles', least: 'editor', method: 'POST', path: () => '/v1/admin/articles', body: () => ({ headline: `Matrix ${crypto.randomUUID()}`, body_html: '<p>x</p>' }), ok: [201] },
  { name: 'GET /v1/admin/articles', least: 'editor', method: 'GET', path: () => '/v1/admin/articles', ok: [200] },
  { name: 'GET /v1/admin/articles/{id}', least: 'editor', method: 'GET', path: () => `/v1/admin/articles/${articleId}`, ok: [200] },
  { name: 'PATCH /v1/admin/articles/{id}', least: 'editor', method: 'PATCH', path: () => `/v1/admin/articles/${articleId}`, body: () => ({ standfirst: 'x' }), headers: () => ({ 'If-Match': '*' }), ok: [200] },
  { name: 'POST /v1/admin/articles/{id}/publish', least: 'editor', method: 'POST', path: () => `/v1/admin/articles/${articleId}/publish`, ok: [200] },
  { name: 'POST /v1/admin/articles/{id}/withdraw', least: 'editor', method: 'POST', path: () => `/v1/admin/articles/${articleId}/withdraw`, body: () => ({ reason: 'x' }), ok: [200, 409] },
  { name: 'GET /v1/admin/articles/{id}/revisions', least: 'editor', method: 'GET', path: () => `/v1/admin/articles/${articleId}/revisions`, ok: [200] },
  { name: 'DELETE /v1/admin/articles/{id}', least: 'editor', method: 'DELETE', path: () => `/v1/admin/articles/${articleId}`, ok: [204, 404] },
  { name: 'POST /v1/admin/keys', least: 'admin', method: 'POST', path: () => '/v1/admin/keys', body: () => ({ name: 'x', role: 'partner' }), ok: [201] },
  { name: 'GET /v1/admin/keys', least: 'admin', method: 'GET', path: () => '/v1/admin/keys', ok: [200] },
  { name: 'DELETE /v1/admin/keys/{id}', least: 'admin', method: 'DELETE', path: () => '/v1/admin/keys/key_unknown', ok: [404] },
];

describe('the role matrix', () => {
  for (const route of routes) {
    for (const caller of callers) {
      const expected =
        caller === 'none' || caller === 'bad' || caller === 'revoked'
          ? '401'
          : caller === 'partner' || (caller === 'editor' && route.least === 'admin')
            ? '403'
            : 'ok';
      it(`${route.name} as ${caller}: ${expected}`, async () => {
        const res = await call(route.path(), { method: route.method, token: tokenFor(caller), body: route.body?.(), headers: route.headers?.() });
        if (expected === 'ok') expect(route.ok, await res.text()).toContain(res.status);
        else {
          expect(res.status, await res.clone().text()).toBe(Number(expected));
          expect(res.headers.get('Content-Type')).toBe('application/problem+json');
        }
      });
    }
  }
});
