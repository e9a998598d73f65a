/**
 * API key secrets: `byl_<prefix>_<secret>`. The prefix (public, 10 characters) finds the key;
 * only the SHA-256 of the whole token is stored (content/hash.ts), compared in constant time.
 */

export const ROLES = ['partner', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const TOKEN_PATTERN = /^byl_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Whether `role` may do what `required` allows: admin > editor > partner. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** A new key: a 10-character lookup prefix and 256 random bits, from crypto.getRandomValues. */
export function generateKeyToken(): { token: string; prefix: string } {
  const prefixBytes = crypto.getRandomValues(new Uint8Array(10));
  const prefix = [...prefixBytes].map((byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');
  const secret = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  return { token: `byl_${prefix}_${secret}`, prefix };
}

/** The prefix in a key's public form (`byl_<prefix>`, as listed and as `data-key`), or null. */
export function publicPrefix(value: string): string | null {
  return /^byl_([a-z0-9]{10})$/.exec(value)?.[1] ?? null;
}

/** The prefix of a well-formed token, or null. */
export function tokenPrefix(token: string): string | null {
  return TOKEN_PATTERN.exec(token)?.[1] ?? null;
}

/** Compares two strings in time that depends only on their lengths, via their SHA-256 digests. */
export async function timingSafeEqualStrings(a: string, b: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [left, right] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(a)),
    crypto.subtle.digest('SHA-256', encoder.encode(b)),
  ]);
  return crypto.subtle.timingSafeEqual(left, right);
}
