import { createRoute, z } from '@hono/zod-openapi';
import { TIMESTAMP_PATTERN } from '../../content/time';
import { requireRole } from '../../middleware/auth';
import { jsonBody } from '../../middleware/json-body';
import {
  AdminArticleEnvelopeSchema,
  AdminArticleSummarySchema,
  CreateArticleSchema,
  PublishArticleSchema,
  RevisionSchema,
  UpdateArticleSchema,
  WithdrawArticleSchema,
} from '../../schemas/admin-article';
import { cursorParam, limitParam, listEnvelope, notModifiedResponse, problemResponses } from '../../schemas/common';

const tags = ['Admin: articles'];
const security = [{ bearerAuth: [] }];
const editor = [requireRole('editor'), jsonBody()];

const IdParams = z.object({ id: z.string().max(64).openapi({ example: 'art_01hb6d3v8k4yq2f6x1n0c9m7tz' }) });
const IfMatchHeader = z.object({
  'if-match': z.string().optional().openapi({ description: 'The version you last read, in quotes: "3".', example: '"3"' }),
});
function articleResponse<S extends 200 | 201>(status: S, description: string) {
  const response = {
    description,
    headers: z.object({
      ETag: z.string().openapi({ description: 'The version, for If-Match.' }),
      ...(status === 201 ? { Location: z.string().openapi({ description: 'The new article: `/v1/admin/articles/{id}`.' }) } : {}),
    }),
    content: { 'application/json': { schema: AdminArticleEnvelopeSchema } },
  };
  return { [status]: response } as Record<S, typeof response>;
}
const writeProblems = problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 500, 503);

export const createArticle = createRoute({
  method: 'post',
  path: '/v1/admin/articles',
  operationId: 'createArticle',
  tags,
  security,
  middleware: editor,
  summary: 'Create an article',
  description: 'A draft unless `status` is `published` (published now) or `publish_at` is given (scheduled). The slug is made from the headline when absent, with a numeric suffix when taken (`-2`, `-3`…, also when creates race); an explicit slug that is taken answers 409. A `publish_at` must be later than the time of the write: a past one answers 422 on `publish_at` (send `status: "published"` to publish now).',
  request: { body: { required: true, content: { 'application/json': { schema: CreateArticleSchema } } } },
  responses: { ...articleResponse(201, 'Created.'), ...problemResponses(400, 401, 403, 409, 413, 415, 422, 500, 503) },
});
export type CreateArticleRoute = typeof createArticle;

export const listArticles = createRoute({
  method: 'get',
  path: '/v1/admin/articles',
  operationId: 'listAdminArticles',
  tags,
  security,
  middleware: editor,
  summary: 'List articles in every state',
  description: 'Most recently changed first; deleted articles are left out.',
  request: {
    query: z.object({
      status: z.enum(['draft', 'scheduled', 'published', 'withdrawn']).optional(),
      limit: limitParam(100, 20),
      cursor: cursorParam('admin-articles', (p) => p.length === 2 && typeof p[0] === 'string' && TIMESTAMP_PATTERN.test(p[0]) && typeof p[1] === 'string'),
    }),
  },
  responses: {
    200: { description: 'A page of articles.', content: { 'application/json': { schema: listEnvelope(AdminArticleSummarySchema, 'AdminArticleList') } } },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500),
  },
});
export type ListArticlesRoute = typeof listArticles;

export const getArticle = createRoute({
  method: 'get',
  path: '/v1/admin/articles/{id}',
  operationId: 'getAdminArticle',
  tags,
  security,
  middleware: editor,
  summary: 'Get one article in any state',
  description: 'With its workflow fields (`status`, `publish_at`, `withdrawn_reason`, `created_at`); the ETag is its version, for `If-Match`. Deleted articles answer 404.',
  request: { params: IdParams },
  responses: { ...articleResponse(200, 'The article.'), ...notModifiedResponse, ...problemResponses(400, 401, 403, 404, 500) },
});
export type GetArticleRoute = typeof getArticle;

