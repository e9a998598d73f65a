import { z } from '@hono/zod-openapi';
import { ROLES } from '../content/keys';
import { TimestampSchema, nullable } from './common';

/** An origin as browsers send it: scheme, host and optional port, nothing else. */
const OriginSchema = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  },
  { message: 'Must be an origin such as https://partner.example (no path, no trailing slash).' },
);

/** A key's own limit; without one, its role's default applies (README, "Rate limits"). */
export const RateLimitSchema = z
  .strictObject({
    requests: z.number().int().min(1).max(1_000_000).openapi({ description: 'Requests allowed in each window.', example: 600 }),
    period_seconds: z.number().int().min(1).max(86_400).openapi({ description: 'The window, in seconds.', example: 60 }),
  })
  .openapi('RateLimit');

export const CreateKeySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    allowed_origins: z.array(OriginSchema).max(100).default([]).openapi({ description: 'For partner keys: the origins that may use the key and embed articles.' }),
    rate_limit: RateLimitSchema.optional().openapi({ description: "The key's own limit; without it, its role's default." }),
  })
  .openapi('CreateKey');

export const KeySchema = z
  .object({
    id: z.string().openapi({ example: 'key_01hb6d3v8k4yq2f6x1n0c9m7tz' }),
    name: z.string(),
    role: z.enum(ROLES),
    allowed_origins: z.array(z.string()),
    prefix: z.string().openapi({ description: 'The public part of the secret, for recognizing it.', example: 'byl_k3j9x2m4qa' }),
    rate_limit: nullable(RateLimitSchema).openapi({ description: "The key's own limit; null: its role's default." }),
    created_at: TimestampSchema,
    revoked_at: TimestampSchema.nullable(),
  })
  .openapi('Key');

export const CreatedKeySchema = KeySchema.extend({
  secret: z.string().openapi({ description: 'Shown this once; only its SHA-256 is stored.' }),
}).openapi('CreatedKey');
