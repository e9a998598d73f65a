/**
 * The KV tier: whole serialized responses, one key per resource, each stamped with the
 * generation it was made under. Key joining and TTLs live here and nowhere else.
 */

/** A response as the cache tiers keep it. */
export interface CachedResponse {
  generation: number;
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: string;
}

const PREFIX = 'resp:';

/** How long KV keeps an entry: past its freshness, it still serves when D1 fails. */
export const KV_ENTRY_TTL_SECONDS = 7 * 24 * 3600;

export async function readCachedResponse(kv: KVNamespace, key: string): Promise<CachedResponse | null> {
  return kv.get<CachedResponse>(`${PREFIX}${key}`, 'json');
}

export async function writeCachedResponse(kv: KVNamespace, key: string, entry: CachedResponse): Promise<void> {
  await kv.put(`${PREFIX}${key}`, JSON.stringify(entry), { expirationTtl: KV_ENTRY_TTL_SECONDS });
}
