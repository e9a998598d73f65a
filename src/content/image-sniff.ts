/**
 * Decides an image's type from its own bytes — never from a declared type or file name — and
 * reads its width and height from its headers. Knows JPEG, PNG, GIF, WebP and AVIF.
 */

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface SniffedImage {
  type: ImageType;
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);

function png(b: Uint8Array): SniffedImage | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || !signature.every((byte, i) => b[i] === byte) || ascii(b, 12, 4) !== 'IHDR') return null;
  return { type: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
}

function gif(b: Uint8Array): SniffedImage | null {
  const magic = ascii(b, 0, 6);
  if (b.length < 10 || (magic !== 'GIF87a' && magic !== 'GIF89a')) return null;
  return { type: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) };
}

function jpeg(b: Uint8Array): SniffedImage | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the dimensions.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'image/jpeg', width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    // End of image or start of scan before any frame header: not a picture we can size.
    if (marker === 0xd9 || marker === 0xda || marker === 0xd8) return null;
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

function webp(b: Uint8Array): SniffedImage | null {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { type: 'image/webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { type: 'image/webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

/**
 * AVIF: an ISO-BMFF `ftyp` box with an avif/avis brand; the size comes from the `ispe` (image
 * spatial extent) properties in the metadata. A grid image also has an `ispe` per tile and may
 * have a thumbnail's, so the largest one is the picture's.
 */
function avif(b: Uint8Array): SniffedImage | null {
  if (b.length < 16 || ascii(b, 4, 4) !== 'ftyp') return null;
  const ftypSize = u32be(b, 0);
  const brands: string[] = [ascii(b, 8, 4)];
  for (let i = 16; i + 4 <= Math.min(ftypSize, b.length); i += 4) brands.push(ascii(b, i, 4));
  if (!brands.includes('avif') && !brands.includes('avis')) return null;
  let largest: SniffedImage | null = null;
  // The metadata comes first and is small; 64 KiB of it is plenty, and bounds the scan.
  const limit = Math.min(b.length - 16, 64 * 1024);
  for (let i = ftypSize; i <= limit; i++) {
    if (b[i] === 0x69 && ascii(b, i, 4) === 'ispe') {
      const width = u32be(b, i + 8);
      const height = u32be(b, i + 12);
      if (!largest || width * height > largest.width * largest.height) largest = { type: 'image/avif', width, height };
    }
  }
  return largest;
}

/** The image's true type and size, or null when the bytes are not one of the five types. */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  const image = png(bytes) ?? gif(bytes) ?? jpeg(bytes) ?? webp(bytes) ?? avif(bytes);
  return image && image.width > 0 && image.height > 0 ? image : null;
}

/** `image/jpg` and friends to their registered names. */
export function normalizeImageType(declared: string | null | undefined): string {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type;
}
