/** R2 adapter for media: objects are addressed by the SHA-256 of their bytes. */

/** Lower-case hex SHA-256 of the bytes: the content address of an image. */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

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
