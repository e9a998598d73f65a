import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../middleware/auth';
import { jsonBody } from '../../middleware/json-body';
import { problemResponses } from '../../schemas/common';
import { ImportResultSchema, WordPressPostSchema } from '../../schemas/wordpress';

const tags = ['Admin: WordPress'];
const security = [{ bearerAuth: [] }];
// A post's content may be up to 2 MB of JSON-escaped HTML: twice the admin API's usual limit.
const MAX_POST_BYTES = 4 * 1024 * 1024;

/** `dry_run=true`: say what would change, write nothing. */
export const dryRunParam = z
  .enum(['true', 'false'], { error: 'Must be true or false.' })
  .optional()
  .transform((value) => value === 'true')
  .openapi({ type: 'string', enum: ['true', 'false'], description: 'true: answer what the import would do, and write nothing.' });

const ResultEnvelope = z.object({ data: ImportResultSchema }).openapi('WordPressImportResultEnvelope');

export const importPost = createRoute({
  method: 'post',
  path: '/v1/admin/wordpress/posts',
  operationId: 'importWordPressPost',
  tags,
  security,
  middleware: [requireRole('admin'), jsonBody(MAX_POST_BYTES)],
  summary: 'Import or re-import one WordPress post',
  description:
    'What `npm run import:wordpress` and the live sync send for each post. The post (by `site` and `id`) becomes one article, through the same write path as the admin API: revisions, the change feed and caches follow. Its content is converted (blocks removed, `[caption]` and galleries as figures, embeds as links, wpautop paragraphs) and then sanitized; its permalink, id and slugs are kept for GET /v1/resolve. Statuses: publish → published at the post\'s date, future → scheduled, draft/pending/private → draft, and a trashed or unpublished post Byline had published is withdrawn. Sending the same post again answers `unchanged` and writes nothing.',
  request: {
    query: z.object({ dry_run: dryRunParam }),
    body: { required: true, content: { 'application/json': { schema: WordPressPostSchema } } },
  },
  responses: {
    200: { description: 'Updated, withdrawn, unchanged or skipped (or, with dry_run, what would happen).', content: { 'application/json': { schema: ResultEnvelope } } },
    201: { description: 'Created a new article.', content: { 'application/json': { schema: ResultEnvelope } } },
    ...problemResponses(400, 401, 403, 409, 413, 415, 422, 500, 503),
  },
});
export type ImportPostRoute = typeof importPost;

