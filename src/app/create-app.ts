import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { RETAINED_304_HEADERS, etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { fieldErrors } from './field-errors';
import { allowedMethods, methodNotAllowed } from './method-not-allowed';
import { MovedPermanently } from './moved';
import { isOutage } from '../storage/bounded';
import { Problem, invalidInput, notFound, problemResponse, serviceUnavailable } from './problem';
import { IGNORES_QUERY, declaredQuery, refuseUnknownQuery } from './query-params';
import { MAX_REQUEST_ID_LENGTH, requestIdFor } from './request-id';
import type { AppEnv, AppOpenAPI } from './types';

/**
 * A router whose validation failures all look the same: a problem naming every wrong field.
 * Query, path and header errors answer 400, and so do query parameters and body fields we do
 * not know (rather than being dropped silently); a JSON body that is otherwise wrong answers 422.
 */
export function createRouter(): AppOpenAPI {
  const router = new OpenAPIHono<AppEnv>({
    strict: true,
    defaultHook: (result) => {
      if (!result.success) {
        const unknownField = result.error.issues.some((issue) => issue.code === 'unrecognized_keys');
        throw invalidInput(fieldErrors(result.error), result.target === 'json' && !unknownField ? 422 : 400);
      }
    },
  });
  // Every route registered here refuses query parameters it does not declare (after its own
  // middleware, such as auth, and before validation), unless it says it ignores them.
  const register = router.openapi;
  router.openapi = ((route: RouteConfig, ...rest: unknown[]) => {
    if ((route as Record<string, unknown>)[IGNORES_QUERY]) return (register as (...args: unknown[]) => AppOpenAPI)(route, ...rest);
    const own = route.middleware ? [route.middleware].flat() : [];
    const guarded = { ...route, middleware: [...own, refuseUnknownQuery(declaredQuery(route))] };
    return (register as (...args: unknown[]) => AppOpenAPI)(guarded, ...rest);
  }) as typeof router.openapi;
  return router;
}

/** The app shell: request ids, strong ETags on GETs, problem+json for every error, 301 for a moved article. */
export function createApp(): AppOpenAPI {
  const app = createRouter();

  app.use(
    requestId({
      headerName: 'X-Request-Id',
      limitLength: MAX_REQUEST_ID_LENGTH,
      generator: (c) => requestIdFor(c.req.raw),
    }),
  );
  // A 304 keeps what a browser needs to use it: CORS and the cache's own headers.
  app.use(
    etag({
      retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers', 'cache-status', 'x-request-id'],
    }),
  );

  app.notFound((c) => {
    const { pathname } = new URL(c.req.url);
    const allow = allowedMethods(app, pathname);
    const problem =
      allow.length > 0
        ? methodNotAllowed(c.req.method, allow)
        : notFound(`No route matches ${c.req.method} ${pathname}.`);
    return problemResponse(problem, c.get('requestId'));
  });

  app.onError((error, c) => {
    const id = c.get('requestId');
    if (error instanceof Problem) return problemResponse(error, id);
    if (error instanceof MovedPermanently) return error.toResponse(id);
    if (isOutage(error)) {
      // D1, KV or R2 failed or timed out: a write was not applied (a D1 batch commits whole or not at all).
      console.error(JSON.stringify({ level: 'error', event: 'storage-unavailable', request_id: id, method: c.req.method, error: error.message }));
      return problemResponse(serviceUnavailable('A storage service (D1, KV or R2) is not answering; nothing was changed. Try again shortly.'), id);
    }
    if (error instanceof HTTPException && error.status === 415) {
      // The body validator's own 415 (a Content-Type our guards let through): our problem type.
      const problem = new Problem({ status: 415, type: 'unsupported-media-type', title: 'Unsupported media type', detail: 'This operation does not take a body of that Content-Type; see its requestBody in /openapi.json.' });
      return problemResponse(problem, id);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const problem = new Problem({ status: error.status, title: error.message || 'Bad request', detail: error.message || 'The request could not be processed.' });
      return problemResponse(problem, id);
    }
    console.error(JSON.stringify({ level: 'error', request_id: id, method: c.req.method, url: c.req.url, error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }));
    return problemResponse(
      new Problem({
        status: 500,
        type: 'internal-error',
        title: 'Internal server error',
        detail: `Something went wrong on our side. Quote request id ${id} when you report it.`,
      }),
      id,
    );
  });

  return app;
}
