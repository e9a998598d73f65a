import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeImageType, sniffImage } from '../../../src/content/image-sniff';
import { encoded, encodedImages, images } from '../helpers/images';

const text = (value: string) => new TextEncoder().encode(value);
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));

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
    const tile = images.avif(512, 512).subarray(28);
    expect(sniffImage(concat(images.avif(256, 256), tile, images.avif(4096, 2048).subarray(28)))).toMatchObject({ width: 4096, height: 2048 });
    expect(sniffImage(concat(images.avif(4096, 2048), tile))).toMatchObject({ width: 4096, height: 2048 });
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

  it('refuses a JPEG whose data ends or starts before any frame header', () => {
    const soi = [0xff, 0xd8];
    const frame = [0xff, 0xc0, 0, 17, 8, 0, 2, 0, 3, 0, 0, 0, 0];
    expect(sniffImage(new Uint8Array([...soi, ...frame]))).toMatchObject({ width: 3, height: 2 });
    expect(sniffImage(new Uint8Array([...soi, 0xff, 0xd9, 0, 2, ...frame]))).toBeNull();
    expect(sniffImage(new Uint8Array([...soi, 0xff, 0xda, 0, 2, ...frame]))).toBeNull();
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
});

describe('normalizeImageType', () => {
  it('drops parameters and case, and names image/jpg by its registered name', () => {
    expect(normalizeImageType('Image/PNG; charset=binary')).toBe('image/png');
    expect(normalizeImageType('image/jpg')).toBe('image/jpeg');
    expect(normalizeImageType('image/pjpeg')).toBe('image/jpeg');
    expect(normalizeImageType(undefined)).toBe('');
  });
});
