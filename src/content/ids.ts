/** Stable opaque ids like `art_01hb6d3v…`: a prefix and a ULID in lower-case Crockford base32. */

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out;
}

/** A new id: 48 bits of milliseconds then 80 random bits, so ids sort by creation time. */
export function newId(prefix: string, at: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  let time = at;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  crypto.getRandomValues(bytes.subarray(6));
  return `${prefix}_${encodeBase32(bytes).slice(0, 26)}`;
}
