import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app/types';

/** Request headers a partner's browser code may send. */
export const CORS_ALLOWED_HEADERS = 'Authorization, If-None-Match, Content-Type, X-D1-Bookmark';
/** Response headers a partner's browser code may read. */
export const CORS_EXPOSED_HEADERS = 'ETag, Cache-Status, X-Request-Id, Retry-After, RateLimit, RateLimit-Policy';
/** What every keyless public answer carries: open to every origin, its cache headers readable. */
export const KEYLESS_CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS,
} as const;
/** How long a browser may cache a preflight answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * CORS for public reads. Keyless reads are open to every origin (`*`: the answer does not
 * depend on Origin). With a partner key the request's Origin, already checked against the
 * key's allowed_origins by `optionalKey`, is echoed with `Vary: Origin`. Preflights answer
 * 204 for GET and HEAD.
 *
 * @example
 * ```ts
 * app.use('/v1/*', publicCors())
 * ```
 */
export function publicCors(): MiddlewareHandler<AppEnv> {
  return async function publicCorsMiddleware(c, next) {
    const origin = c.req.header('Origin');
    if (c.req.method === 'OPTIONS' && origin && c.req.header('Access-Control-Request-Method')) {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
          'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
          Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
        },
      });
    }
    await next();
    const keyed = c.get('principal') !== undefined;
    for (const [name, value] of Object.entries(KEYLESS_CORS_HEADERS)) c.res.headers.set(name, value);
    if (keyed) {
      if (origin) c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.append('Vary', 'Origin');
    }
  };
}
