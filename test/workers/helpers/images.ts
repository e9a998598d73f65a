/** Tiny images built byte by byte: enough header for each format to be recognized and sized. */

const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((ch) => ch.charCodeAt(0)) : [...part])));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le24 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];

export const images = {
  png: (w: number, h: number) => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], be32(13), 'IHDR', be32(w), be32(h), [8, 2, 0, 0, 0], be32(0), be32(0), 'IEND', be32(0xae426082)),
  gif: (w: number, h: number) => bytes('GIF89a', le16(w), le16(h), [0, 0, 0], ',', [0, 0, 0, 0], le16(w), le16(h), [0, 2, 2, 0x44, 1, 0], ';'),
  jpeg: (w: number, h: number) =>
    bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xc0, 0, 17, 8], [h >> 8, h & 255, w >> 8, w & 255], [3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1], [0xff, 0xd9]),
  webpLossy: (w: number, h: number) => bytes('RIFF', [30, 0, 0, 0], 'WEBP', 'VP8 ', [18, 0, 0, 0], [0, 0, 0], [0x9d, 0x01, 0x2a], le16(w), le16(h), [0, 0, 0, 0, 0, 0]),
  webpLossless: (w: number, h: number) => {
    const bits = (w - 1) | ((h - 1) << 14);
    return bytes('RIFF', [30, 0, 0, 0], 'WEBP', 'VP8L', [10, 0, 0, 0], [0x2f], [bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, (bits >>> 24) & 255], [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  },
  webpExtended: (w: number, h: number) => bytes('RIFF', [30, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0], [0, 0, 0, 0], le24(w - 1), le24(h - 1), [0, 0, 0, 0]),
  avif: (w: number, h: number) => bytes(be32(28), 'ftyp', 'avif', be32(0), 'avif', 'mif1', 'miaf', be32(20), 'ispe', be32(0), be32(w), be32(h)),
  svg: () => bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'),
  html: () => bytes('<!doctype html><script>alert(1)</script>'),
  pdf: () => bytes('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF'),
};
