import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../middleware/auth';
import { jsonBody } from '../../middleware/json-body';
import { AdminArticleEnvelopeSchema } from '../../schemas/admin-article';
import { TimestampSchema, problemResponses } from '../../schemas/common';
import { PREVIEW_TTL } from '../../syndication/preview-token';

const string = { type: 'string' as const };
const previewHeaders = {
  'Cache-Control': { description: '`private, no-store`: a draft is never kept by a browser or shared cache, nor by Byline.', schema: string, required: true },
  'X-Robots-Tag': { description: '`noindex`: a preview link is never indexed.', schema: string, required: true },
  'Referrer-Policy': { description: '`no-referrer`: the link is a secret and never travels in a Referer.', schema: string, required: true },
};

const PreviewBodySchema = z
  .strictObject({
    expires_in_seconds: z
      .number({ error: `A whole number of seconds from ${PREVIEW_TTL.min} to ${PREVIEW_TTL.max}.` })
      .int({ error: `A whole number of seconds from ${PREVIEW_TTL.min} to ${PREVIEW_TTL.max}.` })
      .min(PREVIEW_TTL.min, { error: `At least ${PREVIEW_TTL.min} seconds.` })
      .max(PREVIEW_TTL.max, { error: `At most ${PREVIEW_TTL.max} seconds (7 days).` })
      .optional()
      .openapi({ default: PREVIEW_TTL.default, example: 3600 }),
  })
  .openapi('PreviewRequest');

export const PreviewLinkSchema = z
  .object({
    data: z.object({
      url: z.string().openapi({ format: 'uri', description: 'The preview page: the draft as JSON; append `/card` for the embed card.' }),
      card_url: z.string().openapi({ format: 'uri', description: 'The draft as the embed card.' }),
      expires_at: TimestampSchema,
    }),
  })
  .openapi('PreviewLink');

export const createPreview = createRoute({
  method: 'post',
  path: '/v1/admin/articles/{id}/preview',
  operationId: 'createPreview',
  tags: ['Admin: articles'],
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('editor'), jsonBody()],
  summary: 'Make a signed, expiring preview link',
  description: `A link anyone holding it can open, without a key, to see the article as it is now — draft, scheduled, published or withdrawn, always its latest saved state — as JSON and as the embed card. It expires after \`expires_in_seconds\` (default ${PREVIEW_TTL.default}, from ${PREVIEW_TTL.min} to ${PREVIEW_TTL.max}). It is signed (HMAC-SHA256), not stored: it cannot be revoked one by one; rotating \`PREVIEW_SECRET\` (or, without one, \`ADMIN_TOKEN\`) ends every link.`,
  request: {
    params: z.object({ id: z.string().max(64).openapi({ example: 'art_01hb6d3v8k4yq2f6x1n0c9m7tz' }) }),
    body: { required: false, content: { 'application/json': { schema: PreviewBodySchema } } },
  },
  responses: {
    200: { description: 'The link and when it expires.', content: { 'application/json': { schema: PreviewLinkSchema } } },
    ...problemResponses(400, 401, 403, 404, 413, 415, 422, 500, 503),
  },
});
export type CreatePreviewRoute = typeof createPreview;

const TokenParams = z.object({
  token: z.string().max(200).openapi({ description: 'The token of a link made by `POST /v1/admin/articles/{id}/preview`.', example: 'art_01hb6d3v8k4yq2f6x1n0c9m7tz.1790000000.x7…' }),
});
const previewProblems = {
  ...problemResponses(400, 403, 404, 500, 503),
  401: { ...problemResponses(401)[401], description: 'The link is expired, or not one Byline made (any byte changed).' },
};
const PREVIEW_DESCRIPTION =
  'No key needed: the signed link is the credential. Always the current state, read from D1, never cached anywhere. 401 when the link has expired or was altered; 404 when the article has since been deleted (the link was genuine, but there is nothing left to show).';

export const previewArticle = createRoute({
  method: 'get',
  path: '/preview/{token}',
  operationId: 'previewArticle',
  tags: ['Admin: articles'],
  summary: 'A draft preview, as JSON',
  description: `The article as the admin API shows it (with \`status\`). ${PREVIEW_DESCRIPTION}`,
  request: { params: TokenParams },
  responses: {
    200: { description: 'The article now.', headers: previewHeaders, content: { 'application/json': { schema: AdminArticleEnvelopeSchema } } },
    ...previewProblems,
  },
});
export type PreviewArticleRoute = typeof previewArticle;

export const previewCard = createRoute({
  method: 'get',
  path: '/preview/{token}/card',
  operationId: 'previewCard',
  tags: ['Admin: articles'],
  summary: 'A draft preview, as the embed card',
  description: `The card \`/embed/{slug}\` will show once it is published, framed only by Byline itself. ${PREVIEW_DESCRIPTION}`,
  request: { params: TokenParams },
  responses: {
    200: { description: 'The card.', headers: previewHeaders, content: { 'text/html': { schema: string } } },
    ...previewProblems,
  },
});
export type PreviewCardRoute = typeof previewCard;
