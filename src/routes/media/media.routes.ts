import { createRoute, z } from '@hono/zod-openapi';
import { VARIANT_FORMATS, VARIANT_WIDTHS } from '../../content/media-variants';
import { requireRole } from '../../middleware/auth';
import { problemResponses } from '../../schemas/common';
import { MediaEnvelopeSchema } from '../../schemas/media';

const binary = { schema: { type: 'string' as const, format: 'binary' } };

export const uploadMedia = createRoute({
  method: 'post',
  path: '/v1/admin/media',
  tags: ['Admin: media'],
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('editor')],
  summary: 'Upload an image',
  description:
    'A raw body with its Content-Type (`alt`, `caption`, `credit` as query parameters) or multipart/form-data with `file` (and those as form fields). The type is decided by the bytes: JPEG, PNG, GIF, WebP or AVIF, matching the declared type, else 415. At most 10 MB (413). The same bytes twice are stored once: 201 the first time, 200 with the same media afterwards.',
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
  tags: ['Media'],
  summary: 'Image bytes (also HEAD)',
  description:
    'Streamed from R2 with a strong ETag (If-None-Match → 304), Range (206, or 416 when unsatisfiable), `Cache-Control: public, max-age=31536000, immutable`, the stored Content-Type, `X-Content-Type-Options: nosniff` and `Content-Security-Policy: default-src \'none\'`. `w` (320, 640, 960, 1280, 1920) and `format` (auto, webp, avif) ask for a variant, made by the Cloudflare Images binding when it is configured (and kept in R2 after the first transform); without it the original is served (`X-Byline-Variant: original`).',
  request: {
    params: z.object({ key: z.string().max(128) }),
    query: z.object({
      w: z.coerce
        .number()
        .refine((w) => (VARIANT_WIDTHS as readonly number[]).includes(w), { message: `Must be one of ${VARIANT_WIDTHS.join(', ')}.` })
        .optional()
        .openapi({ type: 'integer', enum: [...VARIANT_WIDTHS] }),
      format: z.enum(VARIANT_FORMATS, { error: `Must be one of ${VARIANT_FORMATS.join(', ')}.` }).optional(),
    }),
  },
  responses: {
    200: { description: 'The image.', content: { 'image/*': binary } },
    206: { description: 'Part of the image (Range).', content: { 'image/*': binary } },
    304: { description: 'Not modified.' },
    ...problemResponses(400, 401, 403, 404, 500),
    416: { description: 'The range lies outside the image.' },
  },
});
export type ServeMediaRoute = typeof serveMedia;
