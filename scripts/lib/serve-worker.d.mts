// Types for serve-worker.mjs, so that TypeScript tests can import it.

export interface ServeWorkerOptions {
  adminToken?: string;
  seed?: boolean;
  vars?: Record<string, string>;
  onProgress?: (message: string) => void;
}

export interface AdminCallOptions {
  method?: string;
  body?: unknown;
  /** The status to expect: 201 for POST, 200 otherwise, unless given. */
  status?: number;
}

export interface ServedWorker {
  origin: string;
  adminToken: string;
  articles: number;
  /** The Worker's bindings (DB, CACHE, MEDIA, vars), proxied into Node. */
  // biome-ignore lint/suspicious/noExplicitAny: typed loosely so that importers need no Workers types (test/browser has the DOM's instead).
  env: Record<string, any>;
  /** Calls the admin API with the root key; the parsed JSON answer, or a throw on an unexpected status. */
  // biome-ignore lint/suspicious/noExplicitAny: untyped JSON, as the tests read it; pass T to type it.
  admin<T = any>(path: string, options?: AdminCallOptions): Promise<T>;
  logs(): Array<{ level: string; message: string; timestamp: number }>;
  close(): Promise<void>;
}

export function serveWorker(options?: ServeWorkerOptions): Promise<ServedWorker>;
