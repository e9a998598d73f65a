/**
 * Signed, expiring draft-preview links: `<article id>.<expiry, Unix seconds>.<HMAC-SHA256>`, the
 * MAC (base64url) over a label, the id and the expiry. Nothing is stored: the link proves itself,
 * so it cannot be revoked one by one — only by rotating the secret, which ends every link at once.
 */
import { timingSafeEqualStrings } from '../content/keys';

/** Optional secrets this module reads when they are configured. */
interface PreviewEnv {
  ADMIN_TOKEN: string;
  PREVIEW_SECRET?: string;
}

/** Bounds of `expires_in_seconds`: a minute to a week; an hour when not given. */
export const PREVIEW_TTL = { min: 60, max: 7 * 24 * 3600, default: 3600 } as const;

// HKDF's info: the key it derives signs preview links and nothing else, so a MAC made for one
// purpose can never be replayed as another's, and v1 leaves room to change the format.
const KEY_LABEL = 'byline preview link v1';
const encoder = new TextEncoder();
const TOKEN = /^(art_[0-9a-z]{1,40})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function base64Url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The HMAC key, derived by HKDF-SHA256 from `PREVIEW_SECRET` when set, else from `ADMIN_TOKEN`.
 * Derived rather than used as is: the root token itself never becomes a MAC key, and a key made
 * under this label is useless for anything else even when both come from the same token.
 */
async function signingKey(env: PreviewEnv): Promise<CryptoKey> {
  const secret = env.PREVIEW_SECRET || env.ADMIN_TOKEN;
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: encoder.encode(KEY_LABEL) },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

async function tokenFor(key: CryptoKey, id: string, expires: number): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${KEY_LABEL}\n${id}\n${expires}`));
  return `${id}.${expires}.${base64Url(mac)}`;
}

/** A preview token for article `id`, valid until `expires` (Unix seconds). */
export async function signPreview(env: PreviewEnv, id: string, expires: number): Promise<string> {
  return tokenFor(await signingKey(env), id, expires);
}

export type PreviewCheck = { ok: true; id: string; expires: number } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Whether `token` is one this deployment made and has not expired at `nowSeconds`. The whole
 * token is compared in constant time with the one its id and expiry would have: any other byte
 * anywhere — including a base64url spelling that decodes to the same MAC — is refused.
 */
export async function verifyPreview(env: PreviewEnv, token: string, nowSeconds: number): Promise<PreviewCheck> {
  const parts = TOKEN.exec(token);
  // Compared even when malformed, against a stand-in, so that the time taken tells nothing.
  const [id, expires] = parts ? [parts[1]!, Number(parts[2])] : ['art_0', 0];
  const expected = await tokenFor(await signingKey(env), id, expires);
  const same = await timingSafeEqualStrings(token, expected);
  if (!parts || !same) return { ok: false, reason: 'invalid' };
  if (expires <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, id, expires };
}
