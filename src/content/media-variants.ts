/** Responsive variants of stored images: an allowlist, so nobody can make us transform without end. */

export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const VARIANT_FORMATS = ['auto', 'webp', 'avif'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** The `sizes` every article image comes with: full width on phones, 768 px columns beyond. */
export const IMAGE_SIZES = '(max-width: 768px) 100vw, 768px';

/** Bindings the Worker uses when they are configured and does without otherwise. */
interface OptionalBindings {
  IMAGES?: ImagesBinding;
}

/**
 * The Cloudflare Images binding, when this deployment has one. Without it no variant is ever made
 * (`?w=` serves the original), so nothing may promise one: see {@link srcsetFor}.
 */
export function imagesBinding(env: object): ImagesBinding | undefined {
  return (env as OptionalBindings).IMAGES;
}

/**
 * `srcset` for an `<img>`: with `variants` (the deployment has the Images binding) each allowlisted
 * width narrower than the original, then the original; without, the original alone, because a
 * `?w=320` candidate would be the whole original under a false width.
 */
export function srcsetFor(url: string, width: number | null, variants: boolean): string {
  if (!width) return url;
  if (!variants) return `${url} ${width}w`;
  const candidates = VARIANT_WIDTHS.filter((w) => w < width).map((w) => `${url}?w=${w} ${w}w`);
  return [...candidates, `${url} ${width}w`].join(', ');
}

/** Whether `Accept` names `type` itself with a q above 0 (browsers name AVIF and WebP when they take them). */
function accepts(accept: string, type: string): boolean {
  return accept.split(',').some((entry) => {
    const [range, ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return range === type && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The output type for `format`: `auto` picks AVIF, then WebP, from what `Accept` lists; else null. */
export function negotiateFormat(format: VariantFormat | undefined, accept: string): 'image/avif' | 'image/webp' | null {
  if (format === 'avif') return 'image/avif';
  if (format === 'webp') return 'image/webp';
  if (format === 'auto') {
    if (accepts(accept, 'image/avif')) return 'image/avif';
    if (accepts(accept, 'image/webp')) return 'image/webp';
  }
  return null;
}

/**
 * The R2 key under which a variant is kept after its first transform: `variants/<key>/<w>.<fmt>`,
 * `full` for a format change alone. Never a 64-hex key, so /media/{key} cannot address it.
 */
export function variantKey(key: string, width: number | undefined, type: string): string {
  return `variants/${key}/${width ?? 'full'}.${type.split('/')[1]}`;
}
