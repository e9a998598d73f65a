import type { Context } from 'hono';
import { fieldErrors } from '../../app/field-errors';
import { Problem, invalidInput, notFound } from '../../app/problem';
import type { AppEnv, AppRouteHandler } from '../../app/types';
import { parseRange } from '../../content/http-range';
import { newId } from '../../content/ids';
import { normalizeImageType, sniffImage } from '../../content/image-sniff';
import { negotiateFormat, variantKey } from '../../content/media-variants';
import { now } from '../../content/time';
import { mediaUrl } from '../../content/article';
import { type MediaRecord, findMediaByKey, insertMediaStatement } from '../../db/media';
import { readBoundedBody } from '../../middleware/json-body';
import { MediaFieldsSchema } from '../../schemas/media';
import { putMediaObject } from '../../storage/r2';
import type { ServeMediaRoute, UploadMediaRoute } from './media.routes';

/** Largest image accepted: 10 MiB. */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;
/** Room for the multipart envelope around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';

function unsupported(detail: string): Problem {
  return new Problem({ status: 415, type: 'unsupported-media-type', title: 'Unsupported media type', detail });
}

function parseFields(input: Record<string, unknown>) {
  const parsed = MediaFieldsSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(fieldErrors(parsed.error), 422);
  return parsed.data;
}

/** The file, its declared type and its text fields, from a raw or a multipart upload. */
async function readUpload(c: Context<AppEnv>, query: Record<string, string | undefined>) {
  const contentType = c.req.header('Content-Type') ?? '';
  if (/^multipart\/form-data/i.test(contentType)) {
    const raw = await readBoundedBody(c.req.raw, MAX_MEDIA_BYTES + MULTIPART_OVERHEAD_BYTES);
    let form: FormData;
    try {
      form = await new Response(raw, { headers: { 'Content-Type': contentType } }).formData();
    } catch {
      throw invalidInput([{ path: 'file', message: 'The multipart body could not be read.' }]);
    }
    const file = form.get('file');
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : undefined;
    };
    const fields = parseFields(Object.fromEntries(['alt', 'caption', 'credit'].map((name) => [name, text(name)]).filter(([, v]) => v !== undefined)));
    if (!file || typeof file === 'string') throw invalidInput([{ path: 'file', message: 'Send the image as the form field "file".' }], 422);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.byteLength > MAX_MEDIA_BYTES) throw new Problem({ status: 413, type: 'payload-too-large', title: 'Payload too large', detail: `The image is larger than ${MAX_MEDIA_BYTES} bytes.` });
    return { bytes, declared: normalizeImageType(file.type), fields };
  }
  const declared = normalizeImageType(contentType);
  if (!declared.startsWith('image/')) throw unsupported('Send the image as its own type (image/jpeg, image/png, image/gif, image/webp, image/avif) or as multipart/form-data.');
  const fields = parseFields(Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)));
  return { bytes: await readBoundedBody(c.req.raw, MAX_MEDIA_BYTES), declared, fields };
}

function toMedia(row: MediaRecord, origin: string) {
  return { ...row, content_type: row.content_type as 'image/png', url: mediaUrl(origin, row.key) };
}

export const uploadMedia: AppRouteHandler<UploadMediaRoute> = async (c) => {
  const { bytes, declared, fields } = await readUpload(c, c.req.valid('query'));
  const image = sniffImage(bytes);
  if (!image) throw unsupported('The bytes are not a JPEG, PNG, GIF, WebP or AVIF image.');
  if (image.type !== declared) throw unsupported(`The bytes are ${image.type}, not the declared ${declared || 'type'}.`);
  const origin = new URL(c.req.url).origin;
  const { key, size } = await putMediaObject(c.env.MEDIA, bytes, image.type);
  const existing = await findMediaByKey(c.env.DB, key);
  if (existing) return c.json({ data: toMedia(existing, origin) }, 200);
  const record: MediaRecord = {
    id: newId('med'),
    key,
    content_type: image.type,
    byte_size: size,
    width: image.width,
    height: image.height,
    alt: fields.alt,
    caption: fields.caption ?? null,
    credit: fields.credit ?? null,
    created_at: now(),
  };
  await insertMediaStatement(c.env.DB, record).run();
  // Two uploads of the same bytes may race: whichever row landed is the media.
  const stored = (await findMediaByKey(c.env.DB, key))!;
  return c.json({ data: toMedia(stored, origin) }, stored.id === record.id ? 201 : 200);
};

const matchesETag = (header: string | undefined, etag: string) =>
  header !== undefined && (header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

/** The stored variant for `w`/`format`, made once by the Images binding; null without one. */
async function variant(c: Context<AppEnv>, key: string, width: number | undefined, type: 'image/avif' | 'image/webp' | null, original: R2Object) {
  const images = (c.env as Env & { IMAGES?: ImagesBinding }).IMAGES;
  if (!images) return null;
  const target = variantKey(key, width, type);
  const cached = await c.env.MEDIA.head(target);
  if (cached) return { key: target, head: cached };
  const source = await c.env.MEDIA.get(key);
  if (!source) return null;
  const output = await images
    .input(source.body)
    .transform(width ? { width, fit: 'scale-down' } : {})
    .output({ format: (type ?? original.httpMetadata?.contentType ?? 'image/jpeg') as 'image/webp' });
  const bytes = new Uint8Array(await new Response(output.image()).arrayBuffer());
  const head = await c.env.MEDIA.put(target, bytes, { httpMetadata: { contentType: output.contentType(), cacheControl: MEDIA_CACHE_CONTROL } });
  return { key: target, head };
}

export const serveMedia: AppRouteHandler<ServeMediaRoute> = async (c) => {
  const { key } = c.req.valid('param');
  const { w, format } = c.req.valid('query');
  if (!/^[0-9a-f]{64}$/.test(key)) throw notFound(`No media has the key "${key}".`);
  const original = await c.env.MEDIA.head(key);
  if (!original) throw notFound(`No media has the key "${key}".`);

  const wantType = negotiateFormat(format, c.req.header('Accept') ?? '');
  const made = w || wantType ? await variant(c, key, w, wantType, original) : null;
  const objectKey = made?.key ?? key;
  const head = made?.head ?? original;

  const headers = new Headers({
    ETag: head.httpEtag,
    'Cache-Control': MEDIA_CACHE_CONTROL,
    'Content-Type': head.httpMetadata?.contentType ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
    'Accept-Ranges': 'bytes',
    'Last-Modified': head.uploaded.toUTCString(),
  });
  if (w || wantType) headers.set('X-Byline-Variant', made ? 'transformed' : 'original');
  if (format === 'auto') headers.set('Vary', 'Accept');
  if (matchesETag(c.req.header('If-None-Match'), head.httpEtag)) return new Response(null, { status: 304, headers });

  const range = parseRange(c.req.header('Range'), head.size);
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${head.size}`);
    return new Response(null, { status: 416, headers });
  }
  if (range) headers.set('Content-Range', `bytes ${range.offset}-${range.offset + range.length - 1}/${head.size}`);
  headers.set('Content-Length', String(range ? range.length : head.size));
  const status = range ? 206 : 200;
  if (c.req.method === 'HEAD') return new Response(null, { status, headers });
  const object = await c.env.MEDIA.get(objectKey, range ? { range } : undefined);
  if (!object) throw notFound(`No media has the key "${key}".`);
  return new Response(object.body, { status, headers });
};
