import { env, exports } from 'cloudflare:workers';

/** The root key the tests' Worker is configured with (vitest.config.ts). */
export const ROOT = env.ADMIN_TOKEN;

export interface CallOptions {
  method?: string;
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls the Worker with a bearer key (the root key unless `token` says otherwise) and a JSON body. */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  const token = options.token === undefined ? ROOT : options.token;
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  return exports.default.fetch(`http://byline.test${path}`, { method: options.method ?? 'GET', headers, body });
}

/** Parses a JSON answer after checking its status (with the body in the failure message). */
export async function expectJson<T = any>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Creates a key of `role` with the root key and returns its secret and id. */
export async function createKey(role: 'admin' | 'editor' | 'partner', allowed_origins: string[] = []): Promise<{ secret: string; id: string }> {
  const { data } = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: `${role} key`, role, allowed_origins } }), 201);
  return { secret: data.secret, id: data.id };
}

/** Creates an article as the root key and returns it. */
export async function createArticle(body: Record<string, unknown>): Promise<any> {
  return (await expectJson(await call('/v1/admin/articles', { method: 'POST', body }), 201)).data;
}
