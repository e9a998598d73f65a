import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetGeneration } from '../../../src/storage/generation';
import { call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { type FaultMode, faultyD1 } from '../helpers/faults';
import { images } from '../helpers/images';
import { expectRefused, expectStale, send } from './outage';

let article: { id: string; slug: string; version: number };
let storedArticle: string;
let storedList: string;

beforeAll(async () => {
  await resetStorage();
  article = await createArticle({ headline: 'Outage Proof', body_html: '<p>Still here.</p>', status: 'published' });
  storedArticle = await (await get(`/v1/articles/${article.slug}`)).text();
  storedList = await (await get('/v1/articles?limit=5')).text();
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  // A new isolate's view: the generation must be read from D1, which is what fails.
  forgetGeneration();
});

/** What D1 holds of the article: its row, its revisions and its change-feed entries. */
async function stateOf(id: string) {
  const row = await env.DB.prepare('SELECT version, status, headline, deleted_at FROM articles WHERE id = ?1').bind(id).first();
  const revisions = await env.DB.prepare('SELECT MAX(version) AS top, COUNT(*) AS n FROM revisions WHERE article_id = ?1').bind(id).first();
  const changes = await env.DB.prepare('SELECT COUNT(*) AS n FROM changes WHERE article_id = ?1').bind(id).first();
  return { row, revisions, changes };
}

const WRITES = (a: { id: string; version: number }) => [
  { path: '/v1/admin/articles', method: 'POST', body: { headline: 'Never Written', body_html: '<p>x</p>', status: 'published' } },
  { path: `/v1/admin/articles/${a.id}`, method: 'PATCH', body: { headline: 'Half Written?' }, headers: { 'If-Match': `"${a.version}"` } },
  { path: `/v1/admin/articles/${a.id}/withdraw`, method: 'POST', body: { reason: 'Legal.' }, headers: { 'If-Match': `"${a.version}"` } },
  { path: `/v1/admin/articles/${a.id}`, method: 'DELETE', headers: { 'If-Match': `"${a.version}"` } },
  { path: '/v1/admin/keys', method: 'POST', body: { name: 'never issued', role: 'partner' } },
];

for (const mode of ['error', 'hang'] as FaultMode[]) {
  describe(`D1 ${mode === 'error' ? 'failing' : 'hanging'}`, () => {
    const down = () => ({ DB: faultyD1(env.DB, { mode }) });

    it('still serves what is cached, marked stale-if-error, within the timeout', async () => {
      expectStale(await send(`/v1/articles/${article.slug}`, down()), storedArticle);
      expectStale(await send('/v1/articles?limit=5', down()), storedList);
    });

    it('answers an uncached read 503 problem+json with Retry-After, within the timeout', async () => {
      expectRefused(await send('/v1/articles/never-read-before', down()));
      expectRefused(await send('/v1/admin/articles', down()));
    });

    it('refuses every write with 503 and Retry-After, and D1 holds no trace of it', async () => {
      const before = await stateOf(article.id);
      for (const write of WRITES(article)) expectRefused(await send(write.path, down(), write));
      expect(await stateOf(article.id)).toEqual(before);
      expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM articles WHERE headline = 'Never Written'").first('n')).toBe(0);
      expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM api_keys WHERE name = 'never issued'").first('n')).toBe(0);
    });

    it('never half-writes an article when D1 fails in the middle of a write', async () => {
      const target = await createArticle({ headline: `Midway ${mode}`, body_html: '<p>x</p>' });
      for (let after = 0; after < 6; after++) {
        const before = await stateOf(target.id);
        const current = (before.row as { version: number }).version;
        const db = faultyD1(env.DB, { mode, sql: /^(INSERT|UPDATE|DELETE)/i, after, methods: ['run', 'batch', 'first', 'all'] });
        const { res, text } = await send(`/v1/admin/articles/${target.id}`, { DB: db }, { method: 'PATCH', body: { headline: `Midway ${mode} ${after}` }, headers: { 'If-Match': `"${current}"` } });
        const now = await stateOf(target.id);
        if (res.status === 200) {
          // The write got through before the fault: then all of it is there.
          expect((now.row as { version: number }).version).toBe(current + 1);
        } else {
          expectRefused({ res, text, ms: 0 });
          expect(now).toEqual(before);
        }
        expect((now.revisions as { top: number }).top).toBe((now.row as { version: number }).version);
      }
    });

    it('answers again as soon as D1 is back', async () => {
      const res = await call(`/v1/admin/articles/${article.id}`);
      expect((await expectJson(res, 200)).data.version).toBe(article.version);
    });
  });
}

describe('a media upload while D1 is down', () => {
  it('is refused with 503 and leaves no media row', async () => {
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM media').first('n');
    expectRefused(await send('/v1/admin/media?alt=Chart', { DB: faultyD1(env.DB, { mode: 'error' }) }, { method: 'POST', body: images.png(3, 3), headers: { 'Content-Type': 'image/png' } }));
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM media').first('n')).toBe(before);
  });
});
