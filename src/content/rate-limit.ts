/** Rate-limit policies and the IETF headers that state them (draft-ietf-httpapi-ratelimit-headers). */
import type { Role } from './keys';

/** A limit: at most `requests` in each window of `period_seconds`. */
export interface RateLimit {
  requests: number;
  period_seconds: number;
}

/** The limit of a key without its own `rate_limit`. */
export const DEFAULT_RATE_LIMITS: Record<Role, RateLimit> = {
  partner: { requests: 600, period_seconds: 60 },
  editor: { requests: 1200, period_seconds: 60 },
  admin: { requests: 1200, period_seconds: 60 },
};

/**
 * The limit of keyless requests per client IP when `ANON_RATE_LIMIT` is "on". It must equal the
 * `simple` of the ANON_RATE_LIMITER binding in wrangler.toml, which is what actually counts
 * (test/node/wrangler-config.test.ts checks that they agree).
 */
export const ANONYMOUS_RATE_LIMIT: RateLimit = { requests: 100, period_seconds: 60 };

/** Where the current fixed window of `limit` started and how many seconds it has left, at `nowSeconds`. */
export function fixedWindow(limit: RateLimit, nowSeconds: number): { start: number; resetSeconds: number } {
  const start = nowSeconds - (nowSeconds % limit.period_seconds);
  return { start, resetSeconds: start + limit.period_seconds - nowSeconds };
}

/**
 * `RateLimit-Policy` (the limit) and, when `remaining` is known, `RateLimit` (what is left and
 * when the window resets), both under the policy name `name`.
 */
export function rateLimitHeaders(name: string, limit: RateLimit, state?: { remaining: number; resetSeconds: number }): Record<string, string> {
  const headers: Record<string, string> = { 'RateLimit-Policy': `"${name}";q=${limit.requests};w=${limit.period_seconds}` };
  if (state) headers.RateLimit = `"${name}";r=${Math.max(0, state.remaining)};t=${state.resetSeconds}`;
  return headers;
}
