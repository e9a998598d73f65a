/** Tiny images: some built byte by byte (whole files of each format, with a few bytes of image data), some from real encoders. */

const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((ch) => ch.charCodeAt(0)) : [...part])));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le24 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const le32 = (n: number) => [...le24(n), (n >>> 24) & 255];

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG chunk: length, type, data, and the CRC of type and data. */
const pngChunk = (type: string, data: number[]) => {
  const body = bytes(type, data);
  return bytes(be32(data.length), body, be32(crc32(body)));
};
/** A RIFF chunk, padded to an even length. */
const riffChunk = (type: string, data: number[]) => bytes(type, le32(data.length), data, data.length % 2 ? [0] : []);
const riff = (...chunks: Uint8Array[]) => {
  const body = bytes('WEBP', ...chunks);
  return bytes('RIFF', le32(body.length), body);
};
/** An ISO-BMFF box: its size, its type, its content. */
const box = (type: string, ...content: (number[] | string | Uint8Array)[]) => {
  const body = bytes(...content);
  return bytes(be32(body.length + 8), type, body);
};
const vp8 = (w: number, h: number) => riffChunk('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(w), ...le16(h), 0, 0, 0, 0, 0, 0]);

export const images = {
  png: (w: number, h: number) =>
    bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pngChunk('IHDR', [...be32(w), ...be32(h), 8, 2, 0, 0, 0]), pngChunk('IDAT', [0x78, 0x9c, 0x63, 0, 0, 0, 1, 0, 1]), pngChunk('IEND', [])),
  gif: (w: number, h: number) => bytes('GIF89a', le16(w), le16(h), [0, 0, 0], ',', [0, 0, 0, 0], le16(w), le16(h), [0, 2, 2, 0x44, 1, 0], ';'),
  jpeg: (w: number, h: number) =>
    bytes(
      [0xff, 0xd8, 0xff, 0xe0, 0, 16],
      'JFIF',
      [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
      [0xff, 0xc0, 0, 17, 8],
      [h >> 8, h & 255, w >> 8, w & 255],
      [3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1],
      [0xff, 0xda, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0],
      [0x12, 0x34, 0xff, 0x00, 0x56],
      [0xff, 0xd9],
    ),
  webpLossy: (w: number, h: number) => riff(vp8(w, h)),
  webpLossless: (w: number, h: number) => {
    const bits = (w - 1) | ((h - 1) << 14);
    return riff(riffChunk('VP8L', [0x2f, ...le32(bits >>> 0), 0, 0, 0, 0]));
  },
  webpExtended: (w: number, h: number) => riff(riffChunk('VP8X', [0, 0, 0, 0, ...le24(w - 1), ...le24(h - 1)]), vp8(Math.min(w, 16383), Math.min(h, 16383))),
  /** An AVIF whose item properties hold an `ispe` of w×h, and of each of `more` (a grid's tiles, a thumbnail). */
  avif: (w: number, h: number, ...more: [number, number][]) =>
    bytes(
      box('ftyp', 'avif', be32(0), 'avif', 'mif1', 'miaf'),
      box('meta', be32(0), box('iprp', box('ipco', ...[[w, h], ...more].map(([width, height]) => box('ispe', be32(0), be32(width!), be32(height!)))))),
      box('mdat', [0x12, 0, 0x0a, 0x08]),
    ),
  svg: () => bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'),
  html: () => bytes('<!doctype html><script>alert(1)</script>'),
  pdf: () => bytes('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF'),
};

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

export interface EncodedImage {
  name: string;
  type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif';
  width: number;
  height: number;
  bytes: Uint8Array;
}

/**
 * Complete files written by real encoders (libvips, through sharp), base64 here because workerd
 * has no encoder; libvips reads each back with the width and height given.
 */
export const encodedImages: EncodedImage[] = [
  { name: 'baseline JPEG with EXIF and an ICC profile before its SOF0', type: 'image/jpeg', width: 3, height: 2, bytes: fromBase64(
    '/9j/4QC8RXhpZgAASUkqAAgAAAAGABIBAwABAAAAAQAAABoBBQABAAAAVgAAABsBBQABAAAAXgAAACgBAwABAAAAAgAAABMCAwABAAAAAQAAAGmHBAABAAAAZgAAAAAAAAA4YwAA6AMAADhjAADoAwAABgAAkAcABAAAADAyMTABkQcABAAAAAECAwAAoAcABAAAADAxMDABoAMAAQAAAP//AAACoAQAAQAAAAMAAAADoAQAAQAAAAIAAAAAAAAA/+IB8ElDQ19QUk9GSUxFAAEBAAAB4GxjbXMEIAAAbW50clJHQiBYWVogB+IAAwAUAAkADgAdYWNzcE1TRlQAAAAAc2F3c2N0cmwAAAAAAAAAAAAAAAAAAPbWAAEAAAAA0y1oYW5keem/Vlo+AbaDI4VVRvdPqgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKZGVzYwAAAPwAAAAkY3BydAAAASAAAAAid3RwdAAAAUQAAAAUY2hhZAAAAVgAAAAsclhZWgAAAYQAAAAUZ1hZWgAAAZgAAAAUYlhZWgAAAawAAAAUclRSQwAAAcAAAAAgZ1RSQwAAAcAAAAAgYlRSQwAAAcAAAAAgbWx1YwAAAAAAAAABAAAADGVuVVMAAAAIAAAAHABzAFIARwBCbWx1YwAAAAAAAAABAAAADGVuVVMAAAAGAAAAHABDAEMAMAAAWFlaIAAAAAAAAPbWAAEAAAAA0y1zZjMyAAAAAAABDD8AAAXd///zJgAAB5AAAP2S///7of///aIAAAPcAADAcVhZWiAAAAAAAABvoAAAOPIAAAOPWFlaIAAAAAAAAGKWAAC3iQAAGNpYWVogAAAAAAAAJKAAAA+FAAC2xHBhcmEAAAAAAAMAAAACZmkAAPKnAAANWQAAE9AAAApb/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdoZz5NcXlwZHhcZWdj/9sAQwEREhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj/8AAEQgAAgADAwEiAAIRAQMRAf/EABUAAQEAAAAAAAAAAAAAAAAAAAAF/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABUBAQEAAAAAAAAAAAAAAAAAAAQG/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AkACKh//Z',
  ) },
  { name: 'progressive JPEG (SOF2)', type: 'image/jpeg', width: 5, height: 4, bytes: fromBase64(
    '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wgARCAAEAAUDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAVAQEBAAAAAAAAAAAAAAAAAAADBf/aAAwDAQACEAMQAAABjA1P/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABBQJ//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPwF//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPwF//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAGPwJ//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPyF//9oADAMBAAIAAwAAABD7/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPxB//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPxB//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxB//9k=',
  ) },
  { name: 'PNG', type: 'image/png', width: 2, height: 3, bytes: fromBase64(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEklEQVQImWM4IadxQk6DAYUCAEZHBlUI5Zn7AAAAAElFTkSuQmCC',
  ) },
  { name: 'GIF89a', type: 'image/gif', width: 3, height: 2, bytes: fromBase64(
    'R0lGODlhAwACAIAAAExpccgeKCH5BAUAAAAALAAAAAADAAIAAAICjF8AOw==',
  ) },
  { name: 'lossy WebP (VP8)', type: 'image/webp', width: 4, height: 3, bytes: fromBase64(
    'UklGRjQAAABXRUJQVlA4ICgAAACQAQCdASoEAAMAAsBMJaACdLoAA5gA/u1N3rvFpRr/56Z/W38f+MgA',
  ) },
  { name: 'lossless WebP (VP8L)', type: 'image/webp', width: 4, height: 3, bytes: fromBase64(
    'UklGRh4AAABXRUJQVlA4TBEAAAAvA4AAAAdQjyIXpf+BiOh/AAA=',
  ) },
  { name: 'WebP with alpha (VP8X)', type: 'image/webp', width: 6, height: 5, bytes: fromBase64(
    'UklGRlgAAABXRUJQVlA4WAoAAAAQAAAABQAABAAAQUxQSAoAAAABB1DAiAhERP8DVlA4ICgAAACQAQCdASoGAAUAAsBMJaACdLoAA5gA/u1N3rvFpRr/56Z/W38f+MgA',
  ) },
  { name: 'AVIF', type: 'image/avif', width: 3, height: 2, bytes: fromBase64(
    'AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAANZtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAACJpbG9jAAAAAERAAAEAAQAAAAAA+gABAAAAAAAAACUAAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABhdjAxAAAAAA5waXRtAAAAAAABAAAAVmlwcnAAAAA4aXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAAAMAAAACAAAAEHBpeGkAAAAAAwgICAAAABZpcG1hAAAAAAAAAAEAAQOBAgMAAAAtbWRhdBIACgg4BCtICGg0gDIXGsJi5OYYYYFCIACQNY48fqWStkMTn/I=',
  ) },
  { name: 'AVIF with an alpha plane (two ispe)', type: 'image/avif', width: 7, height: 6, bytes: fromBase64(
    'AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAAXBtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAADRpbG9jAAAAAERAAAIAAQAAAAABlAABAAAAAAAAACUAAgAAAAABuQABAAAAAAAAABIAAAA4aWluZgAAAAAAAgAAABVpbmZlAgAAAAABAABhdjAxAAAAABVpbmZlAgAAAAACAABhdjAxAAAAAA5waXRtAAAAAAABAAAAr2lwcnAAAACKaXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAAAcAAAAGAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgQAcAAAAAA5waXhpAAAAAAEIAAAAOGF1eEMAAAAAdXJuOm1wZWc6bXBlZ0I6Y2ljcDpzeXN0ZW1zOmF1eGlsaWFyeTphbHBoYQAAAAAdaXBtYQAAAAAAAAACAAEDgQIDAAIEhAIFhgAAABppcmVmAAAAAAAAAA5hdXhsAAIAAQABAAAAP21kYXQSAAoIOAi1aQENBpAyFxrCYuTmGGGBQiAAkDWOPH6lkrZDE5/yEgAKBRgItWFQMgcZgEEBABCg',
  ) },
];

/** One of {@link encodedImages} by name. */
export const encoded = (name: string): EncodedImage => encodedImages.find((image) => image.name === name)!;

/** One transform the stand-in Images binding was asked for. */
export interface ImagesCall {
  width?: number;
  format: string;
}

/**
 * A stand-in for the Cloudflare Images binding (a service we do not run): input → transform →
 * output, answering an image of the asked format (WebP, AVIF, else PNG) header-true to the asked
 * width (never wider than the original, whose size it reads from the input), its height in
 * proportion. `calls` records each output; while `failing()` is true it fails as the service does.
 */
export function fakeImagesBinding(
  sniff: (bytes: Uint8Array) => { width: number; height: number } | null,
  options: { calls?: ImagesCall[]; failing?: () => boolean } = {},
) {
  return {
    input(stream: ReadableStream<Uint8Array>) {
      let width: number | undefined;
      const transformer = {
        transform(transform: { width?: number }) {
          width = transform.width ?? width;
          return transformer;
        },
        async output({ format }: { format: string }) {
          const input = new Uint8Array(await new Response(stream).arrayBuffer());
          if (input.byteLength === 0) throw new Error('The stand-in Images binding was given no bytes.');
          const original = sniff(input)!;
          if (options.failing?.()) throw new Error('IMAGES_TRANSFORM_ERROR 9422: decode failed');
          options.calls?.push({ width, format });
          const w = Math.min(width ?? original.width, original.width);
          const h = Math.round((w * original.height) / original.width);
          const [type, bytes] =
            format === 'image/webp' ? [format, images.webpLossy(w, h)] : format === 'image/avif' ? [format, images.avif(w, h)] : ['image/png', images.png(w, h)];
          return { contentType: () => type, image: () => new Response(bytes).body!, response: () => new Response(bytes) };
        },
      };
      return transformer;
    },
  };
}
