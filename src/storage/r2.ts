/** R2 adapter for media: objects are addressed by the SHA-256 of their bytes. */
import { sha256Hex } from '../content/hash';

/** Stores bytes under their content address; storing the same bytes again is a no-op. */
export async function putMediaObject(
  bucket: R2Bucket,
  bytes: Uint8Array,
  contentType: string,
): Promise<{ key: string; size: number }> {
  const key = await sha256Hex(bytes);
  if (!(await bucket.head(key))) {
    await bucket.put(key, bytes, {
      httpMetadata: { contentType, cacheControl: 'public, max-age=31536000, immutable' },
      sha256: key,
    });
  }
  return { key, size: bytes.byteLength };
}
