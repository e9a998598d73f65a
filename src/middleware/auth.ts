import type { MiddlewareHandler } from 'hono';
import { forbidden, unauthorized } from '../app/problem';
import type { AppBindings, AppEnv, Principal } from '../app/types';
import { sha256Hex } from '../content/hash';
import { type Role, roleAtLeast, timingSafeEqualStrings, tokenPrefix } from '../content/keys';
import { DEFAULT_RATE_LIMITS } from '../content/rate-limit';
import { now } from '../content/time';
import { findKeyByPrefix } from '../db/keys';
import type { Entitlements } from '../syndication/contract';
import { limitKey } from './rate-limit';

/** The principal of the root key. */
export const ROOT_PRINCIPAL: Principal = { id: 'root', name: 'ADMIN_TOKEN', role: 'admin', allowed_origins: [], rate_limit: null, entitlements: null };

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Resolves the caller's key: the root `ADMIN_TOKEN` (compared in constant time) or a stored key
 * found by its prefix, whose hash must match and which must not be revoked. Null without a key.
 */
export async function authenticate(env: AppBindings, header: string | undefined): Promise<Principal | null> {
  if (header === undefined) return null;
  const token = bearerToken(header);
  if (!token) throw unauthorized('Send the key as "Authorization: Bearer <key>".');
  if (env.ADMIN_TOKEN && (await timingSafeEqualStrings(token, env.ADMIN_TOKEN))) return ROOT_PRINCIPAL;
  const prefix = tokenPrefix(token);
  const key = prefix ? await findKeyByPrefix(env.DB, prefix) : null;
  if (!key || !(await timingSafeEqualStrings(await sha256Hex(token), key.secret_hash))) {
    throw unauthorized('The key is not valid.');
  }
  if (key.revoked_at) throw unauthorized('The key has been revoked.');
  const entitlements = key.entitlements ? (JSON.parse(key.entitlements) as Entitlements) : null;
  // Never the public view instead: a partner whose contract ran out must hear so, not get less.
  if (entitlements?.expires_at && entitlements.expires_at <= now()) throw unauthorized(`The key's contract expired at ${entitlements.expires_at}.`);
  const rate_limit = key.rate_limit_requests && key.rate_limit_period_seconds
    ? { requests: key.rate_limit_requests, period_seconds: key.rate_limit_period_seconds }
    : DEFAULT_RATE_LIMITS[key.role];
  return { id: key.id, name: key.name, role: key.role, allowed_origins: JSON.parse(key.allowed_origins) as string[], rate_limit, entitlements };
}

/**
 * Requires a key with at least `role`: 401 without a valid one, 403 when its role is too low.
 *
 * @example
 * ```ts
 * router.use('/v1/admin/keys/*', requireRole('admin'))
 * ```
 */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async function requireRoleMiddleware(c, next) {
    const known = c.get('principal');
    const principal = known ?? (await authenticate(c.env, c.req.header('Authorization')));
    if (!principal) throw unauthorized(`This needs a key with the ${role} role.`);
    if (!roleAtLeast(principal.role, role)) {
      throw forbidden(`This needs the ${role} role; the key has the ${principal.role} role.`);
    }
    c.set('principal', principal);
    // A principal set earlier (optionalKey) was counted there already.
    await (known ? next() : limitKey(c, principal, next));
  };
}

/**
 * Checks a key when one is sent (public reads need none, but a bad one is refused), and holds
 * a partner key to its `allowed_origins`: a browser request from any other Origin answers 403.
 */
export function optionalKey(): MiddlewareHandler<AppEnv> {
  return async function optionalKeyMiddleware(c, next) {
    const principal = await authenticate(c.env, c.req.header('Authorization'));
    if (principal) {
      const origin = c.req.header('Origin');
      if (principal.role === 'partner' && origin && !principal.allowed_origins.includes(origin)) {
        // Never lists the key's origins: a caller holding a leaked key must not learn where it works.
        throw forbidden(`This key may not be used from ${origin}.`);
      }
      c.set('principal', principal);
      // Only a partner key's contract narrows the reads; other keys read the public view.
      if (principal.role === 'partner' && principal.entitlements) c.set('contract', principal.entitlements);
      return limitKey(c, principal, next);
    }
    await next();
  };
}
