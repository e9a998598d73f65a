/**
 * Purging Cloudflare's cache in front of the Worker (Workers Caching): `ctx.cache.purge`, where
 * the runtime offers it (absent locally and where the cache is not enabled; then the tiers'
 * generation alone keeps answers fresh and CDN-Cache-Control bounds any edge copy).
 */

/** Tags per purge call: Cloudflare's purge API has taken at most 30 at a time. */
export const TAGS_PER_PURGE = 30;

/** What to purge: tags, or everything. */
export type EdgePurge = { tags: string[] } | { everything: true };

/**
 * Purges `what` through `cache` and waits for it, so that a client holding the write's answer
 * (and its bookmark) no longer finds the old copy at the edge. A failed purge is logged, never
 * the write's failure: the copy then lives out its CDN-Cache-Control max-age.
 */
export async function purgeEdge(cache: CacheContext | undefined, what: EdgePurge): Promise<void> {
  if (!cache) return;
  const calls: CachePurgeOptions[] = [];
  if ('everything' in what) calls.push({ purgeEverything: true });
  else for (let i = 0; i < what.tags.length; i += TAGS_PER_PURGE) calls.push({ tags: what.tags.slice(i, i + TAGS_PER_PURGE) });
  const results = await Promise.allSettled(calls.map((options) => cache.purge(options)));
  for (const result of results) {
    const failure = result.status === 'rejected' ? String(result.reason) : result.value.success ? null : JSON.stringify(result.value.errors);
    if (failure) console.warn(JSON.stringify({ level: 'warn', event: 'edge-purge-failed', error: failure }));
  }
}
