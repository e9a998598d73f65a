import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sniffImage } from '../../../src/content/image-sniff';
import { app } from '../../../src/index';
import { expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { type ImagesCall, encoded, fakeImagesBinding, images } from '../helpers/images';

beforeAll(resetStorage);

/** Uploads raw bytes as the root key and answers the media. */
async function uploaded(bytes: Uint8Array, type: string): Promise<{ key: string; url: string }> {
  const headers = { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'Content-Type': type };
  const res = await exports.default.fetch('http://byline.test/v1/admin/media?alt=Test', { method: 'POST', headers, body: bytes });
  return (await expectJson(res, 201)).data;
}

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe('GET /media/{key}', () => {
  // The baseline JPEG is 957 bytes: enough for every kind of range to mean something.
  const jpeg = encoded('baseline JPEG with EXIF and an ICC profile before its SOF0').bytes;
  const size = jpeg.byteLength;
  let key: string;
  beforeAll(async () => {
    key = (await uploaded(jpeg, 'image/jpeg')).key;
  });

  it('streams the bytes with a strong ETag, immutable caching, their type, nosniff and a locked-down CSP', async () => {
    const res = await get(`/media/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/jpeg');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
    expect(res.headers.get('Accept-Ranges')).toBe('bytes');
    expect(res.headers.get('Content-Length')).toBe(String(size));
    expect(res.headers.get('ETag')).toBe((await env.MEDIA.head(key))!.httpEtag);
    expect(res.headers.get('ETag')).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('X-Byline-Variant')).toBeNull();
    expect(res.headers.get('Vary')).toBeNull();
    expect(await bytesOf(res)).toEqual(jpeg);
  });

  it('answers a matching If-None-Match with 304 and no body, keeping the validators', async () => {
    const etag = (await get(`/media/${key}`)).headers.get('ETag')!;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get(`/media/${key}`, { headers: { 'If-None-Match': header } });
      expect(res.status, header).toBe(304);
      expect(res.headers.get('ETag')).toBe(etag);
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect((await bytesOf(res)).byteLength).toBe(0);
    }
    expect((await get(`/media/${key}`, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });

  const ranges: [string, number, number][] = [
    ['bytes=0-7', 0, 7],
    ['bytes=100-', 100, size - 1],
    ['bytes=-500', size - 500, size - 1],
    ['bytes=900-5000', 900, size - 1],
  ];
  for (const [header, first, last] of ranges) {
    it(`answers Range: ${header} with 206 and exactly those bytes`, async () => {
      const res = await get(`/media/${key}`, { headers: { Range: header } });
      expect(res.status).toBe(206);
      expect(res.headers.get('Content-Range')).toBe(`bytes ${first}-${last}/${size}`);
      expect(res.headers.get('Content-Length')).toBe(String(last - first + 1));
      expect(res.headers.get('ETag')).toBe((await get(`/media/${key}`)).headers.get('ETag'));
      expect(res.headers.get('Content-Type')).toBe('image/jpeg');
      expect(await bytesOf(res)).toEqual(jpeg.subarray(first, last + 1));
    });
  }

  it('answers an unsatisfiable Range with a 416 problem and the size', async () => {
    for (const header of [`bytes=${size}-`, `bytes=${size + 10}-${size + 20}`, 'bytes=-0']) {
      const res = await get(`/media/${key}`, { headers: { Range: header } });
      expect(res.status, header).toBe(416);
      expect(res.headers.get('Content-Range')).toBe(`bytes */${size}`);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ type: '/problems/range-not-satisfiable', status: 416 });
    }
  });

  it('sends the whole image for a Range it cannot serve as one part', async () => {
    for (const header of ['bytes=0-1,5-6', 'bytes=5-2', 'pages=1-2']) {
      const res = await get(`/media/${key}`, { headers: { Range: header } });
      expect(res.status, header).toBe(200);
      expect(res.headers.get('Content-Range')).toBeNull();
      expect((await bytesOf(res)).byteLength).toBe(size);
    }
  });

  it('honours Range only for the representation If-Range names', async () => {
    const etag = (await get(`/media/${key}`)).headers.get('ETag')!;
    expect((await get(`/media/${key}`, { headers: { Range: 'bytes=0-7', 'If-Range': etag } })).status).toBe(206);
    const stale = await get(`/media/${key}`, { headers: { Range: 'bytes=0-7', 'If-Range': '"stale"' } });
    expect(stale.status).toBe(200);
    expect((await bytesOf(stale)).byteLength).toBe(size);
  });

  it('answers If-None-Match before Range: a cached copy needs no part of it', async () => {
    const etag = (await get(`/media/${key}`)).headers.get('ETag')!;
    const res = await get(`/media/${key}`, { headers: { Range: 'bytes=0-7', 'If-None-Match': etag } });
    expect(res.status).toBe(304);
  });

  it('answers HEAD with the headers of GET and no body, ranges included', async () => {
    const head = await get(`/media/${key}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe(String(size));
    expect(head.headers.get('Content-Type')).toBe('image/jpeg');
    expect(head.headers.get('ETag')).toMatch(/^"[^"]+"$/);
    expect((await bytesOf(head)).byteLength).toBe(0);
    const part = await get(`/media/${key}`, { method: 'HEAD', headers: { Range: 'bytes=-500' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes ${size - 500}-${size - 1}/${size}`);
    expect((await bytesOf(part)).byteLength).toBe(0);
  });

  it('answers 404 problem+json for an unknown or malformed key', async () => {
    for (const bad of ['0'.repeat(64), key.toUpperCase(), key.slice(1), 'not-a-key', `${key}.jpg`, 'a'.repeat(300)]) {
      const res = await get(`/media/${bad}`);
      expect(res.status, bad).toBe(404);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });
});

describe('variants', () => {
  const png = images.png(1200, 675);
  let key: string;
  let originalEtag: string;
  beforeAll(async () => {
    key = (await uploaded(png, 'image/png')).key;
    originalEtag = (await env.MEDIA.head(key))!.httpEtag;
  });

  it('answers 400 naming the parameter for a width or format outside the allowlist', async () => {
    const cases: [string, string[]][] = [
      ['w=500', ['w']],
      ['w=0', ['w']],
      ['w=320.5', ['w']],
      ['w=abc', ['w']],
      ['w=0320', ['w']],
      ['w=3.2e2', ['w']],
      ['w=', ['w']],
      ['w=3200', ['w']],
      ['format=gif', ['format']],
      ['format=png', ['format']],
      ['w=100&format=jpeg', ['w', 'format']],
    ];
    for (const [query, paths] of cases) {
      const problem = await expectJson(await get(`/media/${key}?${query}`), 400);
      expect(problem.errors.map((e: { path: string }) => e.path).sort(), query).toEqual([...paths].sort());
    }
  });

  it('serves the original without an Images binding, and says so', async () => {
    // The tests' Worker has no IMAGES binding (wrangler.toml declares none).
    expect('IMAGES' in env).toBe(false);
    const res = await get(`/media/${key}?w=320&format=auto`, { headers: { Accept: 'image/avif,image/webp,*/*' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Byline-Variant')).toBe('original');
    expect(res.headers.get('Vary')).toBe('Accept');
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('ETag')).toBe(originalEtag);
    expect(await bytesOf(res)).toEqual(png);
    const sized = await get(`/media/${key}?w=640`);
    expect(sized.headers.get('X-Byline-Variant')).toBe('original');
    expect(sized.headers.get('Vary')).toBeNull();
  });

  describe('with the Images binding', () => {
    // The one stand-in in these tests: Cloudflare's Images service, which does not run in
    // workerd. It follows the binding's interface (input → transform → output) and answers a
    // WebP, AVIF or PNG of the asked width (test/workers/helpers/images.ts); R2 stays real.
    const calls: ImagesCall[] = [];
    let failing = false;
    const fakeImages = fakeImagesBinding(sniffImage, { calls, failing: () => failing });
    const request = (query: string, headers: Record<string, string> = {}) =>
      app.request(`http://byline.test/media/${key}?${query}`, { headers }, { ...env, IMAGES: fakeImages });

    it('makes a variant once, keeps it in R2, and serves it from there after', async () => {
      calls.length = 0;
      const first = await request('w=320&format=webp');
      expect(first.status).toBe(200);
      expect(first.headers.get('Content-Type')).toBe('image/webp');
      expect(first.headers.get('X-Byline-Variant')).toBe('transformed');
      expect(first.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect(first.headers.get('X-Content-Type-Options')).toBe('nosniff');
      const stored = await env.MEDIA.get(`variants/${key}/320.webp`);
      expect(stored?.httpMetadata?.contentType).toBe('image/webp');
      const body = await bytesOf(first);
      expect(body).toEqual(images.webpLossy(320, 180));
      expect(first.headers.get('ETag')).toBe(stored!.httpEtag);
      expect(first.headers.get('ETag')).not.toBe(originalEtag);

      const again = await request('w=320&format=webp');
      expect(await bytesOf(again)).toEqual(body);
      expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
      expect(calls).toEqual([{ width: 320, format: 'image/webp' }]);
      const notModified = await request('w=320&format=webp', { 'If-None-Match': first.headers.get('ETag')! });
      expect(notModified.status).toBe(304);
    });

    it('negotiates format=auto from Accept, with Vary: Accept', async () => {
      calls.length = 0;
      const avif = await request('w=640&format=auto', { Accept: 'image/avif,image/webp,image/*' });
      expect(avif.headers.get('Content-Type')).toBe('image/avif');
      expect(avif.headers.get('Vary')).toBe('Accept');
      const webp = await request('w=640&format=auto', { Accept: 'image/webp,image/*' });
      expect(webp.headers.get('Content-Type')).toBe('image/webp');
      expect(webp.headers.get('Vary')).toBe('Accept');
      const neither = await request('w=640&format=auto', { Accept: 'image/png,image/*' });
      expect(neither.headers.get('Content-Type')).toBe('image/png');
      expect(calls).toEqual([
        { width: 640, format: 'image/avif' },
        { width: 640, format: 'image/webp' },
        { width: 640, format: 'image/png' },
      ]);
      expect(await env.MEDIA.head(`variants/${key}/640.avif`)).not.toBeNull();
      expect(await env.MEDIA.head(`variants/${key}/640.png`)).not.toBeNull();
    });

    it('changes only the format without w, and transforms nothing the original already is', async () => {
      calls.length = 0;
      const full = await request('format=avif');
      expect(full.headers.get('Content-Type')).toBe('image/avif');
      expect(await env.MEDIA.head(`variants/${key}/full.avif`)).not.toBeNull();
      const untouched = await request('format=auto', { Accept: 'image/png' });
      expect(untouched.headers.get('X-Byline-Variant')).toBe('original');
      expect(untouched.headers.get('ETag')).toBe(originalEtag);
      const plain = await request('');
      expect(plain.headers.get('X-Byline-Variant')).toBeNull();
      expect(calls).toEqual([{ width: undefined, format: 'image/avif' }]);
    });

    it('serves ranges of a variant against the variant', async () => {
      const whole = await bytesOf(await request('w=960&format=webp'));
      const part = await request('w=960&format=webp', { Range: 'bytes=0-3' });
      expect(part.status).toBe(206);
      expect(part.headers.get('Content-Range')).toBe(`bytes 0-3/${whole.byteLength}`);
      expect(new TextDecoder().decode(await bytesOf(part))).toBe('RIFF');
    });

    it('serves the original, and stores nothing, when the binding cannot make the variant', async () => {
      failing = true;
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const res = await request('w=1280&format=webp');
        expect(res.status).toBe(200);
        expect(res.headers.get('X-Byline-Variant')).toBe('original');
        expect(res.headers.get('Content-Type')).toBe('image/png');
        expect(await bytesOf(res)).toEqual(png);
        expect(await env.MEDIA.head(`variants/${key}/1280.webp`)).toBeNull();
        expect(String(logged.mock.calls[0]?.[0])).toContain('image variant failed');
      } finally {
        failing = false;
        logged.mockRestore();
      }
    });

    it('never serves a stored variant by its own R2 key', async () => {
      await request('w=320&format=webp');
      expect(await env.MEDIA.head(`variants/${key}/320.webp`)).not.toBeNull();
      const res = await get(`/media/${encodeURIComponent(`variants/${key}/320.webp`)}`);
      expect(res.status).toBe(404);
    });

    it('still answers 404 for an unknown key and 400 outside the allowlist', async () => {
      calls.length = 0;
      expect((await app.request(`http://byline.test/media/${'f'.repeat(64)}?w=320`, {}, { ...env, IMAGES: fakeImages })).status).toBe(404);
      expect((await request('w=321')).status).toBe(400);
      expect(calls).toEqual([]);
    });
  });
});