export const updateArticle = createRoute({
  method: 'patch',
  path: '/v1/admin/articles/{id}',
  operationId: 'updateArticle',
  tags,
  security,
  middleware: editor,
  summary: 'Update an article (partial)',
  description: 'Needs `If-Match: "<version>"`: 428 without it, 412 when another write came first. `If-Match: *` applies the change to whatever version is current, re-read and re-applied if another write lands first (503 only if that keeps happening). On success `version` is one higher and so is the ETag, unless the body changes nothing (every field it gives as the article already has it): then the answer is the article as it is, with no new version, revision, change-feed entry or webhook. A `publish_at` must be later than the time of the write (422 on `publish_at` otherwise; to publish now, publish instead), and scheduling an article that is already published answers 409: withdraw it first, so a live article never leaves the public reads by being scheduled. A `correction` is appended to the article\'s public `corrections` (with this write\'s time), also when it is already published (then it is a new version); 422 on `correction` when the article was never published.',
  request: {
    params: IdParams,
    headers: IfMatchHeader,
    body: { required: true, content: { 'application/json': { schema: UpdateArticleSchema } } },
  },
  responses: { ...articleResponse(200, 'Updated.'), ...writeProblems, ...problemResponses(428) },
});
export type UpdateArticleRoute = typeof updateArticle;

export const publishArticle = createRoute({
  method: 'post',
  path: '/v1/admin/articles/{id}/publish',
  operationId: 'publishArticle',
  tags,
  security,
  middleware: editor,
  summary: 'Publish now, or schedule with publish_at',
  description: 'Without a body (or with `{}`) the article is published now; with `publish_at` it is scheduled and the Cron Trigger publishes it once due. Publishing an article that is already published (or scheduling it for the time it is already scheduled for) changes nothing: 200 with the article as it is, no new version. `If-Match` is optional here: when sent, a stale version answers 412; without it (or with `*`) a race with another write is re-read and retried, never a 412. A `publish_at` must be later than the time of the write (422 on `publish_at` otherwise; to publish now, publish instead), and scheduling an article that is already published answers 409: withdraw it first, so a live article never leaves the public reads by being scheduled. A `correction` is appended to the article\'s public `corrections` (with this write\'s time), also when it is already published (then it is a new version); 422 on `correction` when the article was never published.',
  request: {
    params: IdParams,
    headers: IfMatchHeader,
    body: { required: false, content: { 'application/json': { schema: PublishArticleSchema } } },
  },
  responses: { ...articleResponse(200, 'Published or scheduled.'), ...writeProblems },
});
export type PublishArticleRoute = typeof publishArticle;

export const withdrawArticle = createRoute({
  method: 'post',
  path: '/v1/admin/articles/{id}/withdraw',
  operationId: 'withdrawArticle',
  tags,
  security,
  middleware: editor,
  summary: 'Withdraw a published article',
  description: 'Public reads of it then answer 410 with the reason. 409 unless the article is published (also for the losers of simultaneous withdrawals). `If-Match` is optional; without it a race is retried, never a 412.',
  request: {
    params: IdParams,
    headers: IfMatchHeader,
    body: { required: true, content: { 'application/json': { schema: WithdrawArticleSchema } } },
  },
  responses: { ...articleResponse(200, 'Withdrawn.'), ...writeProblems },
});
export type WithdrawArticleRoute = typeof withdrawArticle;

export const deleteArticle = createRoute({
  method: 'delete',
  path: '/v1/admin/articles/{id}',
  operationId: 'deleteArticle',
  tags,
  security,
  middleware: editor,
  summary: 'Delete an article (soft)',
  description: 'The article disappears from every read; its revisions stay. `If-Match` is optional; without it a race is retried, never a 412 (an article already deleted answers 404).',
  request: { params: IdParams, headers: IfMatchHeader },
  responses: { 204: { description: 'Deleted.' }, ...problemResponses(400, 401, 403, 404, 412, 500, 503) },
});
export type DeleteArticleRoute = typeof deleteArticle;

export const listRevisions = createRoute({
  method: 'get',
  path: '/v1/admin/articles/{id}/revisions',
  operationId: 'listArticleRevisions',
  tags,
  security,
  middleware: editor,
  summary: 'Every saved version of an article, newest first',
  description: 'Each revision holds the full stored state at that version, which key wrote it and when. Deleted articles keep theirs.',
  request: {
    params: IdParams,
    query: z.object({
      limit: limitParam(100, 20),
      cursor: cursorParam('revisions', (p) => p.length === 1 && typeof p[0] === 'number'),
    }),
  },
  responses: {
    200: { description: 'A page of revisions.', content: { 'application/json': { schema: listEnvelope(RevisionSchema, 'RevisionList') } } },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 500),
  },
});
export type ListRevisionsRoute = typeof listRevisions;
