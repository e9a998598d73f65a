import { createRoute, z } from '@hono/zod-openapi';
import { TIMESTAMP_PATTERN } from '../../content/time';
import { requireRole } from '../../middleware/auth';
import { jsonBody } from '../../middleware/json-body';
import { cursorParam, limitParam, listEnvelope, notModifiedResponse, problemResponses } from '../../schemas/common';
import { CreateKeySchema, CreatedKeySchema, KeySchema, UpdateKeySchema } from '../../schemas/keys';

const tags = ['Admin: keys'];
const security = [{ bearerAuth: [] }];
const admin = [requireRole('admin'), jsonBody()];

export const createKey = createRoute({
  method: 'post',
  path: '/v1/admin/keys',
  operationId: 'createKey',
  tags,
  security,
  middleware: admin,
  summary: 'Create an API key',
  description: 'Roles: `admin` > `editor` > `partner`. The answer shows `secret` this one time; store it. `entitlements` gives a partner key its contract; an unknown section slug answers 422 naming it.',
  request: { body: { required: true, content: { 'application/json': { schema: CreateKeySchema } } } },
  responses: {
    201: { description: 'Created.', content: { 'application/json': { schema: z.object({ data: CreatedKeySchema }) } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 500),
  },
});
export type CreateKeyRoute = typeof createKey;

export const listKeys = createRoute({
  method: 'get',
  path: '/v1/admin/keys',
  operationId: 'listKeys',
  tags,
  security,
  middleware: admin,
  summary: 'List API keys (never their secrets)',
  description: 'Newest first, revoked ones included (with `revoked_at`); pass `next_cursor` back as `cursor` for more.',
  request: {
    query: z.object({
      limit: limitParam(100, 100),
      cursor: cursorParam('keys', (p) => p.length === 2 && typeof p[0] === 'string' && TIMESTAMP_PATTERN.test(p[0]) && typeof p[1] === 'string'),
    }),
  },
  responses: {
    200: { description: 'A page of keys, newest first.', content: { 'application/json': { schema: listEnvelope(KeySchema, 'KeyList') } } },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500),
  },
});
export type ListKeysRoute = typeof listKeys;

export const revokeKey = createRoute({
  method: 'delete',
  path: '/v1/admin/keys/{id}',
  operationId: 'revokeKey',
  tags,
  security,
  middleware: admin,
  summary: 'Revoke an API key',
  description: 'The key fails from the very next request. Revoking twice is harmless.',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: { description: 'Revoked.', content: { 'application/json': { schema: z.object({ data: KeySchema }) } } },
    ...problemResponses(400, 401, 403, 404, 500),
  },
});
export type RevokeKeyRoute = typeof revokeKey;

export const updateKey = createRoute({
  method: 'patch',
  path: '/v1/admin/keys/{id}',
  operationId: 'updateKey',
  tags,
  security,
  middleware: admin,
  summary: "Change a key's contract",
  description: "Replaces `entitlements` whole; the key reads under the new contract from its next request. An unknown section slug answers 422 naming it; an unknown or revoked key 404.",
  request: {
    params: z.object({ id: z.string().max(64) }),
    body: { required: true, content: { 'application/json': { schema: UpdateKeySchema } } },
  },
  responses: {
    200: { description: 'Changed.', content: { 'application/json': { schema: z.object({ data: KeySchema }) } } },
    ...problemResponses(400, 401, 403, 404, 413, 415, 422, 500),
  },
});
export type UpdateKeyRoute = typeof updateKey;
