import { createRoute, z } from '@hono/zod-openapi';
import { TimestampSchema, cursorParam, limitParam, notModifiedResponse, problemResponses } from '../../schemas/common';

export const ChangeSchema = z
  .object({
    id: z.string().openapi({ description: 'The article id.', example: 'art_01hb6d3v8k4yq2f6x1n0c9m7tz' }),
    slug: z.string(),
    change: z.enum(['upsert', 'corrected', 'withdrawn', 'deleted']).openapi({
      description:
        '`corrected` is an `upsert` whose write appended a correction: refetch the article as on `upsert` (its `corrections` list has grown).',
    }),
    version: z.number().int(),
    at: TimestampSchema,
    previous_slug: z.string().nullable().openapi({
      description:
        'On the entry of a rename, the slug this feed last gave for the article (it now answers 301 to `slug`); null on every other entry.',
      example: null,
    }),
  })
  .openapi('Change');

export const listChanges = createRoute({
  method: 'get',
  path: '/v1/changes',
  operationId: 'listChanges',
  tags: ['Changes'],
  summary: "The change feed for partners' mirrors",
  description:
    'Oldest first. `next_cursor` is always the position after the last change returned (or the one you sent, when there is nothing new): store it and poll with it. `has_more` says whether more changes are waiting right now. Following cursors never skips or repeats a change. On `upsert` or `corrected`, fetch `/v1/articles/{slug}` (or `/v1/articles/{id}`); on `withdrawn` or `deleted`, remove the article. `previous_slug` is set when the article was renamed since the feed last named it. With a partner key the feed is cut to its contract: the changes that leave an article inside it, and one `deleted` entry when a write takes an article out of it (another section or rights level); articles the contract never covered are never named. Articles under embargo appear only for contracts with `embargo_access`; the public hears of one when its embargo is lifted.',
  request: {
    query: z.object({
      limit: limitParam(1000, 100),
      cursor: cursorParam('changes', (p) => p.length === 1 && typeof p[0] === 'number' && Number.isInteger(p[0]) && p[0] >= 0),
    }),
  },
  responses: {
    200: {
      description: 'A page of changes.',
      content: {
        'application/json': {
          schema: z
            .object({ data: z.array(ChangeSchema), next_cursor: z.string(), has_more: z.boolean() })
            .openapi('ChangeList'),
        },
      },
    },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500, 503),
  },
});
export type ListChangesRoute = typeof listChanges;
