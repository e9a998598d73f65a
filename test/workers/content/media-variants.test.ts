import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../src/content/http-range';
import { IMAGE_SIZES, VARIANT_WIDTHS, negotiateFormat, srcsetFor, variantKey } from '../../../src/content/media-variants';

describe('parseRange', () => {
  it('reads a closed, an open and a suffix range', () => {
    expect(parseRange('bytes=0-7', 100)).toEqual({ offset: 0, length: 8 });
    expect(parseRange('bytes=100-', 1000)).toEqual({ offset: 100, length: 900 });
    expect(parseRange('bytes=-500', 1000)).toEqual({ offset: 500, length: 500 });
  });

  it('clamps an end or a suffix past the object to its last byte', () => {
    expect(parseRange('bytes=90-5000', 100)).toEqual({ offset: 90, length: 10 });
    expect(parseRange('bytes=-5000', 100)).toEqual({ offset: 0, length: 100 });
    expect(parseRange('bytes=99-99', 100)).toEqual({ offset: 99, length: 1 });
  });

  it('is unsatisfiable from past the end, or for an empty suffix', () => {
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=100-200', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
  });

  it('ignores what it cannot serve as one range: the whole object is sent', () => {
    for (const header of [undefined, '', 'bytes=-', 'bytes=5-2', 'bytes=0-1,5-6', 'items=0-5', 'bytes=a-b', 'bytes 0-5']) {
      expect(parseRange(header, 100), String(header)).toBeNull();
    }
  });

  it('always answers a range inside the object', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.option(fc.nat(20_000)), fc.option(fc.nat(20_000)), (size, start, end) => {
        const range = parseRange(`bytes=${start ?? ''}-${end ?? ''}`, size);
        if (range === null || range === 'unsatisfiable') return;
        expect(range.length).toBeGreaterThan(0);
        expect(range.offset).toBeGreaterThanOrEqual(0);
        expect(range.offset + range.length).toBeLessThanOrEqual(size);
      }),
    );
  });
});

describe('srcsetFor', () => {
  const url = 'https://api.example/media/abc';

  it('lists the allowlisted widths below the original, then the original at its own width, where variants are made', () => {
    expect(srcsetFor(url, 1000, true)).toBe(`${url}?w=320 320w, ${url}?w=640 640w, ${url}?w=960 960w, ${url} 1000w`);
    expect(srcsetFor(url, 1280, true)).toBe(`${url}?w=320 320w, ${url}?w=640 640w, ${url}?w=960 960w, ${url} 1280w`);
    expect(srcsetFor(url, 4000, true)).toBe(`${VARIANT_WIDTHS.map((w) => `${url}?w=${w} ${w}w`).join(', ')}, ${url} 4000w`);
  });

  it('is the original alone for an image narrower than every variant, or of unknown width', () => {
    expect(srcsetFor(url, 200, true)).toBe(`${url} 200w`);
    expect(srcsetFor(url, null, true)).toBe(url);
  });

  it('is the original alone where no variant is made (no Images binding)', () => {
    expect(srcsetFor(url, 1000, false)).toBe(`${url} 1000w`);
    expect(srcsetFor(url, null, false)).toBe(url);
  });

  it('comes with sizes for a full-width phone layout and a 768 px column', () => {
    expect(IMAGE_SIZES).toBe('(max-width: 768px) 100vw, 768px');
  });
});

describe('negotiateFormat', () => {
  it('takes AVIF, then WebP, from Accept for auto, and nothing when neither is listed', () => {
    expect(negotiateFormat('auto', 'image/avif,image/webp,image/*')).toBe('image/avif');
    expect(negotiateFormat('auto', 'image/webp,*/*')).toBe('image/webp');
    expect(negotiateFormat('auto', 'image/png,*/*')).toBeNull();
    expect(negotiateFormat('auto', '')).toBeNull();
  });

  it('skips a type Accept refuses with q=0', () => {
    expect(negotiateFormat('auto', 'image/avif;q=0, image/webp;q=0.8')).toBe('image/webp');
    expect(negotiateFormat('auto', 'IMAGE/AVIF; q=0.5')).toBe('image/avif');
    expect(negotiateFormat('auto', 'image/avif;q=0,image/webp;q=0.0')).toBeNull();
  });

  it('answers an explicit format whatever Accept says, and nothing without one', () => {
    expect(negotiateFormat('webp', 'image/avif')).toBe('image/webp');
    expect(negotiateFormat('avif', '')).toBe('image/avif');
    expect(negotiateFormat(undefined, 'image/avif')).toBeNull();
  });
});

describe('variantKey', () => {
  it('keeps variants beside, never as, a 64-hex media key', () => {
    const key = 'a'.repeat(64);
    expect(variantKey(key, 320, 'image/webp')).toBe(`variants/${key}/320.webp`);
    expect(variantKey(key, undefined, 'image/avif')).toBe(`variants/${key}/full.avif`);
    expect(variantKey(key, 1920, 'image/jpeg')).toBe(`variants/${key}/1920.jpeg`);
  });
});
