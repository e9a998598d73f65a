import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_DIMENSION, MAX_IMAGE_PIXELS, normalizeImageType, oversizeReason, signatureType, sniffImage } from '../../../src/content/image-sniff';
import { type EncodedImage, encoded, encodedImages, images } from '../helpers/images';

const text = (value: string) => new TextEncoder().encode(value);
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));

/** The byte-built images of each format, as whole files. */
const builtImages: EncodedImage[] = [
  { name: 'built PNG', type: 'image/png', width: 7, height: 8, bytes: images.png(7, 8) },
  { name: 'built GIF', type: 'image/gif', width: 9, height: 10, bytes: images.gif(9, 10) },
  { name: 'built JPEG', type: 'image/jpeg', width: 33, height: 44, bytes: images.jpeg(33, 44) },
  { name: 'built lossy WebP', type: 'image/webp', width: 41, height: 42, bytes: images.webpLossy(41, 42) },
  { name: 'built lossless WebP', type: 'image/webp', width: 5, height: 6, bytes: images.webpLossless(5, 6) },
  { name: 'built extended WebP', type: 'image/webp', width: 300, height: 200, bytes: images.webpExtended(300, 200) },
  { name: 'built AVIF', type: 'image/avif', width: 640, height: 480, bytes: images.avif(640, 480, [160, 120]) },
];

