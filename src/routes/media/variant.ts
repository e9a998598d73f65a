/** Responsive variants of a stored image, made by the Cloudflare Images binding and kept in R2. */
import { MEDIA_CACHE_CONTROL } from '../../storage/r2';
import { variantKey } from '../../content/media-variants';

/** What a request asks of the original: a width from the allowlist, an output type, or both. */
export interface VariantSpec {
  width: number | undefined;
  type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif';
}

/**
 * The variant's R2 object, transformed on first request and then read from R2, so each of the
 * (at most 5 widths × 3 types) variants of an image costs one transform ever. Null when the binding
 * cannot make it (an input it refuses, a service error): the caller serves the original instead.
 */
export async function variantObject(bucket: R2Bucket, images: ImagesBinding, key: string, spec: VariantSpec): Promise<R2Object | null> {
  const target = variantKey(key, spec.width, spec.type);
  const cached = await bucket.head(target);
  if (cached) return cached;
  const source = await bucket.get(key);
  if (!source) return null;
  try {
    const result = await images
      .input(source.body)
      .transform(spec.width ? { width: spec.width, fit: 'scale-down' } : {})
      .output({ format: spec.type });
    // R2 needs the length of what it stores; a variant is at most a 1920-wide image, so holding it is fine.
    const bytes = await new Response(result.image()).arrayBuffer();
    return await bucket.put(target, bytes, { httpMetadata: { contentType: result.contentType(), cacheControl: MEDIA_CACHE_CONTROL } });
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', message: 'image variant failed', key: target, error: error instanceof Error ? error.message : String(error) }));
    return null;
  }
}
