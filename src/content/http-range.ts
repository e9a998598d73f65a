/** A single byte range of a `Range: bytes=…` header, resolved against the object's size. */
export type ByteRange = { offset: number; length: number };

/**
 * Reads `bytes=a-b`, `bytes=a-` and `bytes=-n`. Returns null when there is no usable Range (the
 * whole object is sent, as RFC 9110 allows for anything it does not understand, including
 * multiple ranges) and 'unsatisfiable' when the range lies outside the object (416).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec((header ?? '').trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    const length = Math.min(suffix, size);
    return { offset: size - length, length };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { offset: start, length: end - start + 1 };
}
