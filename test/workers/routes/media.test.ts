import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../../src/index';
import { call, createArticle, createKey, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { images } from '../helpers/images';

beforeAll(resetStorage);

function upload(bytes: Uint8Array, type: string, query = 'alt=An%20image', token?: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': type, Authorization: `Bearer ${token === undefined ? env.ADMIN_TOKEN : token}` };
  if (token === null) delete headers.Authorization;
  return exports.default.fetch(`http://byline.test/v1/admin/media?${query}`, { method: 'POST', headers, body: bytes });
}

function uploadForm(bytes: Uint8Array, type: string, fields: Record<string, string>): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([bytes], 'photo.bin', { type }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return exports.default.fetch('http://byline.test/v1/admin/media', { method: 'POST', headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}` }, body: form });
}

describe('POST /v1/admin/media', () => {
  const accepted: [string, string, Uint8Array, number, number][] = [
    ['PNG', 'image/png', images.png(2, 3), 2, 3],
    ['GIF', 'image/gif', images.gif(5, 4), 5, 4],
    ['JPEG', 'image/jpeg', images.jpeg(640, 480), 640, 480],
    ['lossy WebP', 'image/webp', images.webpLossy(300, 200), 300, 200],
    ['lossless WebP', 'image/webp', images.webpLossless(123, 45), 123, 45],
    ['extended WebP', 'image/webp', images.webpExtended(4000, 3000), 4000, 3000],
    ['AVIF', 'image/avif', images.avif(1920, 1080), 1920, 1080],
  ];
  for (const [name, type, bytes, width, height] of accepted) {
    it(`stores a ${name} by its SHA-256 with the width and height from its header`, async () => {
      const res = await upload(bytes, type, 'alt=Alt%20text&caption=A%20caption&credit=Photo%20desk');
      const { data } = await expectJson(res, 201);
      expect(data).toMatchObject({ content_type: type, width, height, byte_size: bytes.byteLength, alt: 'Alt text', caption: 'A caption', credit: 'Photo desk' });
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      expect(data.key).toBe([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
      expect(data.url).toBe(`http://byline.test/media/${data.key}`);
      expect(await env.MEDIA.head(data.key)).not.toBeNull();
    });
  }

  it('accepts multipart/form-data with file and fields', async () => {
    const { data } = await expectJson(await uploadForm(images.png(7, 8), 'image/png', { alt: 'From a form', credit: 'Desk' }), 201);
    expect(data).toMatchObject({ width: 7, height: 8, alt: 'From a form', credit: 'Desk', caption: null });
  });

  it('stores the same bytes once and answers the existing media', async () => {
    const bytes = images.png(11, 12);
    const first = await expectJson(await upload(bytes, 'image/png'), 201);
    const second = await expectJson(await upload(bytes, 'image/png', 'alt=Other'), 200);
    expect(second.data.id).toBe(first.data.id);
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM media WHERE key = ?1').bind(first.data.key).first<{ n: number }>();
    expect(rows!.n).toBe(1);
  });

  const refused: [string, Uint8Array, string][] = [
    ['SVG', images.svg(), 'image/svg+xml'],
    ['HTML declared as an image', images.html(), 'image/png'],
    ['PDF', images.pdf(), 'application/pdf'],
    ['GIF declared as PNG', images.gif(2, 2), 'image/png'],
    ['PNG declared as JPEG', images.png(2, 2), 'image/jpeg'],
  ];
  for (const [name, bytes, type] of refused) {
    it(`answers 415 for ${name}`, async () => {
      const res = await upload(bytes, type);
      expect(res.status).toBe(415);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    });
  }

  it('answers 422 without alt, naming it', async () => {
    const problem = await expectJson(await upload(images.png(2, 2), 'image/png', ''), 422);
    expect(problem.errors.map((e: any) => e.path)).toEqual(['alt']);
    const form = await expectJson(await uploadForm(images.png(2, 2), 'image/png', {}), 422);
    expect(form.errors.map((e: any) => e.path)).toEqual(['alt']);
  });

  it('answers 413 over 10 MB, from Content-Length and while streaming', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(images.png(2, 2));
    expect((await upload(big, 'image/png')).status).toBe(413);
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 12) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const res = await exports.default.fetch('http://byline.test/v1/admin/media?alt=x', {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'Content-Type': 'image/png' },
      body: stream,
    });
    expect(res.status).toBe(413);
  });

  it('needs an editor: 401 without a key, 403 for a partner', async () => {
    expect((await upload(images.png(2, 2), 'image/png', 'alt=x', null)).status).toBe(401);
    const partner = await createKey('partner');
    expect((await upload(images.png(2, 2), 'image/png', 'alt=x', partner.secret)).status).toBe(403);
    const editor = await createKey('editor');
    expect((await upload(images.png(21, 22), 'image/png', 'alt=x', editor.secret)).status).toBe(201);
  });
});

