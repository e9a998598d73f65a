import { z } from '@hono/zod-openapi';
import { ROLES } from '../content/keys';
import { now } from '../content/time';
import { SYNDICATION_LEVELS } from '../syndication/rights';
import { TimestampSchema, nullable, timeInput, timeInputOpenapi } from './common';

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

// After a time it cannot take, the refinement does not run: one issue either way.
const futureTimestamp = timeInput().refine((time) => time > now(), { error: 'Is in the past; a contract must expire later than now.' });

/** A partner key's contract. Sections are checked against the stored ones by the handler (422). */
export const EntitlementsSchema = z
  .strictObject({
    sections: z.array(z.string().min(1).max(120)).max(1000).optional().openapi({ description: 'Section slugs the key receives; absent: every section.' }),
    body: z.enum(['full', 'excerpt']).default('full').openapi({ description: '`excerpt`: `body_html` and `body_text` are never sent to this key (not even with `fields`).' }),
    embargo_access: z.boolean().default(false).openapi({ description: 'Reads articles under embargo (marked with `embargoed_until`, `Cache-Control: private`).' }),
    syndication: z.array(z.enum(SYNDICATION_LEVELS)).min(1).default([...SYNDICATION_LEVELS]).openapi({ description: 'The rights levels (`rights.syndication`) the key receives; default all.' }),
    expires_at: futureTimestamp.optional().openapi(timeInputOpenapi('After it (a date: from its start, in UTC), every request with the key answers 401.')),
  })
  .openapi('Entitlements', {
    description:
      'What a partner key reads in every public route (lists, search, related, feeds, change feed, oEmbed, card); anything outside it answers 404 to that key. Cached answers are shared by keys with equal contracts, never with the public.',
  });

export const EntitlementsViewSchema = z
  .object({
    sections: z.array(z.string()).nullable(),
    body: z.enum(['full', 'excerpt']),
    embargo_access: z.boolean(),
    syndication: z.array(z.enum(SYNDICATION_LEVELS)),
    expires_at: TimestampSchema.nullable(),
  })
  .openapi('EntitlementsView', { description: 'A stored contract; `sections` null: every section.' });

export const UpdateKeySchema = z
  .strictObject({ entitlements: nullable(EntitlementsSchema) })
  .openapi('UpdateKey', { description: 'Replaces the contract whole (null: none, the key then reads the public view). Takes effect on the key\'s next request.' });

export const CreateKeySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    allowed_origins: z.array(OriginSchema).max(100).default([]).openapi({ description: 'For partner keys: the origins that may use the key and embed articles.' }),
    rate_limit: RateLimitSchema.optional().openapi({ description: "The key's own limit; without it, its role's default." }),
    entitlements: EntitlementsSchema.optional().openapi({ description: 'For partner keys: the contract. Without one the key reads the public view.' }),
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
    entitlements: nullable(EntitlementsViewSchema).openapi({ description: 'The contract; null: none (the public view).' }),
    created_at: TimestampSchema,
    revoked_at: TimestampSchema.nullable(),
  })
  .openapi('Key');

export const CreatedKeySchema = KeySchema.extend({
  secret: z.string().openapi({ description: 'Shown this once; only its SHA-256 is stored.' }),
}).openapi('CreatedKey');
