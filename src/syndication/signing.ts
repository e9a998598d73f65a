/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): the secret is `whsec_` and the
 * base64 of random bytes; each attempt is signed as HMAC-SHA256 over `<id>.<timestamp>.<body>`
 * and sent as `webhook-signature: v1,<base64>`. Signed by the `standardwebhooks` library itself,
 * the one partners verify with, so the two cannot disagree on a detail of the format.
 */
import { Webhook } from 'standardwebhooks';

const SECRET_BYTES = 32;

/** A new signing secret in its `whsec_…` form, from crypto.getRandomValues. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** The three headers of one attempt to deliver `payload` as message `id`, signed at `at`. */
export function signedHeaders(secret: string, id: string, at: Date, payload: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, payload),
  };
}
