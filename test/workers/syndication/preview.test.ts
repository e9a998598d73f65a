/** Draft previews: signed, expiring links to an article's current state, never cached, refused when expired or altered. */
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../../src/index';
import { memoryTier } from '../../../src/middleware/cache';
import { call, createArticle, createKey, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

let draft: any;
let editor: string;

const preview = (id: string, body?: unknown, token?: string) => call(`/v1/admin/articles/${id}/preview`, { method: 'POST', body, ...(token ? { token } : {}) });
const pathOf = (url: string) => new URL(url).pathname;

async function linkFor(id: string, body?: unknown): Promise<{ url: string; card_url: string; expires_at: string }> {
  return (await expectJson(await preview(id, body, editor), 200)).data;
}

beforeAll(async () => {
  await resetStorage();
  editor = (await createKey('editor')).secret;
  draft = await createArticle({ headline: 'A draft under review', body_html: '<p>Not yet public.</p>' });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('POST /v1/admin/articles/{id}/preview', () => {
  it('answers a link that expires in an hour by default', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
    const link = await linkFor(draft.id);
    expect(link.expires_at).toBe('2026-12-01T13:00:00Z');
    expect(link.url).toMatch(new RegExp(`^http://byline\\.test/preview/${draft.id}\\.\\d+\\.[A-Za-z0-9_-]{43}$`));
    expect(link.card_url).toBe(`${link.url}/card`);
  });

  it('takes expires_in_seconds from 60 to 604800 and answers 422 naming it outside', async () => {
    for (const seconds of [60, 604_800]) expect((await preview(draft.id, { expires_in_seconds: seconds }, editor)).status, String(seconds)).toBe(200);
    for (const seconds of [59, 604_801, 0, -5, 90.5, '3600', null]) {
      const problem = await expectJson(await preview(draft.id, { expires_in_seconds: seconds }, editor), 422);
      expect(problem.errors.map((e: any) => e.path), String(seconds)).toEqual(['expires_in_seconds']);
    }
    expect((await preview(draft.id, { expires: 60 }, editor)).status).toBe(400);
  });

  it('needs the editor role', async () => {
    const partner = (await createKey('partner')).secret;
    expect((await preview(draft.id, undefined, partner)).status).toBe(403);
    expect((await call(`/v1/admin/articles/${draft.id}/preview`, { method: 'POST', token: null })).status).toBe(401);
  });

  it('answers 404 for an unknown article (a deleted one: below)', async () => {
    expect((await preview('art_00000000000000000000000000', undefined, editor)).status).toBe(404);
  });
});

describe('GET /preview/{token}', () => {
  it('shows the draft as JSON and as the card, private, unstored and unindexed', async () => {
    const link = await linkFor(draft.id);
    for (const [url, type] of [[link.url, 'application/json'], [link.card_url, 'text/html']] as const) {
      const res = await get(pathOf(url));
      expect(res.status, url).toBe(200);
      expect(res.headers.get('Content-Type')).toContain(type);
      expect(res.headers.get('Cache-Control')).toBe('private, no-store');
      expect(res.headers.get('X-Robots-Tag')).toBe('noindex');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(await res.text()).toContain('A draft under review');
    }
    const { data } = await expectJson(await get(pathOf(link.url)), 200);
    expect(data).toMatchObject({ id: draft.id, status: 'draft', body_html: '<p>Not yet public.</p>' });
    expect((await get(`/v1/articles/${draft.slug}`)).status).toBe(404);
  });

  it('always shows the latest state, and keeps nothing in any cache tier', async () => {
    const article = await createArticle({ headline: 'First take', body_html: '<p>One.</p>' });
    const link = await linkFor(article.id);
    const before = { memory: memoryTier.size, kv: (await env.CACHE.list()).keys.length };
    expect((await expectJson(await get(pathOf(link.url)), 200)).data.headline).toBe('First take');
    await expectJson(await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { headline: 'Second take' }, headers: { 'If-Match': '"1"' } }), 200);
    expect((await expectJson(await get(pathOf(link.url)), 200)).data.headline).toBe('Second take');
    expect(await (await get(pathOf(link.card_url))).text()).toContain('Second take');
    await expectJson(await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST' }), 200);
    expect((await expectJson(await get(pathOf(link.url)), 200)).data.status).toBe('published');
    expect({ memory: memoryTier.size, kv: (await env.CACHE.list()).keys.length }).toEqual(before);
  });

  it('answers 401 from the second the link expires, under a controlled clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
    const link = await linkFor(draft.id, { expires_in_seconds: 60 });
    vi.setSystemTime(new Date('2026-12-01T12:00:59Z'));
    expect((await get(pathOf(link.url))).status).toBe(200);
    vi.setSystemTime(new Date('2026-12-01T12:01:00Z'));
    for (const url of [link.url, link.card_url]) {
      const res = await get(pathOf(url));
      const problem = await expectJson(res, 401);
      expect(problem).toMatchObject({ type: '/problems/invalid-preview-link', detail: expect.stringContaining('expired') });
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(res.headers.get('WWW-Authenticate')).toContain('invalid_token');
    }
  });

  it('answers 401 when any one character of the token is changed', async () => {
    const link = await linkFor(draft.id);
    const token = pathOf(link.url).slice('/preview/'.length);
    const refused: number[] = [];
    for (let i = 0; i < token.length; i++) {
      // Another character of the same kind, so the token keeps its shape and only the MAC can tell.
      const ch = token[i]!;
      const swap = ch === '.' ? '_' : /\d/.test(ch) ? String((Number(ch) + 1) % 10) : ch === 'a' ? 'b' : ch === '-' ? '_' : 'a';
      const res = await get(`/preview/${token.slice(0, i)}${swap}${token.slice(i + 1)}`);
      if (res.status === 401) refused.push(i);
    }
    expect(refused.length).toBe(token.length);
    // The MAC's last base64url character holds 2 unused bits: flipping one spells the same 32 bytes.
    const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = `${token.slice(0, -1)}${BASE64URL[BASE64URL.indexOf(token.at(-1)!) ^ 1]}`;
    for (const altered of [twin, `${token}a`, token.slice(0, -1), 'x', token.replace('.', '..')]) {
      expect((await get(`/preview/${altered}`)).status, altered).toBe(401);
    }
  });

  it('refuses a link signed under another secret: PREVIEW_SECRET, when set, is the key', async () => {
    const link = await linkFor(draft.id);
    const withSecret = { ...env, PREVIEW_SECRET: 'a-separate-preview-secret' };
    expect((await app.request(pathOf(link.url), {}, withSecret)).status).toBe(401);
    const made = await app.request(`/v1/admin/articles/${draft.id}/preview`, { method: 'POST', headers: { Authorization: `Bearer ${editor}` } }, withSecret);
    const own = (await expectJson(made, 200)).data;
    expect((await app.request(pathOf(own.url), {}, withSecret)).status).toBe(200);
    expect((await get(pathOf(own.url))).status).toBe(401);
  });

  it('answers 404 once the article is deleted', async () => {
    const doomed = await createArticle({ headline: 'Soon gone', body_html: '<p>x</p>' });
    const link = await linkFor(doomed.id);
    expect((await call(`/v1/admin/articles/${doomed.id}`, { method: 'DELETE' })).status).toBe(204);
    for (const url of [link.url, link.card_url]) {
      const res = await get(pathOf(url));
      expect(res.status).toBe(404);
      expect(res.headers.get('Cache-Control')).toContain('no-store');
    }
    expect((await preview(doomed.id, undefined, editor)).status).toBe(404);
  });
});
