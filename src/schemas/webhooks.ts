import { z } from '@hono/zod-openapi';
import { WEBHOOK_EVENTS } from '../syndication/events';
import { TimestampSchema } from './common';

const EventSchema = z.enum(WEBHOOK_EVENTS).openapi({ description: 'An event a webhook can subscribe to.', example: 'article.withdrawn' });

export const CreateWebhookSchema = z
  .strictObject({
    url: z.string().max(2048).openapi({
      description:
        'Where to POST each event: http or https, a public host. Private, link-local, unique-local and metadata addresses are refused; loopback (127.0.0.1, ::1, localhost) only under `npm start`. Redirects are not followed.',
      example: 'https://partner.example/hooks/byline',
    }),
    events: z.array(EventSchema).min(1).max(WEBHOOK_EVENTS.length * 2).openapi({ description: 'The events to receive (at least one).' }),
    key_id: z.string().max(64).optional().openapi({
      description: "The partner key this webhook belongs to: it then hears only of articles that key's contract covers, and stops when the key is revoked.",
      example: 'key_01hb6d3v8k4yq2f6x1n0c9m7tz',
    }),
  })
  .openapi('CreateWebhook');

export const WebhookSchema = z
  .object({
    id: z.string().openapi({ example: 'whk_01hb6d3v8k4yq2f6x1n0c9m7tz' }),
    url: z.string(),
    events: z.array(EventSchema),
    key_id: z.string().nullable(),
    created_at: TimestampSchema,
  })
  .openapi('Webhook');

export const CreatedWebhookSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    description: 'The signing secret in its Standard Webhooks form, shown this once: verify each delivery with it (README, "Webhooks").',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
}).openapi('CreatedWebhook');

export const DeliverySchema = z
  .object({
    id: z.number().int().openapi({ description: 'This attempt.' }),
    event_id: z.string().openapi({ description: 'The `webhook-id` header: the same on every attempt of one event.', example: 'msg_42_whk_01hb6d3v8k4yq2f6x1n0c9m7tz' }),
    event_type: EventSchema,
    article_id: z.string(),
    attempt: z.number().int().min(1).openapi({ description: '1 for the first attempt.' }),
    status_code: z.number().int().nullable().openapi({ description: "The partner's HTTP status; null when no answer came." }),
    error: z.string().nullable().openapi({ description: 'Why the attempt failed (a status, a redirect, a timeout, a refused connection); null on success.' }),
    outcome: z.enum(['delivered', 'retrying', 'dead_lettered']).openapi({ description: '`delivered`: a 2xx, the receipt. `retrying`: tried again at `next_retry_at`. `dead_lettered`: the last attempt failed; given up.' }),
    at: TimestampSchema,
    next_retry_at: TimestampSchema.nullable(),
  })
  .openapi('WebhookDelivery');

export const NoticeSchema = z
  .object({
    webhook_id: z.string(),
    key_id: z.string().nullable().openapi({ description: 'The partner key of the webhook, if it has one.' }),
    url: z.string(),
    event_id: z.string().openapi({ description: 'The `webhook-id` of the notice.' }),
    event_type: z.enum(['article.withdrawn', 'article.deleted']),
    queued_at: TimestampSchema,
    state: z.enum(['acknowledged', 'failing', 'dead_lettered', 'pending']).openapi({
      description: '`acknowledged`: the partner answered 2xx (its receipt). `failing`: attempts failed, more will follow. `dead_lettered`: every attempt failed. `pending`: not attempted yet.',
    }),
    acknowledged: z.boolean(),
    delivered_at: TimestampSchema.nullable().openapi({ description: 'When the partner first answered at all (any status).' }),
    acknowledged_at: TimestampSchema.nullable().openapi({ description: 'When the partner answered 2xx.' }),
    status_code: z.number().int().nullable().openapi({ description: 'The status of the last attempt.' }),
    attempts: z.number().int(),
    last_error: z.string().nullable(),
    next_retry_at: TimestampSchema.nullable(),
  })
  .openapi('KillNotice');
