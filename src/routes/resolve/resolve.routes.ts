import { createRoute, z } from '@hono/zod-openapi';
import { movedResponse, problemResponses } from '../../schemas/common';

export const resolveUrl = createRoute({
  method: 'get',
  path: '/v1/resolve',
  operationId: 'resolveUrl',
  tags: ['Articles'],
  summary: 'Find the article for an old URL',
  description:
    'For redirecting an old site: `url` is a permalink of an imported WordPress post (`https://old.example/2013/01/10/a-post/`), a `?p=123` URL (or just `?p=123`), a slug the post or article had (current or old), or an article\'s canonical URL, current or before a rename. Answers 301 to `/v1/articles/{slug}`; 404 when no public article has that address (drafts, scheduled and deleted articles included), 410 when the article was withdrawn.',
  request: {
    query: z.object({
      url: z.string({ error: 'Give the old address as url.' }).trim().min(1, { error: 'Give the old address as url.' }).max(2000).openapi({ example: 'https://old.example.com/2013/01/10/kenya-haiti/' }),
    }),
  },
  responses: {
    ...movedResponse('`/v1/articles/{slug}` of the article the address names'),
    ...problemResponses(400, 401, 403, 404, 410, 500, 503),
  },
});
export type ResolveUrlRoute = typeof resolveUrl;
