import type { MiddlewareHandler } from 'hono';
import { ByteLRU } from '../storage/memory-cache';
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

// A path's route never changes within an isolate: matched once, not on every request's log line
// (matching walked the whole router and was most of the line's cost on a cached hit).
const routes = new ByteLRU<string | null>(256 * 1024);

/** `routeOf`, remembered per method and path. */
function routeOfCached(app: AppOpenAPI, method: string, pathname: string): string | null {
  const key = `${method} ${pathname}`;
  const known = routes.get(key);
  if (known !== undefined) return known;
  const route = routeOf(app, method, pathname);
  routes.set(key, route, key.length * 2 + (route?.length ?? 0) * 2 + 64);
  return route;
}

/** The request's path, without parsing the whole URL. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

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
 * Whether this request gets its log line under `LOG_REQUESTS`: `all` (or unset) logs every
 * request; a fraction such as `0.1` logs that share of them at random (head sampling, as
 * Workers Logs' head_sampling_rate does, but before the line is built); 5xx answers always.
 */
export function shouldLog(setting: string | undefined, status: number, random: () => number = Math.random): boolean {
  if (status >= 500 || setting === undefined || setting === 'all') return true;
  const rate = Number(setting);
  return Number.isFinite(rate) ? random() < rate : true;
}

/**
 * Writes the request's one log line: its id, method, path (never the query, which may hold a
 * reader's search) and route, status, duration, cache tier and key id. Never a header, a
 * token, a secret or a body.
 */
export function logRequest(app: AppOpenAPI, request: Request, res: Response, startedAt: number): void {
  const path = pathOf(request.url);
  const json = JSON.stringify;
  // Built as a string: the same JSON as stringifying the object, without building the object.
  console.log(
    `{"level":"${res.status >= 500 ? 'error' : 'info'}","event":"request","request_id":${json(res.headers.get('X-Request-Id'))},` +
      `"method":${json(request.method)},"path":${json(path)},"route":${json(routeOfCached(app, request.method, path))},` +
      `"status":${res.status},"duration_ms":${Date.now() - startedAt},"cache":${json(cacheTier(res.headers.get('Cache-Status')))},` +
      `"key_id":${json(keyIds.get(request) ?? null)}}`,
  );
}
