import { Problem, invalidInput, notFound } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { mediaUrl } from '../../content/article';
import { parseRange } from '../../content/http-range';
import { newId } from '../../content/ids';
import { type ImageType, oversizeReason, signatureType, sniffImage } from '../../content/image-sniff';
import { imagesBinding, negotiateFormat } from '../../content/media-variants';
import { now } from '../../content/time';
import { type MediaRecord, findMediaByKey, insertMediaStatement } from '../../db/media';
import { MEDIA_CACHE_CONTROL, putMediaObject } from '../../storage/r2';
import type { ServeMediaRoute, UploadMediaRoute } from './media.routes';
import { readUpload, unsupportedMediaType } from './upload-body';
import { type VariantSpec, variantObject } from './variant';

/** A media key is the hex SHA-256 of the bytes; anything else is not ours to look up. */
const MEDIA_KEY = /^[0-9a-f]{64}$/;

function toMedia(row: MediaRecord, origin: string) {
  return { ...row, content_type: row.content_type as ImageType, url: mediaUrl(origin, row.key) };
}

export const uploadMedia: AppRouteHandler<UploadMediaRoute> = async (c) => {
  const { bytes, declared, fields } = await readUpload(c.req.raw, c.req.valid('query'));
  const image = sniffImage(bytes);
  if (!image) {
    const begun = signatureType(bytes);
    throw unsupportedMediaType(
      begun
        ? `The bytes begin as ${begun} but are not a whole image: cut short, or a header without its image data.`
        : 'The bytes are not a JPEG, PNG, GIF, WebP or AVIF image.',
    );
  }
  if (declared !== null && image.type !== declared) throw unsupportedMediaType(`The bytes are ${image.type}, not the declared ${declared}.`);
  const oversize = oversizeReason(image);
  if (oversize) throw invalidInput([{ path: 'file', message: oversize }], 422);

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
  const stored = await findMediaByKey(c.env.DB, key);
  if (!stored) throw new Error(`media row for ${key} vanished after insert`);
  return c.json({ data: toMedia(stored, origin) }, stored.id === record.id ? 201 : 200);
};

/** Whether an If-None-Match list names `etag` (weakly compared, as RFC 9110 asks for GET). */
function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** What to transform, or null when the request asks for nothing the original is not already. */
function variantSpec(original: R2Object, width: number | undefined, type: ImageType | null): VariantSpec | null {
  const originalType = original.httpMetadata?.contentType as ImageType | undefined;
  const wanted = type ?? originalType;
  if (!wanted || (width === undefined && wanted === originalType)) return null;
  return { width, type: wanted };
}

export const serveMedia: AppRouteHandler<ServeMediaRoute> = async (c) => {
  const { key } = c.req.valid('param');
  const { w, format } = c.req.valid('query');
  if (!MEDIA_KEY.test(key)) throw notFound(`No media has the key "${key}".`);
  const original = await c.env.MEDIA.head(key);
  if (!original) throw notFound(`No media has the key "${key}".`);

  let object: R2Object = original;
  const spec = variantSpec(original, w, negotiateFormat(format, c.req.header('Accept') ?? ''));
  const images = imagesBinding(c.env);
  if (spec && images) object = (await variantObject(c.env.MEDIA, images, key, spec)) ?? original;

  const headers = new Headers({
    // Set here, so the app's etag middleware never reads the body to hash it.
    ETag: object.httpEtag,
    'Cache-Control': MEDIA_CACHE_CONTROL,
    'Content-Type': object.httpMetadata?.contentType ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
    'Accept-Ranges': 'bytes',
    'Last-Modified': object.uploaded.toUTCString(),
  });
  if (w !== undefined || format !== undefined) headers.set('X-Byline-Variant', object === original ? 'original' : 'transformed');
  if (format === 'auto') headers.set('Vary', 'Accept');
  if (noneMatch(c.req.header('If-None-Match'), object.httpEtag)) return new Response(null, { status: 304, headers });

  // A Range is honoured only against the representation the client holds (If-Range), if it names one.
  const ifRange = c.req.header('If-Range');
  const range = ifRange === undefined || ifRange === object.httpEtag ? parseRange(c.req.header('Range'), object.size) : null;
  if (range === 'unsatisfiable') {
    // A problem, not an empty body labelled as the image: the client reads why, and the size.
    throw new Problem({
      status: 416,
      type: 'range-not-satisfiable',
      title: 'Range not satisfiable',
      detail: `The range lies outside the ${object.size} bytes of this image.`,
      headers: { 'Content-Range': `bytes */${object.size}`, 'Accept-Ranges': 'bytes', ETag: object.httpEtag },
    });
  }
  if (range) headers.set('Content-Range', `bytes ${range.offset}-${range.offset + range.length - 1}/${object.size}`);
  headers.set('Content-Length', String(range ? range.length : object.size));
  const status = range ? 206 : 200;
  if (c.req.method === 'HEAD') return new Response(null, { status, headers });
  const body = await c.env.MEDIA.get(object.key, range ? { range } : undefined);
  if (!body) throw notFound(`No media has the key "${key}".`);
  return new Response(body.body, { status, headers });
};