describe('GET /media/{key}', () => {
  let key: string;
  let size: number;
  beforeAll(async () => {
    const bytes = images.png(640, 480);
    size = bytes.byteLength;
    key = (await expectJson(await upload(bytes, 'image/png'), 201)).data.key;
  });

  it('streams the image with immutable caching, its type, nosniff and a locked-down CSP', async () => {
    const res = await get(`/media/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]+"$/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(images.png(640, 480));
  });

  it('answers If-None-Match with 304', async () => {
    const etag = (await get(`/media/${key}`)).headers.get('ETag')!;
    const res = await get(`/media/${key}`, { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
  });

  it('answers Range with 206 and Content-Range, and an unsatisfiable one with 416', async () => {
    const part = await get(`/media/${key}`, { headers: { Range: 'bytes=0-7' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes 0-7/${size}`);
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const suffix = await get(`/media/${key}`, { headers: { Range: 'bytes=-4' } });
    expect(suffix.status).toBe(206);
    expect(suffix.headers.get('Content-Range')).toBe(`bytes ${size - 4}-${size - 1}/${size}`);
    const outside = await get(`/media/${key}`, { headers: { Range: `bytes=${size}-` } });
    expect(outside.status).toBe(416);
    expect(outside.headers.get('Content-Range')).toBe(`bytes */${size}`);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get(`/media/${key}`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Length')).toBe(String(size));
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(await res.text()).toBe('');
  });

  it('answers 404 problem+json for an unknown or malformed key', async () => {
    for (const bad of ['0'.repeat(64), 'not-a-key']) {
      const res = await get(`/media/${bad}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });

  it('serves only allowlisted variants: 400 otherwise, the original without an Images binding', async () => {
    for (const query of ['w=500', 'w=abc', 'format=gif']) {
      const res = await get(`/media/${key}?${query}`);
      expect(res.status, query).toBe(400);
    }
    const res = await get(`/media/${key}?w=320&format=auto`, { headers: { Accept: 'image/avif,image/webp' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Byline-Variant')).toBe('original');
    expect(res.headers.get('Vary')).toBe('Accept');
    expect(res.headers.get('Content-Type')).toBe('image/png');
  });

  it('uses the Images binding when configured, and keeps the variant in R2 after the first transform', async () => {
    // The one stand-in: Cloudflare's Images service, which does not run here. R2 stays real.
    let transforms = 0;
    const fakeImages = {
      input: (stream: ReadableStream<Uint8Array>) => ({
        transform: (options: { width?: number }) => ({
          output: async (output: { format: string }) => {
            transforms++;
            await new Response(stream).arrayBuffer();
            const bytes = images.webpLossy(options.width ?? 1, 1);
            return { contentType: () => output.format, image: () => new Response(bytes).body!, response: () => new Response(bytes) };
          },
        }),
      }),
    };
    const request = () => app.request(`http://byline.test/media/${key}?w=320&format=webp`, {}, { ...env, IMAGES: fakeImages });
    const first = await request();
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toBe('image/webp');
    expect(first.headers.get('X-Byline-Variant')).toBe('transformed');
    await request();
    expect(transforms).toBe(1);
    expect(await env.MEDIA.head(`variants/${key}/320.webp`)).not.toBeNull();
  });

  it('serves a PNG header followed by HTML as nothing but image/png with nosniff', async () => {
    const polyglot = new Uint8Array([...images.png(2, 2), ...new TextEncoder().encode('<html><script>alert(1)</script></html>')]);
    const { data } = await expectJson(await upload(polyglot, 'image/png'), 201);
    const res = await get(`/media/${data.key}`, { headers: { Accept: 'text/html' } });
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
  });
});

describe('images on articles', () => {
  it('attaches media by image_id, with srcset and sizes, and never deletes a shared image with an article', async () => {
    const { data: media } = await expectJson(await upload(images.jpeg(1500, 1000), 'image/jpeg', 'alt=Shared&caption=Cap'), 201);
    const a = await createArticle({ headline: 'With Image A', body_html: '<p>x</p>', image_id: media.id, status: 'published' });
    const b = await createArticle({ headline: 'With Image B', body_html: '<p>x</p>', image_id: media.id, status: 'published' });
    expect(a.image).toMatchObject({
      id: media.id,
      url: media.url,
      width: 1500,
      height: 1000,
      alt: 'Shared',
      caption: 'Cap',
      content_type: 'image/jpeg',
      srcset: `${media.url}?w=320 320w, ${media.url}?w=640 640w, ${media.url}?w=960 960w, ${media.url}?w=1280 1280w, ${media.url} 1500w`,
      sizes: '(max-width: 768px) 100vw, 768px',
    });
    expect((await call(`/v1/admin/articles/${a.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await env.MEDIA.head(media.key)).not.toBeNull();
    expect(await env.DB.prepare('SELECT id FROM media WHERE id = ?1').bind(media.id).first()).not.toBeNull();
    expect((await get(`/v1/articles/${b.slug}`)).status).toBe(200);
    expect((await get(`/media/${media.key}`)).status).toBe(200);
  });
});
