import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import { HERO_HEIGHT, HERO_WIDTH, heroImagePng } from '../../scripts/demo/hero-image';
import { sniffImage } from '../../src/content/image-sniff';

/**
 * Variants through the real Images binding API. wrangler.toml declares no `[images]` binding
 * (staging and production would need Cloudflare Images), so the workerd tests use a stand-in;
 * here the Worker runs with the binding added, backed by Miniflare's local implementation (sharp,
 * a low-fidelity copy of the service) — checking that our calls are ones the binding accepts and
 * that the variants it makes are stored and served as promised.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const TOKEN = `byl_root_${randomBytes(18).toString('base64url')}`;

let server: TestHarness;
let origin: string;
let mediaEnv: Record<string, any>;
let key: string;

beforeAll(async () => {
  process.env.WRANGLER_SEND_METRICS ??= 'false';
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
  const { env: _environments, secrets: _secrets, ...config } = parse(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')) as Record<string, any>;
  const { createTestHarness } = await import('wrangler');
  server = createTestHarness({
    root: ROOT,
    workers: [{ config: { ...config, vars: { ...config.vars, ADMIN_TOKEN: TOKEN }, images: { binding: 'IMAGES' } } }],
  });
  origin = (await server.listen()).url.origin;
  await server.getWorker().applyD1Migrations('DB');
  mediaEnv = await server.getWorker<Record<string, any>>().getEnv();
  // A .dev.vars beside wrangler.toml (npm start writes one) overrides the var above.
  const token = mediaEnv.ADMIN_TOKEN as string;
  const res = await fetch(`${origin}/v1/admin/media?alt=Patrol`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/png' },
    body: await heroImagePng(),
  });
  expect(res.status).toBe(201);
  key = ((await res.json()) as { data: { key: string } }).data.key;
}, 120_000);

afterAll(async () => {
  await server?.close();
}, 30_000);

async function variant(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}/media/${key}?${query}`, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, image: sniffImage(bytes) };
}

describe('variants made by the Images binding (local mode)', () => {
  it('resizes and re-encodes to the asked width and format, and keeps the result in R2', async () => {
    const { res, image, bytes } = await variant('w=320&format=webp');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Byline-Variant')).toBe('transformed');
    expect(res.headers.get('Content-Type')).toBe('image/webp');
    expect(image).toEqual({ type: 'image/webp', width: 320, height: Math.round((320 * HERO_HEIGHT) / HERO_WIDTH) });
    const stored = await mediaEnv.MEDIA.get(`variants/${key}/320.webp`);
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get('ETag')).toBe(stored.httpEtag);
  });

  it('negotiates AVIF from Accept for format=auto', async () => {
    const { res, image } = await variant('w=640&format=auto', { Accept: 'image/avif,image/webp,*/*' });
    expect(res.headers.get('Vary')).toBe('Accept');
    expect(res.headers.get('Content-Type')).toBe('image/avif');
    expect(image).toEqual({ type: 'image/avif', width: 640, height: 360 });
  });

  it('keeps the original type when only w is asked, and never enlarges', async () => {
    expect((await variant('w=960')).image).toEqual({ type: 'image/png', width: 960, height: 540 });
    expect((await variant('w=1920&format=webp')).image).toEqual({ type: 'image/webp', width: HERO_WIDTH, height: HERO_HEIGHT });
  });
});
