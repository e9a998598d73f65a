import { CACHE_POLICIES } from '../../app/cache-policy';
import { notFound } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { encodeCursor } from '../../content/cursor';
import { sha256Hex } from '../../content/hash';
import { newId } from '../../content/ids';
import { generateKeyToken } from '../../content/keys';
import { now } from '../../content/time';
import { type KeyPosition, type KeyRow, insertKeyStatement, listKeys as readKeys, revokeKeyStatement } from '../../db/keys';
import { bumpGenerationStatement, rememberGeneration } from '../../storage/generation';
import type { CreateKeyRoute, ListKeysRoute, RevokeKeyRoute } from './keys.routes';

/** A key as shown: never its hash. */
function toKey(row: Omit<KeyRow, 'secret_hash'>) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    allowed_origins: JSON.parse(row.allowed_origins) as string[],
    prefix: `byl_${row.prefix}`,
    rate_limit: row.rate_limit_requests && row.rate_limit_period_seconds ? { requests: row.rate_limit_requests, period_seconds: row.rate_limit_period_seconds } : null,
    created_at: row.created_at,
    revoked_at: row.revoked_at,
  };
}

export const createKey: AppRouteHandler<CreateKeyRoute> = async (c) => {
  const input = c.req.valid('json');
  const { token, prefix } = generateKeyToken();
  const row = {
    id: newId('key'),
    name: input.name,
    role: input.role,
    prefix,
    secret_hash: await sha256Hex(token),
    allowed_origins: JSON.stringify(input.allowed_origins),
    rate_limit_requests: input.rate_limit?.requests ?? null,
    rate_limit_period_seconds: input.rate_limit?.period_seconds ?? null,
    created_at: now(),
  };
  // Partner origins decide who may frame the embed card, so cached cards start a new generation.
  const [, bumped] = await c.env.DB.batch<{ generation: number }>([insertKeyStatement(c.env.DB, row), bumpGenerationStatement(c.env.DB, row.created_at)]);
  rememberGeneration(bumped!.results[0]!.generation, Date.now(), c.env.DB);
  c.header('Cache-Control', CACHE_POLICIES.none);
  return c.json({ data: { ...toKey({ ...row, last_used_at: null, revoked_at: null }), secret: token } }, 201);
};

export const listKeys: AppRouteHandler<ListKeysRoute> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const { rows, next } = await readKeys(c.env.DB, { limit, after: cursor as KeyPosition | undefined });
  c.header('Cache-Control', CACHE_POLICIES.admin);
  return c.json({ data: rows.map(toKey), next_cursor: next ? encodeCursor('keys', next) : null }, 200);
};

export const revokeKey: AppRouteHandler<RevokeKeyRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const at = now();
  const [revoked, bumped] = await c.env.DB.batch<KeyRow & { generation: number }>([revokeKeyStatement(c.env.DB, id, at), bumpGenerationStatement(c.env.DB, at)]);
  rememberGeneration(bumped!.results[0]!.generation, Date.now(), c.env.DB);
  const row = revoked!.results[0];
  if (!row) throw notFound(`No key has the id "${id}".`);
  return c.json({ data: toKey(row) }, 200);
};
