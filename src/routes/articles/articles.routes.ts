import { createRoute, z } from '@hono/zod-openapi';
import { ARTICLE_FIELDS, ArticleEnvelopeSchema, ArticleSummarySchema } from '../../schemas/article';
import {
  cursorParam,
  limitParam,
  listEnvelope,
  notModifiedResponse,
  problemResponses,
  repeatableParam,
  singleParam,
  timeParam,
} from '../../schemas/common';
import { TIMESTAMP_PATTERN } from '../../content/time';

const tags = ['Articles'];

/** `fields=headline,url`: a comma list of top-level article fields. */
const fieldsParam = z
  .string()
  .transform((value, ctx) => {
    const fields = value.split(',').map((field) => field.trim()).filter(Boolean);
    const unknown = fields.filter((field) => !ARTICLE_FIELDS.includes(field));
    if (fields.length === 0 || unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown field${unknown.length === 1 ? '' : 's'} ${unknown.join(', ') || '(none given)'}; choose from ${ARTICLE_FIELDS.join(', ')}.`,
      });
      return z.NEVER;
    }
    return fields;
  })
  .optional()
  .openapi({ type: 'string', example: 'slug,headline,url,published_at', description: 'Comma list of top-level fields to return.' });

export const ListArticlesQuerySchema = z.object({
  section: singleParam('A section slug.'),
  tag: repeatableParam('A tag slug; repeat it and every one must match.'),
  author: singleParam('An author slug.'),
  since: timeParam('since'),
  until: timeParam('until'),
  limit: limitParam(100, 20),
  cursor: cursorParam('articles', (position) =>
    position.length === 2 && typeof position[0] === 'string' && TIMESTAMP_PATTERN.test(position[0]) && typeof position[1] === 'string'),
  fields: fieldsParam,
});

export const listArticles = createRoute({
  method: 'get',
  path: '/v1/articles',
  tags,
  summary: 'List published articles, newest first',
  description:
    'Keyset-paginated: pass `next_cursor` back as `cursor` until it is null. Pages neither skip nor repeat, even when articles share a `published_at`. `since` and `until` bound `published_at` inclusively.',
  request: { query: ListArticlesQuerySchema },
  responses: {
    200: {
      description: 'A page of articles.',
      content: { 'application/json': { schema: listEnvelope(ArticleSummarySchema, 'ArticleList') } },
    },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500, 503),
  },
});
export type ListArticlesRoute = typeof listArticles;

export const getArticle = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}',
  tags,
  summary: 'Get one published article',
  request: {
    params: z.object({ slug: z.string().max(200).openapi({ example: 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks' }) }),
    query: z.object({ fields: fieldsParam }),
  },
  responses: {
    200: { description: 'The article.', content: { 'application/json': { schema: ArticleEnvelopeSchema } } },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 410, 500, 503),
  },
});
export type GetArticleRoute = typeof getArticle;
