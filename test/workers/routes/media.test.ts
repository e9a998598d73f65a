import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_DIMENSION, MAX_IMAGE_PIXELS } from '../../../src/content/image-sniff';
import { call, createArticle, createKey, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { encoded, encodedImages, images } from '../helpers/images';

beforeAll(resetStorage);

const MAX = 10 * 1024 * 1024;

/** A raw upload: the bytes as the body, `alt` and friends in the query. */
function upload(bytes: Uint8Array | ReadableStream<Uint8Array>, type: string, query = 'alt=An%20image', token?: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': type };
  if (token !== null) headers.Authorization = `Bearer ${token ?? env.ADMIN_TOKEN}`;
  return exports.default.fetch(`http://byline.test/v1/admin/media?${query}`, { method: 'POST', headers, body: bytes });
}

/** A multipart upload: `file` labelled `type`, beside `fields`. */
function uploadForm(bytes: Uint8Array, type: string, fields: Record<string, string>, fileName = 'photo.bin'): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([bytes], fileName, { type }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return exports.default.fetch('http://byline.test/v1/admin/media', { method: 'POST', headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}` }, body: form });
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (bytes: Uint8Array) => hex(await crypto.subtle.digest('SHA-256', bytes));

/** How many media rows and R2 objects exist: a refused upload must leave both unchanged. */
async function stored(): Promise<{ rows: number; objects: number }> {
  const rows = (await env.DB.prepare('SELECT COUNT(*) AS n FROM media').first<{ n: number }>())!.n;
  return { rows, objects: (await env.MEDIA.list()).objects.length };
}

describe('POST /v1/admin/media', () => {
  for (const image of encodedImages) {
    it(`stores a ${image.name} under its SHA-256, sized from its own header`, async () => {
      const res = await upload(image.bytes, image.type, 'alt=Alt%20text&caption=A%20caption&credit=Photo%20desk');
      const { data } = await expectJson(res, 201);
      const key = await sha256(image.bytes);
      expect(data).toEqual({
        id: expect.stringMatching(/^med_/),
        key,
        url: `http://byline.test/media/${key}`,
        content_type: image.type,
        byte_size: image.bytes.byteLength,
        width: image.width,
        height: image.height,
        alt: 'Alt text',
        caption: 'A caption',
        credit: 'Photo desk',
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      });
      const object = await env.MEDIA.get(key);
      expect(object?.httpMetadata?.contentType).toBe(image.type);
      expect(new Uint8Array(await object!.arrayBuffer())).toEqual(image.bytes);
      const row = await env.DB.prepare('SELECT * FROM media WHERE id = ?1').bind(data.id).first();
      expect(row).toMatchObject({ key, width: image.width, height: image.height, alt: 'Alt text' });
    });
  }

  it('accepts multipart/form-data with file and the fields beside it', async () => {
    const { data } = await expectJson(await uploadForm(images.png(7, 8), 'image/png', { alt: 'From a form', credit: 'Desk' }), 201);
    expect(data).toMatchObject({ content_type: 'image/png', width: 7, height: 8, alt: 'From a form', credit: 'Desk', caption: null });
  });

  it('lets the bytes decide a multipart file sent without an image type (curl labels unknown names octet-stream)', async () => {
    const { data } = await expectJson(await uploadForm(images.gif(9, 10), 'application/octet-stream', { alt: 'Generic' }), 201);
    expect(data).toMatchObject({ content_type: 'image/gif', width: 9, height: 10 });
    expect((await env.MEDIA.head(data.key))?.httpMetadata?.contentType).toBe('image/gif');
  });

  it('stores the same bytes once and answers the existing media: 201, then 200', async () => {
    const bytes = images.png(11, 12);
    const before = await stored();
    const first = await expectJson(await upload(bytes, 'image/png', 'alt=First'), 201);
    const second = await expectJson(await upload(bytes, 'image/png', 'alt=Second'), 200);
    const third = await expectJson(await uploadForm(bytes, 'image/png', { alt: 'Third' }), 200);
    expect(second.data).toEqual(first.data);
    expect(third.data).toEqual(first.data);
    expect(await stored()).toEqual({ rows: before.rows + 1, objects: before.objects + 1 });
  });

  it('answers concurrent uploads of the same bytes with one media: one 201, the rest 200', async () => {
    const bytes = images.gif(31, 32);
    const before = await stored();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(bytes, 'image/gif', `alt=Racer%20${i}`)));
    const statuses = answers.map((res) => res.status).sort();
    const ids = new Set(await Promise.all(answers.map(async (res) => ((await res.json()) as { data: { id: string } }).data.id)));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    expect(ids.size).toBe(1);
    expect(await stored()).toEqual({ rows: before.rows + 1, objects: before.objects + 1 });
  });

  const refused: [string, Uint8Array, string][] = [
    ['SVG', images.svg(), 'image/svg+xml'],
    ['SVG declared as PNG', images.svg(), 'image/png'],
    ['HTML declared as PNG', images.html(), 'image/png'],
    ['PDF', images.pdf(), 'application/pdf'],
    ['PDF declared as JPEG', images.pdf(), 'image/jpeg'],
    ['a GIF declared as PNG', encoded('GIF89a').bytes, 'image/png'],
    ['a PNG declared as JPEG', encoded('PNG').bytes, 'image/jpeg'],
    ['a PNG declared as octet-stream', encoded('PNG').bytes, 'application/octet-stream'],
    ['a PNG with no type', encoded('PNG').bytes, ''],
    ['an empty body', new Uint8Array(0), 'image/png'],
  ];
  for (const [name, bytes, type] of refused) {
    it(`answers 415 for ${name}, storing nothing`, async () => {
      const before = await stored();
      const res = await upload(bytes, type);
      expect(res.status).toBe(415);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await stored()).toEqual(before);
    });
  }

  /** The upload: a PNG signature and an IHDR of 4294967295 × 4294967295, and nothing else. */
  const headerOnly = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 255, 255, 255, 255, 255, 255, 255, 255, 8, 2, 0, 0, 0]);

  it('answers 415 for a 29-byte PNG header with no image, raw or in a form, storing nothing', async () => {
    const before = await stored();
    for (const res of [await upload(headerOnly, 'image/png'), await uploadForm(headerOnly, 'image/png', { alt: 'x' }, 'tiny.png')]) {
      const problem = await expectJson(res, 415);
      expect(problem.detail).toContain('image/png but are not a whole image');
    }
    expect(await stored()).toEqual(before);
  });

  it('answers 415 for every real image cut short', async () => {
    const before = await stored();
    for (const image of encodedImages) {
      for (const length of new Set([image.bytes.length - 1, Math.floor(image.bytes.length / 2), Math.min(40, image.bytes.length - 2)])) {
        expect((await upload(image.bytes.subarray(0, length), image.type)).status, `${image.name} cut at ${length}`).toBe(415);
      }
    }
    expect(await stored()).toEqual(before);
  });

  it(`answers 422 naming file for an image over ${MAX_IMAGE_DIMENSION} pixels a side or ${MAX_IMAGE_PIXELS / 1e6} megapixels`, async () => {
    const before = await stored();
    const oversize: [Uint8Array, string][] = [
      [images.png(4294967295, 4294967295), 'image/png'],
      [images.png(MAX_IMAGE_DIMENSION + 1, 10), 'image/png'],
      [images.png(10_000, 10_001), 'image/png'],
      [images.gif(3, 65535), 'image/gif'],
      [images.webpExtended(16777216, 5), 'image/webp'],
      [images.avif(20_000, 20_000), 'image/avif'],
    ];
    for (const [bytes, type] of oversize) {
      const problem = await expectJson(await upload(bytes, type), 422);
      expect(problem.errors).toEqual([{ path: 'file', message: expect.stringContaining('12,000') }]);
    }
    expect(await stored()).toEqual(before);
    const { data } = await expectJson(await upload(images.png(MAX_IMAGE_DIMENSION, 8000), 'image/png'), 201);
    expect(data).toMatchObject({ width: MAX_IMAGE_DIMENSION, height: 8000 });
  });

  it('never answers 5xx to any cut of a real image, nor stores one with a size not its own', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...encodedImages), fc.nat(), fc.uint8Array({ maxLength: 16 }), async (image, at, tail) => {
        const bytes = new Uint8Array([...image.bytes.subarray(0, at % (image.bytes.length + 1)), ...tail]);
        const res = await upload(bytes, image.type);
        expect(res.status).toBeLessThan(500);
        if (res.status === 201 || res.status === 200) {
          expect((await res.json<{ data: { width: number; height: number } }>()).data).toMatchObject({ width: image.width, height: image.height });
        } else {
          expect([415, 422]).toContain(res.status);
          await res.arrayBuffer();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers 415 for a multipart file whose label disagrees with its bytes, or that is no image', async () => {
    const before = await stored();
    expect((await uploadForm(encoded('GIF89a').bytes, 'image/png', { alt: 'x' }, 'photo.png')).status).toBe(415);
    expect((await uploadForm(images.html(), 'text/html', { alt: 'x' }, 'page.html')).status).toBe(415);
    expect((await uploadForm(images.svg(), 'application/octet-stream', { alt: 'x' })).status).toBe(415);
    expect(await stored()).toEqual(before);
  });

  it('answers 422 without alt (or with a blank one), naming it', async () => {
    for (const query of ['', 'alt=', 'alt=%20%20', 'caption=Only%20a%20caption']) {
      const problem = await expectJson(await upload(images.png(2, 2), 'image/png', query), 422);
      expect(problem.errors.map((e: { path: string }) => e.path), query).toEqual(['alt']);
    }
    const form = await expectJson(await uploadForm(images.png(2, 2), 'image/png', { caption: 'x' }), 422);
    expect(form.errors.map((e: { path: string }) => e.path)).toEqual(['alt']);
  });

  it('answers 422 naming alt, caption or credit when it holds a control character', async () => {
    for (const [field, value] of [['alt', '%00'], ['alt', 'A%1Bb'], ['caption', '%7F'], ['credit', '%EF%BF%BF']]) {
      const query = field === 'alt' ? `alt=${value}` : `alt=Fine&${field}=x${value}`;
      const problem = await expectJson(await upload(images.png(3, 2), 'image/png', query), 422);
      expect(problem.errors.map((e: { path: string }) => e.path), query).toEqual([field]);
    }
    const form = await expectJson(await uploadForm(images.png(3, 2), 'image/png', { alt: 'Fine', caption: 'Bell\u0007' }), 422);
    expect(form.errors.map((e: { path: string }) => e.path)).toEqual(['caption']);
    expect((await upload(images.png(3, 2), 'image/png', 'alt=Tab%09and%0Anewline')).status).toBe(201);
  });

  it('answers 422 naming file for a form without one', async () => {
    const form = new FormData();
    form.set('alt', 'No file');
    const res = await exports.default.fetch('http://byline.test/v1/admin/media', { method: 'POST', headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}` }, body: form });
    const problem = await expectJson(res, 422);
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['file']);
  });

  it('takes an image of exactly 10 MiB', async () => {
    const bytes = new Uint8Array(MAX);
    bytes.set(images.png(3000, 2000));
    const { data } = await expectJson(await upload(bytes, 'image/png'), 201);
    expect(data.byte_size).toBe(MAX);
  });

  it('answers 413 over 10 MiB from Content-Length, storing nothing', async () => {
    const big = new Uint8Array(MAX + 1);
    big.set(images.png(2, 2));
    const before = await stored();
    const res = await upload(big, 'image/png');
    expect(res.status).toBe(413);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await uploadForm(big, 'image/png', { alt: 'Too big' })).status).toBe(413);
    // Content-Length decides first: neither the type nor the fields are looked at.
    expect((await upload(big, 'text/plain', '')).status).toBe(413);
    expect(await stored()).toEqual(before);
  });

  it('answers 413 for a streamed body without Content-Length once it passes 10 MiB', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    chunk.set(images.png(2, 2));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit: the Worker must stop reading, not buffer it all.
        if (pulled++ >= 64) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const before = await stored();
    const res = await upload(stream, 'image/png');
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(64);
    expect(await stored()).toEqual(before);
  });

  it('takes a streamed body without Content-Length under the limit', async () => {
    const bytes = images.webpLossy(41, 42);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10));
        controller.enqueue(bytes.subarray(10));
        controller.close();
      },
    });
    const { data } = await expectJson(await upload(stream, 'image/webp', 'alt=Streamed'), 201);
    expect(data).toMatchObject({ key: await sha256(bytes), width: 41, height: 42, byte_size: bytes.byteLength });
  });

  it('needs an editor: 401 without a key, 403 for a partner, 201 for an editor', async () => {
    const unauthorized = await upload(images.png(21, 22), 'image/png', 'alt=x', null);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('WWW-Authenticate')).toContain('Bearer');
    const partner = await createKey('partner');
    expect((await upload(images.png(21, 22), 'image/png', 'alt=x', partner.secret)).status).toBe(403);
    const editor = await createKey('editor');
    expect((await upload(images.png(21, 22), 'image/png', 'alt=x', editor.secret)).status).toBe(201);
    const admin = await createKey('admin');
    expect((await upload(images.png(23, 24), 'image/png', 'alt=x', admin.secret)).status).toBe(201);
  });

  it('keeps a PNG header followed by HTML, and serves it as nothing but image/png', async () => {
    const polyglot = new Uint8Array([...encoded('PNG').bytes, ...new TextEncoder().encode('<html><script>alert(1)</script></html>')]);
    const { data } = await expectJson(await upload(polyglot, 'image/png'), 201);
    expect(data).toMatchObject({ content_type: 'image/png', width: 2, height: 3 });
    for (const accept of ['text/html', '*/*']) {
      const res = await get(`/media/${data.key}`, { headers: { Accept: accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('image/png');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
      expect(res.headers.get('Content-Disposition')).toBeNull();
    }
    // Declared as what it would like to be, it is refused.
    expect((await upload(polyglot, 'text/html')).status).toBe(415);
  });
});

describe('images on articles', () => {
  it('attaches media by image_id on create and PATCH, with srcset and sizes', async () => {
    const { data: media } = await expectJson(await upload(images.jpeg(5, 4), 'image/jpeg', 'alt=Small&caption=Cap'), 201);
    const { data: wide } = await expectJson(await upload(images.jpeg(1500, 1000), 'image/jpeg', 'alt=Wide&credit=Desk'), 201);
    const article = await createArticle({ headline: 'Attach on create', body_html: '<p>x</p>', image_id: media.id, status: 'published' });
    expect(article.image).toEqual({
      id: media.id,
      url: media.url,
      width: 5,
      height: 4,
      alt: 'Small',
      caption: 'Cap',
      credit: null,
      content_type: 'image/jpeg',
      srcset: `${media.url} 5w`,
      sizes: '(max-width: 768px) 100vw, 768px',
    });

    const patched = await expectJson(
      await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { image_id: wide.id }, headers: { 'If-Match': `"${article.version}"` } }),
      200,
    );
    const url = wide.url;
    expect(patched.data.image).toMatchObject({ id: wide.id, url, width: 1500, height: 1000, alt: 'Wide', credit: 'Desk' });
    // No Images binding in the tests' Worker: the original is the one candidate.
    expect(patched.data.image.srcset).toBe(`${url} 1500w`);
    const published = await expectJson(await get(`/v1/articles/${article.slug}`), 200);
    expect(published.data.image).toEqual(patched.data.image);
  });

  it('answers 422 naming image_id for media that does not exist', async () => {
    const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'No such image', body_html: '<p>x</p>', image_id: 'med_nope' } }), 422);
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['image_id']);
  });

  it('never deletes a shared image with an article: the R2 object and the media row stay', async () => {
    const { data: media } = await expectJson(await upload(images.jpeg(800, 600), 'image/jpeg', 'alt=Shared'), 201);
    const a = await createArticle({ headline: 'Shares an image A', body_html: '<p>x</p>', image_id: media.id, status: 'published' });
    const b = await createArticle({ headline: 'Shares an image B', body_html: '<p>x</p>', image_id: media.id, status: 'published' });
    expect((await call(`/v1/admin/articles/${a.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/v1/admin/articles/${b.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await env.MEDIA.head(media.key)).not.toBeNull();
    expect(await env.DB.prepare('SELECT id FROM media WHERE id = ?1').bind(media.id).first()).toEqual({ id: media.id });
    expect((await get(`/media/${media.key}`)).status).toBe(200);
    // Still attachable after both articles are gone.
    const c = await createArticle({ headline: 'Reuses it', body_html: '<p>x</p>', image_id: media.id });
    expect(c.image.id).toBe(media.id);
  });
});
