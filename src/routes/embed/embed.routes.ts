import { createRoute, z } from '@hono/zod-openapi';
import { IGNORES_QUERY } from '../../app/query-params';
import { movedResponse, notModifiedResponse, problemResponses, wholeNumberParam } from '../../schemas/common';

const tags = ['Embedding'];

const dimension = (name: string) =>
  wholeNumberParam(50, 4000, `${name} must be a whole number of pixels from 50 to 4000.`)
    .optional()
    .openapi({ type: 'integer', minimum: 50, maximum: 4000 });

/** A partner key's public prefix, as `GET /v1/admin/keys` lists it: never its secret. */
const partnerKeyPrefix = z.string().regex(/^byl_[a-z0-9]{10}$/, { error: "key must be a partner key's public prefix (byl_ and 10 letters or digits)." });

export const OEmbedSchema = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    title: z.string(),
    author_name: z.string().optional(),
    author_url: z.string().optional(),
    provider_name: z.string(),
    provider_url: z.string(),
    cache_age: z.number().int(),
    html: z.string().openapi({ description: 'An iframe of the card plus the loader script that sizes it.' }),
    width: z.number().int(),
    height: z.number().int(),
    thumbnail_url: z.string().optional(),
    thumbnail_width: z.number().int().optional(),
    thumbnail_height: z.number().int().optional(),
  })
  .openapi('OEmbed');

export const oembed = createRoute({
  method: 'get',
  path: '/oembed',
  operationId: 'getOEmbed',
  tags,
  summary: 'oEmbed 1.0 provider (type rich)',
  description:
    '`url` is an article\'s canonical `url` or its API URL (`/v1/articles/{slug}`). With `key` (a partner key\'s public prefix) the `html` embeds the card for that key, so that its origins may frame it; without one only Byline itself may (any site when EMBEDS_PUBLIC is "true"). JSON only: `format=xml` answers 501. Anything not public (unknown, draft, scheduled, deleted) answers 404 with one body whatever the reason, withdrawn 410. When several articles share a `url`, the published one answers. A URL a renamed article had before (its old API URL, or a canonical URL the rename changed) answers 301 to this endpoint with `url` naming it as it is now.',
  request: {
    query: z.object({
      url: z.string({ error: 'Give the URL of an article.' }).min(1).max(2000),
      format: z.enum(['json', 'xml'], { error: 'format must be json (xml is not implemented).' }).default('json'),
      maxwidth: dimension('maxwidth'),
      maxheight: dimension('maxheight'),
      dnt: z.string().optional().openapi({ description: 'Do Not Track, which WordPress adds to every oEmbed request; accepted and ignored, as nothing is tracked.' }),
      key: partnerKeyPrefix.optional().openapi({ description: "A partner key's public prefix (byl_…): the `html`'s card then lets that key's origins frame it." }),
    }),
  },
  responses: {
    200: { description: 'The oEmbed answer.', content: { 'application/json': { schema: OEmbedSchema } } },
    ...movedResponse('`/oembed` with `url` naming the article as it is now'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 410, 500, 503),
    501: { description: 'format=xml is not implemented.', content: { 'application/problem+json': { schema: z.object({}).passthrough() } } },
  },
});
export type OEmbedRoute = typeof oembed;

const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });
/** A notice card for browsers, or the problem+json (410: with `slug` and `withdrawn_reason`) for anyone else. */
const notice = <S extends 404 | 410>(status: S, description: string) => ({
  description,
  content: { ...html(description).content, ...problemResponses(status)[status].content },
});

export const card = createRoute({
  method: 'get',
  path: '/embed/{slug}',
  operationId: 'getEmbedCard',
  tags,
  summary: 'The embeddable card',
  description:
    "A self-contained HTML page (under 15 KB, inline CSS, no third-party requests) that posts its height to its parent. `Content-Security-Policy` allows images from Byline only, the inline style and script by hash, and `frame-ancestors` = the allowed origins of the partner key whose public prefix is given as `key` (`'none'` for an unknown or revoked key), `'self'` without a key: an unkeyed card names no partner. Any origin when EMBEDS_PUBLIC is \"true\". A slug the article had before a rename answers 301 to its current one.",
  request: {
    params: z.object({ slug: z.string().max(200) }),
    query: z.object({
      theme: z.enum(['light', 'dark', 'auto']).default('auto'),
      key: z.string().max(64).optional().openapi({ description: "A partner key's public prefix (byl_…), never its secret." }),
    }),
  },
  responses: {
    200: html('The card.'),
    ...movedResponse('`/embed/{current-slug}`'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500, 503),
    404: notice(404, 'A "not available" card (problem+json unless the client accepts HTML).'),
    410: notice(410, 'A "withdrawn" card (problem+json unless the client accepts HTML).'),
  },
});
export type CardRoute = typeof card;

export const loader = createRoute({
  method: 'get',
  path: '/embed.js',
  operationId: 'getEmbedLoader',
  tags,
  summary: 'The partner loader',
  description:
    'An element `<div data-byline-article="SLUG"></div>` on a page that loads this script (async) becomes the card. Optional `data-theme` (light|dark) and `data-key` (a partner key\'s public prefix). The one route that ignores query parameters rather than refusing unknown ones: no parameter changes the script, and pages add cache-busters (`?v=3`, jQuery\'s `?_=…`).',
  [IGNORES_QUERY]: true,
  responses: {
    200: { description: 'The script.', content: { 'text/javascript': { schema: z.string() } } },
    ...notModifiedResponse,
    ...problemResponses(401, 403, 500),
  },
});
export type LoaderRoute = typeof loader;
