import { CACHE_POLICIES } from '../../app/cache-policy';
import type { z } from '@hono/zod-openapi';
import { invalidInput, notFound } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { encodeCursor } from '../../content/cursor';
import { sha256Hex } from '../../content/hash';
import { newId } from '../../content/ids';
import { generateKeyToken } from '../../content/keys';
import { now } from '../../content/time';
import { type KeyPosition, type KeyRow, insertKeyStatement, listKeys as readKeys, revokeKeyStatement, unknownSections, updateEntitlements } from '../../db/keys';
import type { EntitlementsSchema } from '../../schemas/keys';
import type { Entitlements } from '../../syndication/contract';
import { bumpGenerationStatement, rememberGeneration } from '../../storage/generation';
import type { CreateKeyRoute, ListKeysRoute, RevokeKeyRoute, UpdateKeyRoute } from './keys.routes';
import type { Db } from '../../storage/d1-session';

type EntitlementsInput = z.infer<typeof EntitlementsSchema>;

/** The contract as stored: sections null for all, every field present. 422 naming an unknown section. */
async function storedEntitlements(db: Db, input: EntitlementsInput | null | undefined, path: string): Promise<string | null> {
  if (!input) return null;
  const unknown = input.sections ? await unknownSections(db, input.sections) : [];
  if (unknown.length > 0) {
    throw invalidInput(unknown.map((slug) => ({ path: `${path}.sections.${input.sections!.indexOf(slug)}`, message: `No section has the slug "${slug}".` })), 422);
  }
  const entitlements: Entitlements = {
    sections: input.sections ?? null, body: input.body, embargo_access: input.embargo_access, syndication: input.syndication, expires_at: input.expires_at ?? null,
  };
  return JSON.stringify(entitlements);
}

/** A key as shown: never its hash. */
function toKey(row: Omit<KeyRow, 'secret_hash'>) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    allowed_origins: JSON.parse(row.allowed_origins) as string[],
    prefix: `byl_${row.prefix}`,
    rate_limit: row.rate_limit_requests && row.rate_limit_period_seconds ? { requests: row.rate_limit_requests, period_seconds: row.rate_limit_period_seconds } : null,
    entitlements: row.entitlements ? (JSON.parse(row.entitlements) as Entitlements) : null,
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
    entitlements: await storedEntitlements(c.env.DB, input.entitlements, 'entitlements'),
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

export const updateKey: AppRouteHandler<UpdateKeyRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const { entitlements } = c.req.valid('json');
  // No cache generation to bump: cached answers are keyed by contract, so the next request
  // under the new contract finds (or makes) the entries of that contract.
  const row = await updateEntitlements(c.env.DB, id, await storedEntitlements(c.env.DB, entitlements, 'entitlements'));
  if (!row) throw notFound(`No live key has the id "${id}".`);
  c.header('Cache-Control', CACHE_POLICIES.none);
  return c.json({ data: toKey(row) }, 200);
};
