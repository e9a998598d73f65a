import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';

/** Hono's environment for every Byline handler: the Worker's bindings and per-request values. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
  };
}

export type AppOpenAPI = OpenAPIHono<AppEnv>;

/** A handler typed from its zod-openapi route, as in hono-open-api-starter. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