describe('sniffImage', () => {
  for (const image of encodedImages) {
    it(`reads a ${image.name} from a real encoder as ${image.type}, ${image.width}×${image.height}`, () => {
      expect(sniffImage(image.bytes)).toEqual({ type: image.type, width: image.width, height: image.height });
    });
  }

  it('reads sizes past one byte from each format’s header', () => {
    expect(sniffImage(images.png(70000, 3))).toEqual({ type: 'image/png', width: 70000, height: 3 });
    expect(sniffImage(images.gif(300, 65535))).toEqual({ type: 'image/gif', width: 300, height: 65535 });
    expect(sniffImage(images.jpeg(4032, 3024))).toEqual({ type: 'image/jpeg', width: 4032, height: 3024 });
    expect(sniffImage(images.webpLossy(16383, 2))).toEqual({ type: 'image/webp', width: 16383, height: 2 });
    expect(sniffImage(images.webpLossless(16384, 300))).toEqual({ type: 'image/webp', width: 16384, height: 300 });
    expect(sniffImage(images.webpExtended(16777216, 5))).toEqual({ type: 'image/webp', width: 16777216, height: 5 });
    expect(sniffImage(images.avif(8000, 6000))).toEqual({ type: 'image/avif', width: 8000, height: 6000 });
  });

  it('takes the largest ispe of an AVIF (a grid’s tiles and thumbnails come with their own)', () => {
    expect(sniffImage(images.avif(256, 256, [512, 512], [4096, 2048]))).toMatchObject({ width: 4096, height: 2048 });
    expect(sniffImage(images.avif(4096, 2048, [512, 512]))).toMatchObject({ width: 4096, height: 2048 });
  });

  it('refuses what is not one of the five types, whatever it claims', () => {
    const heic = concat(new Uint8Array([0, 0, 0, 24]), text('ftypheic'), new Uint8Array(4), text('mif1heic'), images.avif(4, 4).subarray(28));
    for (const bytes of [images.svg(), images.html(), images.pdf(), heic, text('GIF88a'), text('RIFF\0\0\0\0WAVEfmt '), new Uint8Array(0)]) {
      expect(sniffImage(bytes)).toBeNull();
    }
  });

  it('refuses headers cut short, and images of no size', () => {
    for (const image of encodedImages) {
      // A prefix too short to hold the size answers null rather than a wrong size or a throw.
      for (let length = 0; length < 10; length++) expect(sniffImage(image.bytes.subarray(0, length)), `${image.name} cut at ${length}`).toBeNull();
    }
    expect(sniffImage(images.png(0, 10))).toBeNull();
    expect(sniffImage(images.gif(10, 0))).toBeNull();
    expect(sniffImage(images.avif(4, 4).subarray(0, 40))).toBeNull();
  });

  it('refuses a PNG signature and IHDR with no image after them (4294967295 × 4294967295 in 29 bytes)', () => {
    const header = concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), text('IHDR'), new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 8, 2, 0, 0, 0]));
    expect(header.byteLength).toBe(29);
    expect(sniffImage(header)).toBeNull();
    expect(signatureType(header)).toBe('image/png');
    // With its CRC and an IEND it is still no image: there is no image data.
    const png = images.png(5, 5);
    expect(sniffImage(concat(png.subarray(0, 33), png.subarray(png.length - 12)))).toBeNull();
  });

  it('refuses every file cut short, of every format', () => {
    for (const image of [...encodedImages, ...builtImages]) {
      expect(sniffImage(image.bytes), image.name).toEqual({ type: image.type, width: image.width, height: image.height });
      for (let length = 0; length < image.bytes.length; length++) {
        expect(sniffImage(image.bytes.subarray(0, length)), `${image.name} cut at ${length} of ${image.bytes.length}`).toBeNull();
      }
    }
  });

  it('refuses the header of each format without what must follow it', () => {
    const soi = [0xff, 0xd8];
    const frame = [0xff, 0xc0, 0, 11, 8, 0, 2, 0, 3, 1, 1, 0x11, 0];
    const scan = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0];
    expect(sniffImage(new Uint8Array([...soi, ...frame, ...scan, 0x12, 0xff, 0xd9]))).toMatchObject({ width: 3, height: 2 });
    expect(sniffImage(new Uint8Array([...soi, ...frame]))).toBeNull();
    expect(sniffImage(new Uint8Array([...soi, ...frame, ...scan]))).toBeNull();
    expect(sniffImage(new Uint8Array([...soi, ...frame, ...scan, 0x12, 0x34]))).toBeNull();
    expect(sniffImage(new Uint8Array([...soi, ...frame, 0xff, 0xd9]))).toBeNull();
    // An end of image or a scan before any frame header: not a picture we can size.
    expect(sniffImage(new Uint8Array([...soi, 0xff, 0xd9, 0, 2, ...frame, ...scan, 0x12, 0xff, 0xd9]))).toBeNull();
    expect(sniffImage(new Uint8Array([...soi, 0xff, 0xda, 0, 2, ...frame, ...scan, 0x12, 0xff, 0xd9]))).toBeNull();
    // A GIF with a screen but no image; a WebP whose RIFF claims more than there is; an AVIF without its mdat.
    expect(sniffImage(concat(images.gif(3, 2).subarray(0, 13), text(';')))).toBeNull();
    const lossy = images.webpLossy(4, 3);
    expect(sniffImage(concat(lossy, new Uint8Array(8)))).toMatchObject({ width: 4, height: 3 });
    expect(sniffImage(concat(lossy.subarray(0, 4), new Uint8Array([lossy[4]! + 2, 0, 0, 0]), lossy.subarray(8)))).toBeNull();
    const avif = images.avif(3, 2);
    expect(sniffImage(avif.subarray(0, avif.length - 12))).toBeNull();
    expect(sniffImage(concat(avif.subarray(0, avif.length - 12), new Uint8Array([0, 0, 0, 8]), text('mdat')))).toBeNull();
  });

  it('finds the frame header after fill bytes and restart markers', () => {
    const jpeg = images.jpeg(33, 44);
    const padded = new Uint8Array([0xff, 0xd8, 0xff, 0xff, 0xff, 0xd0, ...jpeg.subarray(2)]);
    expect(sniffImage(padded)).toEqual({ type: 'image/jpeg', width: 33, height: 44 });
  });

  it('judges a PNG header followed by HTML by its header: the serving side keeps it an image', () => {
    const polyglot = concat(encoded('PNG').bytes, text('<html><script>alert(1)</script></html>'));
    expect(sniffImage(polyglot)).toEqual({ type: 'image/png', width: 2, height: 3 });
  });

  it('never throws, whatever the bytes', () => {
    const prefixes = [new Uint8Array(0), ...encodedImages.map((image) => image.bytes.subarray(0, 30))];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 200 }), (prefix, tail) => {
        const result = sniffImage(concat(prefix, tail));
        if (result) expect(result.width > 0 && result.height > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any cut of a whole image as nothing, and the whole image with anything after it as nothing or exactly itself', () => {
    const whole = fc.constantFrom(...encodedImages, ...builtImages);
    const real = (image: EncodedImage) => ({ type: image.type, width: image.width, height: image.height });
    fc.assert(
      fc.property(whole, fc.nat(), (image, at) => {
        const cut = at % image.bytes.length;
        expect(sniffImage(image.bytes.subarray(0, cut))).toBeNull();
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(whole, fc.uint8Array({ maxLength: 64 }), (image, tail) => {
        const result = sniffImage(concat(image.bytes, tail));
        if (result) expect(result).toEqual(real(image));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('signatureType and oversizeReason', () => {
  it('names the format a file begins as, whole or not, and no other', () => {
    for (const image of encodedImages) expect(signatureType(image.bytes.subarray(0, 16)), image.name).toBe(image.type);
    expect(signatureType(concat(new Uint8Array([0, 0, 0, 24]), text('ftypheicmif1')))).toBeNull();
    expect(signatureType(images.html())).toBeNull();
  });

  it(`takes up to ${MAX_IMAGE_DIMENSION} pixels a side and ${MAX_IMAGE_PIXELS / 1e6} megapixels, as Cloudflare Images does`, () => {
    const sized = (width: number, height: number) => ({ type: 'image/png' as const, width, height });
    expect(oversizeReason(sized(MAX_IMAGE_DIMENSION, 8000))).toBeNull();
    expect(oversizeReason(sized(10_000, 10_000))).toBeNull();
    expect(oversizeReason(sized(MAX_IMAGE_DIMENSION + 1, 1))).toMatch(/12,000/);
    expect(oversizeReason(sized(1, MAX_IMAGE_DIMENSION + 1))).toMatch(/12,000/);
    expect(oversizeReason(sized(11_000, 10_000))).toMatch(/100 megapixels/);
    expect(oversizeReason(sized(4294967295, 4294967295))).toContain('4294967295×4294967295');
  });
});

describe('normalizeImageType', () => {
  it('drops parameters and case, and names image/jpg by its registered name', () => {
    expect(normalizeImageType('Image/PNG; charset=binary')).toBe('image/png');
    expect(normalizeImageType('image/jpg')).toBe('image/jpeg');
    expect(normalizeImageType('image/pjpeg')).toBe('image/jpeg');
    expect(normalizeImageType(undefined)).toBe('');
  });
});
