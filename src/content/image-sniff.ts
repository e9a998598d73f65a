/**
 * Decides an image's type from its own bytes — never from a declared type or file name — and
 * reads its width and height from its headers. Knows JPEG, PNG, GIF, WebP and AVIF, each only
 * as a whole file (src/content/image-formats.ts): a header with nothing after it is not one.
 */
import { PNG_SIGNATURE, type Size, avif, gif, jpeg, png, webp } from './image-formats';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface SniffedImage {
  type: ImageType;
  width: number;
  height: number;
}

/** The longest side we take: Cloudflare Images' own limit, so every original can be transformed. */
export const MAX_IMAGE_DIMENSION = 12_000;
/** The largest area we take, in pixels: Cloudflare Images' 100 megapixels. */
export const MAX_IMAGE_PIXELS = 100_000_000;

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

/** Each format's signature, and its reader. */
const FORMATS: { type: ImageType; signed: (b: Uint8Array) => boolean; read: (b: Uint8Array) => Size | null }[] = [
  { type: 'image/png', signed: (b) => PNG_SIGNATURE.every((byte, i) => b[i] === byte), read: png },
  { type: 'image/gif', signed: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a', read: gif },
  { type: 'image/jpeg', signed: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff, read: jpeg },
  { type: 'image/webp', signed: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP', read: webp },
  { type: 'image/avif', signed: (b) => ascii(b, 4, 4) === 'ftyp', read: avif },
];

/** The image's true type and size, or null when the bytes are not a whole file of one of the five types. */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  for (const format of FORMATS) {
    if (!format.signed(bytes)) continue;
    const size = format.read(bytes);
    return size && size.width > 0 && size.height > 0 ? { type: format.type, ...size } : null;
  }
  return null;
}

/** The type whose signature the bytes begin with (whole file or not), for saying what is wrong. */
export function signatureType(bytes: Uint8Array): ImageType | null {
  // An ISO-BMFF ftyp is shared by HEIC, MP4 and others: only AVIF brands make it ours.
  return FORMATS.find((format) => format.signed(bytes) && (format.type !== 'image/avif' || /avi[fs]/.test(ascii(bytes, 8, 64))))?.type ?? null;
}

/** Why an image is too large to take (more than 12,000 pixels a side or 100 megapixels), or null. */
export function oversizeReason(image: SniffedImage): string | null {
  if (image.width <= MAX_IMAGE_DIMENSION && image.height <= MAX_IMAGE_DIMENSION && image.width * image.height <= MAX_IMAGE_PIXELS) return null;
  return `The image is ${image.width}×${image.height} pixels; at most ${MAX_IMAGE_DIMENSION.toLocaleString('en')} a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels in all are taken.`;
}

/** `image/jpg` and friends to their registered names. */
export function normalizeImageType(declared: string | null | undefined): string {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type;
}
