import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app/types';
import { boundBindings } from '../storage/bounded';

/**
 * Gives the request its own view of D1, KV and R2 (storage/bounded.ts): an outage or a hang of
 * any of them becomes BindingUnavailable or D1Unavailable within a bounded time, which `cached`
 * answers from a stale copy and `onError` as 503 with `Retry-After`. Register it first.
 *
 * @example
 * ```ts
 * app.use(boundedBindings())
 * ```
 */
export function boundedBindings(): MiddlewareHandler<AppEnv> {
  return async function boundedBindingsMiddleware(c, next) {
    // In Node (the OpenAPI document's tests) the app runs without bindings at all.
    if (c.env?.DB) c.env = boundBindings(c.env);
    await next();
  };
}
