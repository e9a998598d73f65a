import type { MiddlewareHandler } from 'hono';
import type { AppEnv, AppOpenAPI } from './types';

/** What only the app knows about a request, kept for its log line: whose key it carried. */
const keyIds = new WeakMap<Request, string>();

/**
 * Remembers the id of the request's key (`root` for ADMIN_TOKEN) once the app has answered,
 * for `logRequest`. Register it first, so that it sees the principal set by any later middleware.
 */
export function recordKeyId(): MiddlewareHandler<AppEnv> {
  return async function recordKeyIdMiddleware(c, next) {
    try {
      await next();
    } finally {
      const id = c.get('principal')?.id;
      if (id) keyIds.set(c.req.raw, id);
    }
  };
}

type RouterRoute = { method: string; path: string };

/** The OpenAPI path of the operation `method` `pathname` matches (`/v1/articles/{slug}`), or null. */
export function routeOf(app: AppOpenAPI, method: string, pathname: string): string | null {
  try {
    const [matches] = app.router.match(method === 'HEAD' ? 'GET' : method, pathname) as unknown as [[[unknown, RouterRoute], unknown][]];
    // Middleware is registered for every method; the operation itself under its own.
    const route = matches.map(([[, r]]) => r).findLast((r) => r.method !== 'ALL');
    return route ? route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}') : null;
  } catch {
    return null;
  }
}

/** The tier `Cache-Status` names: memory, edge, kv, stale-if-error, miss or bypass; null for none. */
export function cacheTier(status: string | null): string | null {
  if (!status) return null;
  return /detail=([\w-]+)/.exec(status)?.[1] ?? /fwd=([\w-]+)/.exec(status)?.[1] ?? null;
}

/**
 * Writes the request's one log line: its id, method, path (never the query, which may hold a
 * reader's search) and route, status, duration, cache tier and key id. Never a header, a
 * token, a secret or a body.
 */
export function logRequest(app: AppOpenAPI, request: Request, res: Response, startedAt: number): void {
  const url = new URL(request.url);
  console.log(
    JSON.stringify({
      level: res.status >= 500 ? 'error' : 'info',
      event: 'request',
      request_id: res.headers.get('X-Request-Id'),
      method: request.method,
      path: url.pathname,
      route: routeOf(app, request.method, url.pathname),
      status: res.status,
      duration_ms: Date.now() - startedAt,
      cache: cacheTier(res.headers.get('Cache-Status')),
      key_id: keyIds.get(request) ?? null,
    }),
  );
}
