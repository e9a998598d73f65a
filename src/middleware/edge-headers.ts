/**
 * The headers Cloudflare's cache in front of the Worker reads: `Cache-Tag` (what the answer
 * shows and which lists it is, src/db/cache-tags.ts), by which a write purges exactly what it
 * changed, and `CDN-Cache-Control`, how long the edge may keep it when no purge comes.
 */

/** The edge's lifetime for a public answer: the caching promise's bound (everywhere within ~60 s). */
export const CDN_MAX_AGE_SECONDS = 60;
import { ANY_ARTICLE_TAG } from '../db/cache-tags';

/** Cloudflare reads at most 16 KB of Cache-Tag values; past that an answer is tagged coarsely. */
export const CACHE_TAG_MAX_BYTES = 16_000;

// Tags of the kind of answer, from its route, beside those its reads noted.
const ROUTE_TAGS: [prefix: string, tags: string[]][] = [
  ['/v1/feed.', ['feeds']],
  ['/sitemap', ['sitemaps']],
  ['/embed/', ['embed']],
  ['/oembed', ['embed']],
];

/** The `Cache-Tag` value for an answer of `routePath` whose reads noted `readTags`. */
export function cacheTagValue(routePath: string, readTags: string[]): string {
  const tags = new Set([...(ROUTE_TAGS.find(([prefix]) => routePath.startsWith(prefix))?.[1] ?? []), ...readTags]);
  const value = [...tags].join(',');
  if (value.length <= CACHE_TAG_MAX_BYTES) return value;
  // Too many articles to name: `articles` instead, which every write of a public article purges.
  return [...tags].filter((tag) => !tag.startsWith('article:')).concat(ANY_ARTICLE_TAG).join(',');
}

/**
 * Sets Cache-Tag and CDN-Cache-Control on a public 200: the edge keeps it no longer than the
 * answer's own s-maxage nor CDN_MAX_AGE_SECONDS, without stale-while-revalidate (an edge copy
 * served after a write would break the promise), and, like the browser, may serve it when the
 * Worker fails.
 */
export function edgeHeaders(headers: Headers, routePath: string, readTags: string[]): void {
  const value = cacheTagValue(routePath, readTags);
  if (value) headers.set('Cache-Tag', value);
  const policy = headers.get('Cache-Control') ?? '';
  if (/\b(private|no-store|no-cache)\b/.test(policy)) return;
  const sMaxAge = Number(/\bs-maxage=(\d+)/.exec(policy)?.[1] ?? /\bmax-age=(\d+)/.exec(policy)?.[1] ?? 0);
  const maxAge = Math.min(sMaxAge, CDN_MAX_AGE_SECONDS);
  if (maxAge > 0) headers.set('CDN-Cache-Control', `public, max-age=${maxAge}, stale-if-error=86400`);
}
