/**
 * One reader per image format: each returns the size from the file's headers, or null unless
 * the bytes are a structurally whole file of that format — its headers complete and where the
 * format puts them, every chunk, segment or box inside the file, and image data after them.
 * A header alone, or a file cut short anywhere, is not an image we can store or transform.
 */

export interface Size {
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const u32le = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + ((b[i + 3]! << 24) >>> 0);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: IHDR first, its CRC right, then whole chunks with image data (IDAT) up to IEND. */
export function png(b: Uint8Array): Size | null {
  if (b.length < 33 || u32be(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR') return null;
  if (crc32(b.subarray(12, 29)) !== u32be(b, 29)) return null;
  let hasData = false;
  for (let i = 33; i + 12 <= b.length; ) {
    const type = ascii(b, i + 4, 4);
    const end = i + 12 + u32be(b, i);
    if (end > b.length) return null;
    if (type === 'IEND') return hasData ? { width: u32be(b, 16), height: u32be(b, 20) } : null;
    if (type === 'IDAT') hasData = true;
    i = end;
  }
  return null;
}

/** GIF: the screen descriptor's size, once blocks with at least one image run whole to the trailer. */
export function gif(b: Uint8Array): Size | null {
  if (b.length < 14) return null;
  const colorTable = (flags: number) => (flags & 0x80 ? 3 << ((flags & 7) + 1) : 0);
  // Data sub-blocks, each a length byte and that many bytes, ended by a zero length.
  const skipSubBlocks = (i: number): number => {
    while (i < b.length && b[i] !== 0) i += b[i]! + 1;
    return i < b.length ? i + 1 : -1;
  };
  let images = 0;
  let i = 13 + colorTable(b[10]!);
  while (i >= 0 && i < b.length) {
    const block = b[i];
    if (block === 0x3b) return images > 0 ? { width: u16le(b, 6), height: u16le(b, 8) } : null;
    if (block === 0x21) i = skipSubBlocks(i + 2);
    else if (block === 0x2c && i + 11 <= b.length) {
      // Descriptor (10 bytes), its color table, the LZW code size, then the image's data.
      i = skipSubBlocks(i + 10 + colorTable(b[i + 9]!) + 1);
      if (i >= 0) images++;
    } else return null;
  }
  return null;
}

/** JPEG: the frame header's size, once whole segments reach a scan with data and an end of image. */
export function jpeg(b: Uint8Array): Size | null {
  let size: Size | null = null;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xd8) return null;
    const length = u16be(b, i + 2);
    const end = i + 2 + length;
    if (length < 2 || end > b.length) return null;
    if (marker === 0xda) {
      // Entropy-coded data follows; 0xFF in it is stuffed or a restart, so FF D9 is the end.
      if (!size || end >= b.length) return null;
      for (let at = b.indexOf(0xd9, end + 1); at > 0; at = b.indexOf(0xd9, at + 1)) if (b[at - 1] === 0xff) return size;
      return null;
    }
    // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the dimensions.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 8) return null;
      size ??= { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    i = end;
  }
  return null;
}

/** WebP: a RIFF as long as it says, whole chunks inside it, and a VP8, VP8L or animation frame. */
export function webp(b: Uint8Array): Size | null {
  if (b.length < 20 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null;
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length) return null;
  let size: Size | null = null;
  let hasImage = false;
  for (let i = 12; i + 8 <= riffEnd; ) {
    const chunk = ascii(b, i, 4);
    const length = u32le(b, i + 4);
    const data = i + 8;
    if (data + length > riffEnd) return null;
    if (i === 12) {
      if (chunk === 'VP8 ' && length >= 10 && b[data + 3] === 0x9d && b[data + 4] === 0x01 && b[data + 5] === 0x2a) {
        size = { width: u16le(b, data + 6) & 0x3fff, height: u16le(b, data + 8) & 0x3fff };
      } else if (chunk === 'VP8L' && length >= 5 && b[data] === 0x2f) {
        const bits = u32le(b, data + 1);
        size = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
      } else if (chunk === 'VP8X' && length >= 10) {
        size = { width: u24le(b, data + 4) + 1, height: u24le(b, data + 7) + 1 };
      } else return null;
    }
    if ((chunk === 'VP8 ' || chunk === 'VP8L' || chunk === 'ANMF') && length > 0) hasImage = true;
    i = data + length + (length & 1);
  }
  return size && hasImage ? size : null;
}

/** The boxes of an ISO-BMFF range, each `[type, start of content, end]`, or null when one overruns it. */
function boxes(b: Uint8Array, start: number, end: number): [string, number, number][] | null {
  const found: [string, number, number][] = [];
  for (let i = start; i < end; ) {
    if (i + 8 > end) return null;
    let size = u32be(b, i);
    let header = 8;
    if (size === 1) {
      if (i + 16 > end) return null;
      size = u32be(b, i + 8) * 2 ** 32 + u32be(b, i + 12);
      header = 16;
    } else if (size === 0) size = end - i;
    if (size < header || i + size > end) return null;
    found.push([ascii(b, i + 4, 4), i + header, i + size]);
    i += size;
  }
  return found;
}

/**
 * AVIF: an `ftyp` with an avif/avis brand, whole top-level boxes, a `meta` whose item
 * properties give the size (`ispe`: a grid's tiles and a thumbnail have their own, so the
 * largest is the picture's) and coded data in an `mdat` (or the meta's `idat`).
 */
export function avif(b: Uint8Array): Size | null {
  if (b.length < 16 || ascii(b, 4, 4) !== 'ftyp') return null;
  const top = boxes(b, 0, b.length);
  if (!top || top[0]![0] !== 'ftyp') return null;
  const [, ftypStart, ftypEnd] = top[0]!;
  const brands: string[] = [ascii(b, ftypStart, 4)];
  for (let i = ftypStart + 8; i + 4 <= ftypEnd; i += 4) brands.push(ascii(b, i, 4));
  if (!brands.includes('avif') && !brands.includes('avis')) return null;
  const meta = top.find(([type]) => type === 'meta');
  // meta is a full box: a version and flags before its children.
  const inMeta = meta ? boxes(b, meta[1] + 4, meta[2]) : null;
  if (!inMeta) return null;
  const hasData = top.some(([type, start, end]) => type === 'mdat' && end > start) || inMeta.some(([type, start, end]) => type === 'idat' && end > start);
  const iprp = inMeta.find(([type]) => type === 'iprp');
  const ipco = iprp ? boxes(b, iprp[1], iprp[2])?.find(([type]) => type === 'ipco') : undefined;
  let largest: Size | null = null;
  for (const [type, start, end] of (ipco && boxes(b, ipco[1], ipco[2])) || []) {
    if (type !== 'ispe' || end - start < 12) continue;
    const size = { width: u32be(b, start + 4), height: u32be(b, start + 8) };
    if (!largest || size.width * size.height > largest.width * largest.height) largest = size;
  }
  return hasData ? largest : null;
}
