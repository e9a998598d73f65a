import { errorFrom } from './error.js';

/** How a client reaches Byline: where, with which key, and how hard it tries. */
export interface ClientOptions {
  /** Byline's origin, e.g. `https://api.example.com` (a path prefix is kept). */
  baseUrl: string;
  /** A partner key (`byl_…`), sent as `Authorization: Bearer`; public reads need none. */
  key?: string | undefined;
  /** The fetch to use (a test double, a proxy-aware one); the global fetch by default. */
  fetch?: typeof fetch;
  /** How often a 429 or 503 is retried after waiting its `Retry-After`; 3 by default. */
  retries?: number;
  /** A `Retry-After` longer than this (milliseconds) is not waited for: the error is thrown at once. 60 s by default. */
  maxRetryDelayMs?: number;
  /** How many answers are kept by URL for conditional requests (ETag → 304); 500 by default. */
  cacheSize?: number;
}

/** Query values: arrays repeat the parameter (`tag=a&tag=b`); undefined ones are left out. */
export type Query = Record<string, string | number | readonly string[] | undefined>;

/** What a request may carry besides its method and path. */
export interface RequestOptions {
  query?: Query | undefined;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });

/** Milliseconds to wait before retry number `attempt`: `Retry-After` (seconds or an HTTP date), else 1 s, 2 s, 4 s… */
export function retryDelay(retryAfter: string | null, attempt: number, now = Date.now()): number {
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
  const date = retryAfter === null ? Number.NaN : Date.parse(retryAfter);
  if (!Number.isNaN(date)) return Math.max(0, date - now);
  return 1000 * 2 ** attempt;
}

/**
 * Every request of a client goes through here: the key, conditional GETs (the last ETag of each
 * URL is sent as If-None-Match, and a 304 answers the value kept with it), bounded retries on 429
 * and 503, the D1 bookmark carried from one answer to the next request, and problem+json turned
 * into BylineError.
 */
export class Transport {
  readonly #base: URL;
  readonly #key: string | undefined;
  readonly #fetch: typeof fetch;
  readonly #retries: number;
  readonly #maxDelay: number;
  readonly #cacheSize: number;
  readonly #cache = new Map<string, { etag: string; value: unknown }>();
  #bookmark: string | null = null;

  constructor(options: ClientOptions) {
    this.#base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.#key = options.key;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#retries = options.retries ?? 3;
    this.#maxDelay = options.maxRetryDelayMs ?? 60_000;
    this.#cacheSize = options.cacheSize ?? 500;
  }

  /** The last `X-D1-Bookmark` Byline answered (after a write), sent with every later request; null before any. */
  get bookmark(): string | null {
    return this.#bookmark;
  }

  /** The absolute URL of `path` (e.g. `/v1/articles`) with `query`. */
  url(path: string, query: Query = {}): string {
    const url = new URL(path.replace(/^\//, ''), this.#base);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      for (const item of typeof value === 'object' ? value : [value]) url.searchParams.append(name, String(item));
    }
    return url.href;
  }

  /** Sends one request and answers its parsed JSON (undefined for 204); throws BylineError on any other failure. */
  async request<T>(method: string, path: string, { query, body, signal }: RequestOptions = {}): Promise<T> {
    const url = this.url(path, query);
    const cached = method === 'GET' ? this.#cache.get(url) : undefined;
    for (let attempt = 0; ; attempt++) {
      const headers = new Headers({ Accept: 'application/json' });
      if (this.#key) headers.set('Authorization', `Bearer ${this.#key}`);
      // Only once Byline has sent one: a read then sees at least the state of the last write.
      if (this.#bookmark) headers.set('X-D1-Bookmark', this.#bookmark);
      if (cached) headers.set('If-None-Match', cached.etag);
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      const init: RequestInit = { method, headers };
      if (body !== undefined) init.body = JSON.stringify(body);
      if (signal) init.signal = signal;
      const res = await this.#fetch(url, init);
      this.#bookmark = res.headers.get('X-D1-Bookmark') ?? this.#bookmark;

      if ((res.status === 429 || res.status === 503) && attempt < this.#retries) {
        const delay = retryDelay(res.headers.get('Retry-After'), attempt);
        if (delay <= this.#maxDelay) {
          await res.body?.cancel();
          await sleep(delay, signal);
          continue;
        }
      }
      if (res.status === 304 && cached) {
        await res.body?.cancel();
        this.#remember(url, cached.etag, cached.value);
        return structuredClone(cached.value) as T;
      }
      if (!res.ok) throw await errorFrom(res);
      if (res.status === 204) return undefined as T;
      const value = (await res.json()) as T;
      const etag = res.headers.get('ETag');
      if (method === 'GET' && etag) this.#remember(url, etag, value);
      return value;
    }
  }

  /** Keeps `value` as the newest entry, dropping the least recently used past the cache size. */
  #remember(url: string, etag: string, value: unknown): void {
    this.#cache.delete(url);
    this.#cache.set(url, { etag, value });
    if (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value as string);
  }
}
