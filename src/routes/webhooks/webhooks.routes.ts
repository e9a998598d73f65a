import { createRoute, z } from '@hono/zod-openapi';
import { TIMESTAMP_PATTERN } from '../../content/time';
import { requireRole } from '../../middleware/auth';
import { jsonBody } from '../../middleware/json-body';
import { cursorParam, limitParam, listEnvelope, notModifiedResponse, problemResponses } from '../../schemas/common';
import { CreateWebhookSchema, CreatedWebhookSchema, DeliverySchema, WebhookSchema } from '../../schemas/webhooks';

const tags = ['Admin: webhooks'];
const security = [{ bearerAuth: [] }];
const admin = [requireRole('admin'), jsonBody()];
const idParam = z.object({ id: z.string().max(64) });

export const createWebhook = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks',
  operationId: 'createWebhook',
  tags,
  security,
  middleware: admin,
  summary: 'Subscribe a URL to article events',
  description:
    'Each event is POSTed as `{ type, timestamp, data: { id, slug, version, url, headline, change, previous_slug } }`, signed per the Standard Webhooks specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`), through Cloudflare Queues: retried with backoff for about 11 hours, then dead-lettered. The webhook hears of changes made after it is created. The answer shows `secret` this one time.',
  request: { body: { required: true, content: { 'application/json': { schema: CreateWebhookSchema } } } },
  responses: {
    201: { description: 'Created.', content: { 'application/json': { schema: z.object({ data: CreatedWebhookSchema }) } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 500),
  },
});
export type CreateWebhookRoute = typeof createWebhook;

export const listWebhooks = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks',
  operationId: 'listWebhooks',
  tags,
  security,
  middleware: admin,
  summary: 'List webhooks (never their secrets)',
  description: 'Newest first, deleted ones left out; pass `next_cursor` back as `cursor` for more.',
  request: {
    query: z.object({
      limit: limitParam(100, 100),
      cursor: cursorParam('webhooks', (p) => p.length === 2 && typeof p[0] === 'string' && TIMESTAMP_PATTERN.test(p[0]) && typeof p[1] === 'string'),
    }),
  },
  responses: {
    200: { description: 'A page of webhooks, newest first.', content: { 'application/json': { schema: listEnvelope(WebhookSchema, 'WebhookList') } } },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500),
  },
});
export type ListWebhooksRoute = typeof listWebhooks;

export const deleteWebhook = createRoute({
  method: 'delete',
  path: '/v1/admin/webhooks/{id}',
  operationId: 'deleteWebhook',
  tags,
  security,
  middleware: admin,
  summary: 'Delete a webhook',
  description: 'Nothing more is delivered to it, queued events included. Its deliveries stay in the kill notices of the articles it was told about.',
  request: { params: idParam },
  responses: {
    204: { description: 'Deleted.' },
    ...problemResponses(400, 401, 403, 404, 500),
  },
});
export type DeleteWebhookRoute = typeof deleteWebhook;

export const listDeliveries = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks/{id}/deliveries',
  operationId: 'listWebhookDeliveries',
  tags,
  security,
  middleware: admin,
  summary: "A webhook's delivery log",
  description: 'Every attempt, newest first: the event, the attempt number, the status or error, and when the next attempt is due.',
  request: {
    params: idParam,
    query: z.object({
      limit: limitParam(100, 50),
      cursor: cursorParam('deliveries', (p) => p.length === 1 && typeof p[0] === 'number' && Number.isInteger(p[0]) && p[0] > 0),
    }),
  },
  responses: {
    200: { description: 'A page of attempts, newest first.', content: { 'application/json': { schema: listEnvelope(DeliverySchema, 'WebhookDeliveryList') } } },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 500),
  },
});
export type ListDeliveriesRoute = typeof listDeliveries;
