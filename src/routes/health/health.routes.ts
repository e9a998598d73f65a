import { createRoute, z } from '@hono/zod-openapi';
import { notModifiedResponse, problemResponses } from '../../schemas/common';

const CheckSchema = z
  .object({
    ok: z.boolean(),
    latency_ms: z.number().int(),
    error: z.string().optional(),
  })
  .openapi('HealthCheck');

export const HealthSchema = z
  .object({
    ok: z.boolean(),
    d1: CheckSchema,
    kv: CheckSchema,
    r2: CheckSchema,
  })
  .openapi('Health');

export const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Operations'],
  summary: 'Whether Byline and its D1, KV and R2 bindings answer',
  description: 'Each binding is tried once, with its latency; 503 (same body, `ok` false) when any of them fails.',
  responses: {
    200: { description: 'Every binding answered.', content: { 'application/json': { schema: HealthSchema } } },
    ...notModifiedResponse,
    503: { description: 'At least one binding failed; `ok` is false.', content: { 'application/json': { schema: HealthSchema } } },
    ...problemResponses(400, 401, 403, 500),
  },
});
export type HealthRoute = typeof health;
