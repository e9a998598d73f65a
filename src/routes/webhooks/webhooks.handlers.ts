import { CACHE_POLICIES } from '../../app/cache-policy';
import { invalidInput, notFound } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { encodeCursor } from '../../content/cursor';
import { newId } from '../../content/ids';
import { now } from '../../content/time';
import { findKeyById } from '../../db/keys';
import { listDeliveries as readDeliveries } from '../../db/webhook-deliveries';
import { type WebhookPosition, type WebhookRow, deleteWebhook as markDeleted, findWebhook, insertWebhook, listWebhooks as readWebhooks } from '../../db/webhooks';
import { destinationProblem, loopbackAllowed } from '../../syndication/destination';
import type { WebhookEvent } from '../../syndication/events';
import { newWebhookSecret } from '../../syndication/signing';
import type { CreateWebhookRoute, DeleteWebhookRoute, ListDeliveriesRoute, ListWebhooksRoute } from './webhooks.routes';

/** A webhook as shown: never its secret. */
function toWebhook(row: WebhookRow) {
  return { id: row.id, url: row.url, events: JSON.parse(row.events) as WebhookEvent[], key_id: row.key_id, created_at: row.created_at };
}

export const createWebhook: AppRouteHandler<CreateWebhookRoute> = async (c) => {
  const input = c.req.valid('json');
  const refused = destinationProblem(input.url, loopbackAllowed(c.env));
  if (refused) throw invalidInput([{ path: 'url', message: refused }], 422);
  if (input.key_id !== undefined) {
    const key = await findKeyById(c.env.DB, input.key_id);
    if (!key || key.revoked_at) throw invalidInput([{ path: 'key_id', message: key ? 'The key has been revoked.' : 'No key has this id.' }], 422);
  }
  const secret = newWebhookSecret();
  const row = await insertWebhook(c.env.DB, {
    id: newId('whk'),
    url: input.url,
    events: JSON.stringify([...new Set(input.events)]),
    key_id: input.key_id ?? null,
    secret,
    created_at: now(),
  });
  c.header('Cache-Control', CACHE_POLICIES.none);
  c.header('Location', `/v1/admin/webhooks/${row!.id}`);
  return c.json({ data: { ...toWebhook(row!), secret } }, 201);
};

export const listWebhooks: AppRouteHandler<ListWebhooksRoute> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const { rows, next } = await readWebhooks(c.env.DB, { limit, after: cursor as WebhookPosition | undefined });
  c.header('Cache-Control', CACHE_POLICIES.admin);
  return c.json({ data: rows.map(toWebhook), next_cursor: next ? encodeCursor('webhooks', next) : null }, 200);
};

export const deleteWebhook: AppRouteHandler<DeleteWebhookRoute> = async (c) => {
  const { id } = c.req.valid('param');
  if (!(await markDeleted(c.env.DB, id, now()))) throw notFound(`No webhook has the id "${id}".`);
  return c.body(null, 204);
};

export const listDeliveries: AppRouteHandler<ListDeliveriesRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const { limit, cursor } = c.req.valid('query');
  const webhook = await findWebhook(c.env.DB, id);
  if (!webhook || webhook.deleted_at) throw notFound(`No webhook has the id "${id}".`);
  const { rows, next } = await readDeliveries(c.env.DB, id, { limit, after: cursor?.[0] as number | undefined });
  c.header('Cache-Control', CACHE_POLICIES.admin);
  return c.json(
    {
      data: rows.map((row) => ({
        id: row.id,
        event_id: row.message_id,
        event_type: row.event as WebhookEvent,
        article_id: row.article_id,
        attempt: row.attempt,
        status_code: row.status_code,
        error: row.error,
        outcome: row.outcome,
        at: row.at,
        next_retry_at: row.next_retry_at,
      })),
      next_cursor: next === null ? null : encodeCursor('deliveries', [next]),
    },
    200,
  );
};
