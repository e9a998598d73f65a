import { type ClientOptions, type Query, type RequestOptions, Transport } from './http.js';
import { type MirrorOptions, type MirrorResult, mirror } from './mirror.js';
import type { Article, ArticleFilters, ArticleSummary, Author, ChangeList, Section, Tag } from './types.js';

interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

/** Every item of a keyset-paged list, fetching page after page (each with its cursor) as the caller iterates. */
async function* paged<T>(http: Transport, path: string, query: Query, signal?: AbortSignal): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await http.request<Page<T>>('GET', path, { query: { ...query, cursor }, signal });
    yield* page.data;
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
}

const articlePath = (slugOrId: string) => `/v1/articles/${encodeURIComponent(slugOrId)}`;

/** Filters as query parameters: `tag` repeats, everything else once. */
function articleQuery({ section, tag, author, since, until, q, limit }: ArticleFilters): Query {
  return { section, tag: typeof tag === 'string' ? [tag] : tag, author, since, until, q, limit };
}

/**
 * A client for one Byline: `createClient({ baseUrl, key })`.
 *
 * @example
 * ```ts
 * const byline = createClient({ baseUrl: 'https://api.example.com', key: process.env.BYLINE_KEY });
 * for await (const article of byline.articles.list({ section: 'world' })) console.log(article.headline);
 * ```
 */
export function createClient(options: ClientOptions) {
  const http = new Transport(options);
  const client = {
    articles: {
      /** Every published article matching `filters`, newest first, page by page (`limit` is the page size). */
      list: (filters: ArticleFilters = {}, { signal }: { signal?: AbortSignal } = {}) =>
        paged<ArticleSummary>(http, '/v1/articles', articleQuery(filters), signal),
      /** Every article matching the search `q` (and `filters`), most relevant first, each with a `snippet`. */
      search: (q: string, filters: Omit<ArticleFilters, 'q'> = {}, { signal }: { signal?: AbortSignal } = {}) =>
        paged<ArticleSummary>(http, '/v1/articles', articleQuery({ ...filters, q }), signal),
      /** One published article by slug or id; a slug it had before a rename follows the 301 to it. */
      get: async (slugOrId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Article> =>
        (await http.request<{ data: Article }>('GET', articlePath(slugOrId), { signal })).data,
    },
    sections: {
      /** Every section with its count of published articles. */
      list: () => paged<Section>(http, '/v1/sections', {}),
    },
    tags: {
      /** Every tag with its count of published articles. */
      list: () => paged<Tag>(http, '/v1/tags', {}),
    },
    authors: {
      /** Every author with their count of published articles. */
      list: () => paged<Author>(http, '/v1/authors', {}),
    },
    /** Articles related to `slug` (shared tags, then headline words), at most `limit` (1–20, default 5). */
    related: async (slug: string, { limit }: { limit?: number } = {}): Promise<ArticleSummary[]> =>
      (await http.request<Page<ArticleSummary>>('GET', `${articlePath(slug)}/related`, { query: { limit } })).data,
    changes: {
      /** One page of the change feed from `cursor` (the start when absent); `mirror` follows it for you. */
      page: (cursor?: string | null, { limit, signal }: { limit?: number; signal?: AbortSignal } = {}) =>
        http.request<ChangeList>('GET', '/v1/changes', { query: { cursor: cursor ?? undefined, limit }, signal }),
    },
    /** Follows the change feed from the stored cursor until caught up (or, with `follow`, until aborted); see MirrorOptions. */
    mirror: (mirrorOptions: MirrorOptions): Promise<MirrorResult> => mirror(client, mirrorOptions),
    /** Any other call (the admin API, `fields=` reads), with the same key, retries, ETags and bookmark. */
    request: <T = unknown>(method: string, path: string, requestOptions?: RequestOptions) => http.request<T>(method, path, requestOptions),
    /** The D1 bookmark of the last write this client saw (`X-D1-Bookmark`), sent with every later request; null before any. */
    get bookmark() {
      return http.bookmark;
    },
  };
  return client;
}

/** What `createClient` returns. */
export type BylineClient = ReturnType<typeof createClient>;
