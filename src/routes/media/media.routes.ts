import { createRoute, z } from '@hono/zod-openapi';
import { VARIANT_FORMATS, VARIANT_WIDTHS } from '../../content/media-variants';
import { requireRole } from '../../middleware/auth';
import { problemResponses } from '../../schemas/common';
import { MediaEnvelopeSchema } from '../../schemas/media';

const binary = { schema: { type: 'string' as const, format: 'binary' } };
const header = (description: string) => ({ description, schema: { type: 'string' as const } });
const imageHeaders = {
  ETag: header('Strong: R2\'s etag of the bytes served.'),
  'Cache-Control': header('public, max-age=31536000, immutable'),
  'X-Byline-Variant': header('`transformed` or `original`, when `w` or `format` was asked.'),
  Vary: header('`Accept`, when `format=auto`.'),
};

export const uploadMedia = createRoute({
  method: 'post',
  path: '/v1/admin/media',
  operationId: 'uploadMedia',
  tags: ['Admin: media'],
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('editor')],
  summary: 'Upload an image',
  description:
    'A raw body with its Content-Type (`alt`, `caption`, `credit` as query parameters) or multipart/form-data with `file` (and those as form fields). The type is decided by the bytes: JPEG, PNG, GIF, WebP or AVIF, matching the declared type (a multipart file labelled `application/octet-stream`, or not at all, is judged by its bytes alone), else 415. Only a whole file is taken: one cut short, or a header without its image data (a PNG needs IDAT and IEND, a JPEG a scan and its end, a GIF an image and its trailer, a WebP a RIFF as long as it says, an AVIF its mdat), is 415. Width and height come from the file\'s header: at most 12,000 pixels a side and 100 megapixels in all (Cloudflare Images\' limits, so every original can be transformed), else 422 naming `file`. At most 10 MiB (413, from Content-Length before reading, or as soon as a streamed body passes it). The R2 key is the SHA-256 of the bytes, so the same bytes twice are stored once: 201 the first time, 200 with the same media (its first alt, caption and credit) afterwards.',
  request: {
    query: z.object({
      alt: z.string().optional().openapi({ description: 'Required (here or as a form field).' }),
      caption: z.string().optional(),
      credit: z.string().optional(),
    }),
    body: {
      required: true,
      content: {
        'image/jpeg': binary,
        'image/png': binary,
        'image/gif': binary,
        'image/webp': binary,
        'image/avif': binary,
        'multipart/form-data': {
          schema: {
            type: 'object' as const,
            required: ['file', 'alt'],
            properties: { file: { type: 'string' as const, format: 'binary' }, alt: { type: 'string' as const }, caption: { type: 'string' as const }, credit: { type: 'string' as const } },
          },
        },
      },
    },
  },
  responses: {
    201: { description: 'Stored.', content: { 'application/json': { schema: MediaEnvelopeSchema } } },
    200: { description: 'These bytes were stored before: the existing media.', content: { 'application/json': { schema: MediaEnvelopeSchema } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 500),
  },
});
export type UploadMediaRoute = typeof uploadMedia;

export const serveMedia = createRoute({
  method: 'get',
  path: '/media/{key}',
  operationId: 'getMedia',
  tags: ['Media'],
  summary: 'Image bytes (also HEAD)',
  description:
    'Streamed from R2 with a strong ETag (If-None-Match → 304), a single Range (206; `bytes=a-b`, `bytes=a-`, `bytes=-n`; 416 with `Content-Range: bytes */size` when unsatisfiable; If-Range honoured), `Accept-Ranges: bytes`, `Cache-Control: public, max-age=31536000, immutable`, the stored Content-Type, `X-Content-Type-Options: nosniff` and `Content-Security-Policy: default-src \'none\'`. HEAD answers the same headers without a body. `w` (320, 640, 960, 1280, 1920; never enlarged) and `format` (`auto` negotiated from Accept with `Vary: Accept`, `webp`, `avif`) ask for a variant, made by the Cloudflare Images binding when it is configured and kept in R2 after the first transform (`X-Byline-Variant: transformed`); without the binding, or when it cannot make one, the original is served (`X-Byline-Variant: original`).',
  request: {
    // Any string: a key that is not 64 hex digits is simply not found (404), like an unknown one.
    params: z.object({ key: z.string() }),
    query: z.object({
      // Exactly as written in srcset: `w=0320` or `w=3.2e2` would be the same variant under another URL.
      w: z
        .string()
        .refine((w) => VARIANT_WIDTHS.some((width) => String(width) === w), { message: `Must be one of ${VARIANT_WIDTHS.join(', ')}.` })
        .transform(Number)
        .optional()
        .openapi({ type: 'integer', enum: [...VARIANT_WIDTHS] }),
      format: z.enum(VARIANT_FORMATS, { error: `Must be one of ${VARIANT_FORMATS.join(', ')}.` }).optional(),
    }),
  },
  responses: {
    200: { description: 'The image.', headers: imageHeaders, content: { 'image/*': binary } },
    206: { description: 'Part of the image (Range), with Content-Range.', headers: imageHeaders, content: { 'image/*': binary } },
    304: { description: 'Not modified: If-None-Match names the current ETag.' },
    ...problemResponses(400, 401, 403, 404, 416, 500),
  },
});
export type ServeMediaRoute = typeof serveMedia;
