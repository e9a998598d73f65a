import { createRoute, z } from '@hono/zod-openapi';
import { ArticleSummarySchema } from '../../schemas/article';
import { limitParam, listEnvelope, movedResponse, notModifiedResponse, problemResponses } from '../../schemas/common';

export const relatedArticles = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}/related',
  operationId: 'listRelatedArticles',
  tags: ['Articles'],
  summary: 'Articles related to a published article',
  description:
    'Up to `limit` published articles, most shared tags first, then by how well they match the significant words of this headline (full-text), then newest. Never the article itself. `next_cursor` is always null: there is one page. 404 for an unknown slug, 410 when the article was withdrawn, 301 for a slug it had before a rename; the article\'s `id` works as well as its slug.',
  request: {
    params: z.object({ slug: z.string().max(200).openapi({ example: 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks' }) }),
    query: z.object({ limit: limitParam(20, 5) }),
  },
  responses: {
    200: {
      description: 'The related articles, best first.',
      content: { 'application/json': { schema: listEnvelope(ArticleSummarySchema, 'RelatedArticleList') } },
    },
    ...movedResponse('`/v1/articles/{current-slug}/related`'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 410, 500, 503),
  },
});
export type RelatedArticlesRoute = typeof relatedArticles;
