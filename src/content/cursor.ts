/**
 * The one pagination helper: opaque keyset cursors. A cursor is the last row's sort key,
 * base64url-encoded with a checksum, so a cursor that was cut or edited is refused (400)
 * instead of silently starting somewhere else.
 */

type Position = (string | number)[];

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A short fingerprint of `text`, for binding a cursor to what it was made from (a search's
 * match expression) without carrying it: a cursor of another search is then refused.
 */
export function fingerprint(text: string): string {
  return fnv1a(text);
}

/** Encodes a sort key under a kind (`articles`, `tags`…) so one list's cursor fails on another. */
export function encodeCursor(kind: string, position: Position): string {
  const payload = JSON.stringify([kind, ...position]);
  return `${toBase64Url(payload)}.${fnv1a(payload)}`;
}

/** The sort key inside a cursor of `kind`, or null when the cursor is malformed or tampered with. */
export function decodeCursor(kind: string, cursor: string): Position | null {
  const [encoded, checksum, ...rest] = cursor.split('.');
  if (encoded === undefined || checksum === undefined || rest.length > 0) return null;
  const payload = fromBase64Url(encoded);
  if (payload === null || fnv1a(payload) !== checksum) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind) return null;
  const position = parsed.slice(1);
  return position.every((part) => typeof part === 'string' || typeof part === 'number') ? position : null;
}
