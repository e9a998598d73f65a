/** R2 adapter for media: objects are addressed by the SHA-256 of their bytes. */
import { sha256Hex } from '../content/hash';

/** Media never changes under its key (the key is its hash), so any cache may keep it for a year. */
export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Stores bytes under their content address; storing the same bytes again is a no-op. */
export async function putMediaObject(
  bucket: R2Bucket,
  bytes: Uint8Array,
  contentType: string,
): Promise<{ key: string; size: number }> {
  const key = await sha256Hex(bytes);
  if (!(await bucket.head(key))) {
    await bucket.put(key, bytes, {
      httpMetadata: { contentType, cacheControl: MEDIA_CACHE_CONTROL },
      sha256: key,
    });
  }
  return { key, size: bytes.byteLength };
}
