import { z } from '@hono/zod-openapi';
import { TimestampSchema } from './common';
import { plainText } from './text';

export const MediaSchema = z
  .object({
    id: z.string().openapi({ example: 'med_01hb6d3v8k4yq2f6x1n0c9m7tz' }),
    key: z.string().openapi({ description: 'The SHA-256 of the bytes: the R2 key.' }),
    url: z.string().openapi({ format: 'uri' }),
    content_type: z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif']),
    byte_size: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    created_at: TimestampSchema,
  })
  .openapi('Media');

export const MediaEnvelopeSchema = z.object({ data: MediaSchema }).openapi('MediaEnvelope');

/** The text fields of an upload: query parameters for a raw body, form fields for multipart. */
export const MediaFieldsSchema = z.strictObject({
  alt: plainText(1000, 1, 'Describe the image: alt is required.'),
  caption: plainText(2000).optional(),
  credit: plainText(500).optional(),
});
