import type { Context } from 'hono';
import { Problem, problemResponse } from '../app/problem';
import { requestIdFor } from '../app/request-id';
import type { AppEnv, Principal } from '../app/types';
import { ANONYMOUS_RATE_LIMIT, type RateLimit, fixedWindow, rateLimitHeaders } from '../content/rate-limit';
import { countRequest } from '../db/rate-limits';
import { KEYLESS_CORS_HEADERS } from './cors';

/** 429 with `Retry-After` and the rate-limit headers. */
function rateLimited(detail: string, retryAfter: number, headers: Record<string, string>): Problem {
  return new Problem({ status: 429, type: 'rate-limited', title: 'Too many requests', detail, headers: { ...headers, 'Retry-After': String(retryAfter) } });
}

/** Sets `headers` on a response, copying it first when its headers are immutable. */
export function withHeaders(res: Response, headers: Record<string, string>): Response {
  let out = res;
  try {
    for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
  } catch {
    out = new Response(res.body, res);
    for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
  }
  return out;
}

/**
 * Counts the request against the key's limit (exactly: a D1 counter, see db/rate-limits.ts) and
 * answers 429 past it; every answer to a limited key carries `RateLimit-Policy` and `RateLimit`.
 * The root key has no limit: it is the way back in when every other key is locked out.
 */
export async function limitKey(c: Context<AppEnv>, principal: Principal, next: () => Promise<void>): Promise<void> {
  const limit = principal.rate_limit;
  if (!limit) return next();
  const window = fixedWindow(limit, Math.floor(Date.now() / 1000));
  const count = await countRequest(c.env.DB, principal.id, window.start);
  const headers = rateLimitHeaders('key', limit, { remaining: limit.requests - count, resetSeconds: window.resetSeconds });
  if (count > limit.requests) {
    throw rateLimited(`This key has used its ${limit.requests} requests per ${limit.period_seconds} seconds; try again in ${window.resetSeconds} seconds.`, window.resetSeconds, headers);
  }
  await next();
  c.res = withHeaders(c.res, headers);
}

interface AnonymousEnv {
  ANON_RATE_LIMIT?: string;
  ANON_RATE_LIMITER?: { limit(options: { key: string }): Promise<{ success: boolean }> };
}

let warnedMissingBinding = false;

/**
 * For a keyless request from a client IP (CF-Connecting-IP) when `ANON_RATE_LIMIT` is "on": asks
 * the ANON_RATE_LIMITER binding, and returns the 429 to send or the headers to add. Null when
 * per-IP limits are off, the request has a key, or there is no IP. Runs before the memory fast
 * path, so cached answers count too. Without the binding it lets everything through (and warns
 * once): a missing binding must not take the public API down.
 */
export async function limitAnonymous(request: Request, env: Env): Promise<{ refused: Response } | { headers: Record<string, string> } | null> {
  // Read loosely: a deployment may leave the var or the binding out (see the doc comment).
  const anonymous = env as unknown as AnonymousEnv;
  if (anonymous.ANON_RATE_LIMIT !== 'on' || request.headers.has('Authorization')) return null;
  const ip = request.headers.get('CF-Connecting-IP');
  if (!ip) return null;
  if (!anonymous.ANON_RATE_LIMITER) {
    if (!warnedMissingBinding) console.warn(JSON.stringify({ level: 'warn', event: 'anon-rate-limiter-missing' }));
    warnedMissingBinding = true;
    return null;
  }
  const limit: RateLimit = ANONYMOUS_RATE_LIMIT;
  const { success } = await anonymous.ANON_RATE_LIMITER.limit({ key: `ip:${ip}` });
  if (success) return { headers: rateLimitHeaders('ip', limit) };
  // The binding tells neither what is left nor when its window ends: a whole period is the most.
  const headers = rateLimitHeaders('ip', limit, { remaining: 0, resetSeconds: limit.period_seconds });
  const problem = rateLimited(`This address has used its ${limit.requests} keyless requests per ${limit.period_seconds} seconds; try again later or use a key.`, limit.period_seconds, headers);
  return { refused: withHeaders(problemResponse(problem, requestIdFor(request)), KEYLESS_CORS_HEADERS) };
}
