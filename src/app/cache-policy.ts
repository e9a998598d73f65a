/**
 * Cache-Control per kind of resource. Browsers and shared caches keep lists and articles
 * briefly (the caching promise bounds how stale a read may be), may serve them a little stale
 * while revalidating, and keep serving them for a day when Byline fails (stale-if-error).
 */
export const CACHE_POLICIES = {
  article: 'public, max-age=60, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400',
  list: 'public, max-age=30, s-maxage=30, stale-while-revalidate=120, stale-if-error=86400',
  taxonomy: 'public, max-age=300, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400',
  document: 'public, max-age=300',
  admin: 'private, no-cache',
  /** What a partner key's contract reads (embargoed articles among it): never in a shared cache. */
  partner: 'private, max-age=0, must-revalidate',
  none: 'no-store',
} as const;
