import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Role } from '../content/keys';
import type { RateLimit } from '../content/rate-limit';
import type { Contract, Entitlements } from '../syndication/contract';
import type { Db } from '../storage/d1-session';

/** Who is calling: the root key (ADMIN_TOKEN) or a stored API key. */
export interface Principal {
  id: string;
  name: string;
  role: Role;
  allowed_origins: string[];
  /** The key's limit (its own or its role's); null for the root key, which has none. */
  rate_limit: RateLimit | null;
  /** A partner key's contract; null: none (it reads the public view). */
  entitlements: Entitlements | null;
}

/**
 * The Worker's bindings as handlers see them: `DB` is the request's D1 session
 * (src/storage/d1-session.ts), which can prepare and batch but not exec.
 */
export type AppBindings = Omit<Env, 'DB'> & { DB: Db };

/** Hono's environment for every Byline handler: the Worker's bindings and per-request values. */
export interface AppEnv {
  Bindings: AppBindings;
  Variables: {
    requestId: string;
    principal?: Principal;
    /** What this request's public reads may show: the partner key's contract, else the public view. */
    contract?: Contract;
  };
}

export type AppOpenAPI = OpenAPIHono<AppEnv>;

/** A handler typed from its zod-openapi route, as in hono-open-api-starter. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
