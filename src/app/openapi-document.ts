import { PROBLEM_CONTENT_TYPE } from './problem';
import type { AppOpenAPI } from './types';

/**
 * What every operation shares, added to the generated document in one place so that a route
 * declares only what is its own (parameters, bodies, statuses): security by path, the response
 * headers the app's middleware sets, `If-None-Match` and 304 on every GET, 405 everywhere, and
 * the declared tags. test/node/openapi-lint.test.ts holds the result to redocly and Spectral.
 */

type Document = ReturnType<AppOpenAPI['getOpenAPI31Document']>;
type Operation = NonNullable<NonNullable<Document['paths']>[string]['get']>;
type Response = NonNullable<Operation['responses']>[string];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const string = { type: 'string' as const };

/** Every tag an operation may carry; an operation with any other fails Spectral's operation-tag-defined. */
export const TAGS = [
  { name: 'Articles', description: 'Published articles: lists, search, one article, related articles.' },
  { name: 'Taxonomies', description: 'Sections, tags and authors with their counts of published articles.' },
  { name: 'Changes', description: "The change feed for partners' mirrors." },
  { name: 'Feeds', description: 'JSON Feed, RSS and sitemaps.' },
  { name: 'Embedding', description: 'oEmbed, the embeddable card and its loader.' },
  { name: 'Media', description: 'Image bytes and their variants.' },
  { name: 'Agents', description: 'The MCP server, for assistants and agents.' },
  { name: 'Documentation', description: 'This reference and the problem types.' },
  { name: 'Operations', description: 'Health of Byline and its bindings.' },
  { name: 'Admin: articles', description: 'Writing, publishing and withdrawing articles (editor or admin key).' },
  { name: 'Admin: media', description: 'Uploading images (editor or admin key).' },
  { name: 'Admin: keys', description: 'API keys (admin key).' },
  { name: 'Admin: WordPress', description: 'Importing and syncing posts from WordPress (admin key).' },
  { name: 'Admin: webhooks', description: 'Webhooks, their delivery log and the kill notices of articles (admin key).' },
];

const HEADERS = {
  'X-Request-Id': { description: "This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem.", schema: string },
  ETag: { description: 'A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`).', schema: string },
  'Cache-Control': { description: 'How long browsers and shared caches may keep it.', schema: string },
  'Cache-Status': {
    description: 'RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served.',
    schema: string,
  },
  Location: { description: 'Where the resource is (a redirect target, or what was created).', schema: string },
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' as const, minimum: 0 } },
  Allow: { description: 'The methods this path answers.', schema: string },
  'RateLimit-Policy': {
    description: 'draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests.',
    schema: string,
  },
  'X-D1-Bookmark': {
    description: 'The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas).',
    schema: string,
  },
  'Cache-Tag': { description: "Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches.", schema: string },
  'CDN-Cache-Control': { description: 'How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark).', schema: string },
  RateLimit: {
    description: 'draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429.',
    schema: string,
  },
};
type HeaderName = keyof typeof HEADERS;

// Any request may carry the bookmark an admin write answered (src/app/d1-sessions.ts).
const D1_BOOKMARK = {
  name: 'X-D1-Bookmark',
  in: 'header' as const,
  required: false,
  description: 'A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark.',
  schema: string,
};

// Inline rather than a $ref, so that whoever reads `parameters` finds names on every entry.
const IF_NONE_MATCH = {
  name: 'If-None-Match',
  in: 'header' as const,
  required: false,
  description: 'An `ETag` you hold: 304 without a body when it is still current.',
  schema: string,
};

/**
 * The header object for `name`, inline (openapi-typescript types a `$ref`'d header as always
 * present), `required` where every such answer carries it.
 */
const header = (name: HeaderName, required = false) => ({ ...HEADERS[name], required });

/** Adds `name` to a response's headers unless the route declared it itself (in any case). */
function addHeader(response: Exclude<Response, { $ref: string }>, name: HeaderName, required = false): void {
  response.headers ??= {};
  if (Object.keys(response.headers).some((declared) => declared.toLowerCase() === name.toLowerCase())) return;
  response.headers[name] = header(name, required);
}

