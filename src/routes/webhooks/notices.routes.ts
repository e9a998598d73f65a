import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../middleware/auth';
import { notModifiedResponse, problemResponses } from '../../schemas/common';
import { NoticeSchema } from '../../schemas/webhooks';

export const listNotices = createRoute({
  method: 'get',
  path: '/v1/admin/articles/{id}/notices',
  operationId: 'listKillNotices',
  tags: ['Admin: webhooks'],
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('admin')],
  summary: "Who was told to take the article down, and their receipts",
  description:
    'Per webhook (partner) subscribed to `article.withdrawn` or `article.deleted`, the notice of each withdrawal or deletion of this article: acknowledged (the partner answered 2xx) and when, or still failing (attempts, last error, next retry), or given up after every attempt. All of them in one page, oldest event first.',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: {
      description: 'The notices, oldest event first.',
      content: { 'application/json': { schema: z.object({ data: z.array(NoticeSchema), next_cursor: z.null() }).openapi('KillNoticeList') } },
    },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 500),
  },
});
export type ListNoticesRoute = typeof listNotices;
