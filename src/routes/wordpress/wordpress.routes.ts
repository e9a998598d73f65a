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

const SyncRequestSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'Must be the http or https REST root of a WordPress site, e.g. https://site.example/wp-json.' }).max(2000),
    application_password: z.string().max(500).regex(/^[^:]+:.+$/, { error: 'Must be "user:application password".' }).optional(),
  })
  .openapi('WordPressSyncRequest');

const SyncReportSchema = z
  .object({
    site: z.string(),
    pages: z.number().int(),
    counts: z.record(z.string(), z.number().int()),
    failures: z.array(z.object({ id: z.number().int(), reason: z.string() })),
    position: z.string().nullable().openapi({ description: "The `modified` time (the site's clock) of the last post read: the next run reads what changed after it." }),
    done: z.boolean().openapi({ description: 'false: more changed posts wait; call again (the Cron Trigger does, every minute).' }),
  })
  .openapi('WordPressSyncReport');

export const syncPosts = createRoute({
  method: 'post',
  path: '/v1/admin/wordpress/sync',
  operationId: 'syncWordPress',
  tags,
  security,
  middleware: [requireRole('admin'), jsonBody()],
  summary: 'Run the live sync once',
  description:
    'What the Cron Trigger does every minute when WORDPRESS_URL is set, for the site given here: reads the posts modified since this site\'s recorded position (REST `modified_after`, a few pages at most), imports each as POST /v1/admin/wordpress/posts does (creating, updating, withdrawing trashed or unpublished posts), and records the new position. `npm run sync:wordpress` calls it until `done`.',
  request: {
    query: z.object({ dry_run: dryRunParam }),
    body: { required: true, content: { 'application/json': { schema: SyncRequestSchema } } },
  },
  responses: {
    200: { description: 'What the run did.', content: { 'application/json': { schema: z.object({ data: SyncReportSchema }).openapi('WordPressSyncReportEnvelope') } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 500, 503),
  },
});
export type SyncPostsRoute = typeof syncPosts;