/** The headers a response carries, by the operation's method and its status. */
function completeResponse(response: Response, method: string, status: string, isPublic: boolean): void {
  if ('$ref' in response) return;
  // The request-id middleware answers every request; the ETag middleware tags every GET's 200.
  addHeader(response, 'X-Request-Id', true);
  if (method === 'get' && (status.startsWith('2') || status === '304')) {
    addHeader(response, 'ETag', status.startsWith('2'));
    addHeader(response, 'Cache-Control', status.startsWith('2'));
    if (isPublic) {
      addHeader(response, 'Cache-Status');
      if (status === '200') {
        addHeader(response, 'Cache-Tag');
        addHeader(response, 'CDN-Cache-Control');
      }
    }
  }
  if (!isPublic && status.startsWith('2')) addHeader(response, 'X-D1-Bookmark');
  if (status.startsWith('3') && status !== '304') addHeader(response, 'Location', true);
  if (status === '429' || status === '503') addHeader(response, 'Retry-After', status === '429');
  if (status !== '429') {
    addHeader(response, 'RateLimit-Policy');
    addHeader(response, 'RateLimit');
  }
}

/** Security, conditional GETs, 405 and headers for one operation. */
function completeOperation(operation: Operation, method: string, path: string): void {
  operation.responses ??= {};
  const responses = operation.responses;
  const isPublic = !path.startsWith('/v1/admin/');
  // Public reads need no key; a partner key, when sent, is checked (its origins, its contract).
  operation.security ??= isPublic ? [{}, { partnerKey: [] }] : [{ bearerAuth: [] }];
  // Only a GET that can answer 2xx can answer 304 (GET /v1/resolve only redirects).
  if (method === 'get' && Object.keys(responses).some((status) => status.startsWith('2'))) {
    const parameters = operation.parameters ?? [];
    if (!parameters.some((p) => 'name' in p && p.name.toLowerCase() === 'if-none-match')) {
      operation.parameters = [...parameters, IF_NONE_MATCH];
    }
    responses['304'] ??= { description: 'Not modified: the `If-None-Match` ETag is current.' };
  }
  if (!(operation.parameters ?? []).some((p) => 'name' in p && p.name === D1_BOOKMARK.name)) {
    operation.parameters = [...(operation.parameters ?? []), D1_BOOKMARK];
  }
  responses['400'] ??= { $ref: '#/components/responses/BadBookmark' };
  responses['405'] ??= { $ref: '#/components/responses/MethodNotAllowed' };
  // Any request can be rate limited: a key's by its limit, a keyless one per IP when that is on.
  responses['429'] ??= { $ref: '#/components/responses/RateLimited' };
  // Any request can meet a storage outage: a key is checked and counted in D1, media lives in R2.
  responses['503'] ??= { $ref: '#/components/responses/ServiceUnavailable' };
  for (const [status, response] of Object.entries(responses)) completeResponse(response, method, status, isPublic);
}

/** The generated document with what every operation shares (see the top of this file). */
export function completeDocument(generated: Document): Document {
  // The generator hands out the routes' own response objects (notModifiedResponse is shared):
  // complete a copy, or one operation's headers would leak into another's.
  const document = structuredClone(generated);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) completeOperation(operation, method, path);
    }
  }
  document.components ??= {};
  const components = document.components;
  components.responses = {
    ...components.responses,
    MethodNotAllowed: {
      description: 'This path does not answer that method; `Allow` lists the ones it does.',
      headers: { Allow: header('Allow', true), 'X-Request-Id': header('X-Request-Id', true) },
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    },
    ServiceUnavailable: {
      description: 'D1, KV or R2 failed or did not answer in time, and nothing cached could answer instead: nothing was changed; retry after `Retry-After` seconds.',
      headers: { 'Retry-After': header('Retry-After', true), 'X-Request-Id': header('X-Request-Id', true) },
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    },
    BadBookmark: {
      description: 'Invalid request: `X-D1-Bookmark` is not a bookmark (`errors[0].path` names it).',
      headers: { 'X-Request-Id': header('X-Request-Id', true) },
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    },
    RateLimited: {
      description: 'Rate limited: wait `Retry-After` seconds. `RateLimit-Policy` gives the limit, `RateLimit` its state.',
      headers: {
        'Retry-After': header('Retry-After', true),
        'RateLimit-Policy': header('RateLimit-Policy', true),
        RateLimit: header('RateLimit', true),
        'X-Request-Id': header('X-Request-Id', true),
      },
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    },
  };
  document.tags = TAGS;
  return document;
}
