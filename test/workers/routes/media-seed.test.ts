import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_SLUG } from '../../../scripts/demo/content';
import { seedDemo } from '../../../scripts/demo/seed';
import { sniffImage } from '../../../src/content/image-sniff';
import { expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

beforeAll(async () => {
  await resetStorage();
  await seedDemo(env);
});

describe('the seeded hero image', () => {
  it('is served at the url in the seed article’s JSON as a 1200×675 PNG', async () => {
    const { data } = await expectJson(await get(`/v1/articles/${SEED_ARTICLE_SLUG}`), 200);
    expect(data.image.url).toMatch(/^http:\/\/byline\.test\/media\/[0-9a-f]{64}$/);
    const res = await get(new URL(data.image.url).pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(sniffImage(bytes)).toEqual({ type: 'image/png', width: 1200, height: 675 });
    expect(bytes.byteLength).toBe(Number(res.headers.get('Content-Length')));
  });

  it('carries a srcset of the original alone without the Images binding, every candidate served at its stated width', async () => {
    const { data } = await expectJson(await get(`/v1/articles/${SEED_ARTICLE_SLUG}`), 200);
    const { url } = data.image;
    expect(data.image.srcset).toBe(`${url} 1200w`);
    expect(data.image.sizes).toBe('(max-width: 768px) 100vw, 768px');
    for (const candidate of data.image.srcset.split(', ')) {
      const { pathname, search } = new URL(candidate.split(' ')[0]);
      const res = await get(pathname + search);
      expect(res.status, candidate).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('image/png');
      expect(sniffImage(new Uint8Array(await res.arrayBuffer()))?.width, candidate).toBe(Number(candidate.split(' ')[1]!.slice(0, -1)));
    }
  });
});
