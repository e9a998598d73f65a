/**
 * Webhook signatures as the Standard Webhooks spec defines them (standardwebhooks.com): the
 * `webhook-id`, `webhook-timestamp` and `webhook-signature` headers; the signature is
 * base64(HMAC-SHA256(secret, `${id}.${timestamp}.${body}`)), listed as `v1,<signature>` (several,
 * space-separated, while a secret is being rotated). Web Crypto only, so it runs anywhere fetch does.
 */

/** Why a webhook was refused: a missing header, a stale timestamp or no matching signature. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}

export interface VerifyWebhookOptions {
  /** How far the timestamp may be from now, in seconds (5 minutes by default, as the spec advises). */
  toleranceSeconds?: number;
  /** Now, for tests. */
  now?: Date;
}

const PREFIX = 'whsec_';

function base64Bytes(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The key bytes of `secret`: `whsec_<base64>` (or bare base64) as Byline shows it, or raw bytes. */
function secretBytes(secret: string | Uint8Array): Uint8Array {
  if (typeof secret !== 'string') return secret;
  const bytes = base64Bytes(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret);
  if (!bytes || bytes.length === 0) throw new WebhookVerificationError('The secret is not base64 (whsec_…).');
  return bytes;
}

/**
 * Checks that `request` is a webhook signed with `secret` and recent, then answers its JSON body.
 * Reads the body: pass `request.clone()` to read it again yourself.
 */
export async function verifyWebhook<T = unknown>(request: Request, secret: string | Uint8Array, { toleranceSeconds = 300, now = new Date() }: VerifyWebhookOptions = {}): Promise<T> {
  const id = request.headers.get('webhook-id');
  const timestamp = request.headers.get('webhook-timestamp');
  const signatures = request.headers.get('webhook-signature');
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('Missing the webhook-id, webhook-timestamp or webhook-signature header.');
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError('webhook-timestamp is not a number of seconds.');
  if (Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp)) > toleranceSeconds) {
    throw new WebhookVerificationError('webhook-timestamp is too far from now (a replay, or a clock that is off).');
  }
  const body = await request.text();
  const key = await crypto.subtle.importKey('raw', secretBytes(secret) as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  for (const part of signatures.split(' ')) {
    const [version, signature] = part.split(',');
    const bytes = version === 'v1' && signature ? base64Bytes(signature) : null;
    // subtle.verify compares in constant time.
    if (bytes && (await crypto.subtle.verify('HMAC', key, bytes as BufferSource, signed))) return JSON.parse(body) as T;
  }
  throw new WebhookVerificationError('No webhook-signature matches the body with this secret.');
}
