import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryTier } from '../../../src/middleware/cache';
import { createArticle } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { type FaultMode, faultyKV, faultyR2 } from '../helpers/faults';
import { images } from '../helpers/images';
import { SLACK_MS, expectRefused, send } from './outage';

let article: { id: string; slug: string };
let mediaKey: string;

beforeAll(async () => {
  await resetStorage();
  const upload = await send('/v1/admin/media?alt=Chart', {}, { method: 'POST', body: images.png(4, 4), headers: { 'Content-Type': 'image/png' } });
  mediaKey = (JSON.parse(upload.text) as { data: { key: string } }).data.key;
  article = await createArticle({ headline: 'Bindings Down', body_html: '<p>Still here.</p>', status: 'published' });
  // In KV now; the memory tier is what each test clears, so that KV is asked.
  expect((await get(`/v1/articles/${article.slug}`)).status).toBe(200);
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  memoryTier.clear();
});

for (const mode of ['error', 'hang'] as FaultMode[]) {
  describe(`KV ${mode === 'error' ? 'failing' : 'hanging'}`, () => {
    const down = () => ({ CACHE: faultyKV(env.CACHE, { mode }) });
    // A write moves the generation on: the Cache API's copies are then of an old one, and KV must be asked.
    beforeEach(() => createArticle({ headline: `Bump ${mode} ${Math.random()}`, body_html: '<p>x</p>' }));

    it('answers public reads from D1, within the KV timeout', async () => {
      for (const path of [`/v1/articles/${article.slug}`, '/v1/articles?limit=3', '/v1/sections', '/v1/feed.json']) {
        const { res, text, ms } = await send(path, down());
        expect(res.status, `${path}: ${text}`).toBe(200);
        expect(ms, path).toBeLessThan(150 + SLACK_MS);
      }
    });

    it('lets writes through: they never need KV', async () => {
      const { res, text } = await send('/v1/admin/articles', down(), { method: 'POST', body: { headline: `Written while KV ${mode}s`, body_html: '<p>x</p>' } });
      expect(res.status, text).toBe(201);
    });

    it('shows in /health as KV not ok, with a body, within the timeout', async () => {
      const { res, text, ms } = await send('/health', down());
      expect(res.status).toBe(503);
      expect(JSON.parse(text)).toMatchObject({ ok: false, kv: { ok: false }, d1: { ok: true } });
      expect(ms).toBeLessThan(150 + SLACK_MS);
    });
  });

  describe(`R2 ${mode === 'error' ? 'failing' : 'hanging'}`, () => {
    const down = () => ({ MEDIA: faultyR2(env.MEDIA, { mode }) });

    it('answers a media read 503 problem+json with Retry-After, within the timeout', async () => {
      expectRefused(await send(`/media/${mediaKey}`, down()));
    });

    it('refuses an upload with 503 and leaves no media row behind', async () => {
      const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM media').first('n');
      expectRefused(await send('/v1/admin/media?alt=Other', down(), { method: 'POST', body: images.png(5, 6), headers: { 'Content-Type': 'image/png' } }));
      expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM media').first('n')).toBe(before);
    });

    it('keeps article reads working: they hold only the image URL', async () => {
      const { res } = await send(`/v1/articles/${article.slug}`, down());
      expect(res.status).toBe(200);
    });
  });
}
