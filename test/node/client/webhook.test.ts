import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError, verifyWebhook } from '../../../packages/client/src/index';

/** Issue 18: verifyWebhook accepts exactly what the standardwebhooks library signs, and nothing else. */

const SECRET = `whsec_${Buffer.from('byline-webhook-test-secret-32-bytes!').toString('base64')}`;
const OTHER = `whsec_${Buffer.from('another-secret-entirely-of-32-bytes').toString('base64')}`;
const payload = JSON.stringify({ type: 'article.published', data: { id: 'art_1', slug: 'kenya-haiti' } });

/** A request signed by the reference library, as a sender following the spec would send it. */
function signed({ secret = SECRET, body = payload, at = new Date(), id = 'msg_2Kq9' } = {}): Request {
  const signature = new Webhook(secret).sign(id, at, body);
  return new Request('https://partner.example/hooks', {
    method: 'POST',
    headers: { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature },
    body,
  });
}

describe('verifyWebhook', () => {
  it('accepts a webhook signed by the standardwebhooks library and answers its payload', async () => {
    await expect(verifyWebhook(signed(), SECRET)).resolves.toEqual(JSON.parse(payload));
    // The secret without its whsec_ prefix is the same key.
    await expect(verifyWebhook(signed(), SECRET.slice('whsec_'.length))).resolves.toEqual(JSON.parse(payload));
  });

  it('accepts any one matching signature while a secret is rotated', async () => {
    const request = signed();
    const rotated = new Request(request, { headers: { ...Object.fromEntries(request.headers), 'webhook-signature': `v1,${btoa('x'.repeat(32))} ${request.headers.get('webhook-signature')}` } });
    await expect(verifyWebhook(rotated, SECRET)).resolves.toBeTruthy();
  });

  it('refuses another secret, a changed body, a changed id and a stale or future timestamp', async () => {
    await expect(verifyWebhook(signed({ secret: OTHER }), SECRET)).rejects.toThrow(WebhookVerificationError);
    const tampered = signed();
    const changed = new Request(tampered.url, { method: 'POST', headers: tampered.headers, body: payload.replace('art_1', 'art_2') });
    await expect(verifyWebhook(changed, SECRET)).rejects.toThrow('No webhook-signature matches');
    const renamed = new Request(tampered.url, { method: 'POST', headers: { ...Object.fromEntries(tampered.headers), 'webhook-id': 'msg_other' }, body: payload });
    await expect(verifyWebhook(renamed, SECRET)).rejects.toThrow('No webhook-signature matches');
    await expect(verifyWebhook(signed({ at: new Date(Date.now() - 10 * 60_000) }), SECRET)).rejects.toThrow('too far from now');
    await expect(verifyWebhook(signed({ at: new Date(Date.now() + 10 * 60_000) }), SECRET)).rejects.toThrow('too far from now');
  });

  it('refuses a request without the three headers, or with an unknown signature version', async () => {
    await expect(verifyWebhook(new Request('https://x/', { method: 'POST', body: payload }), SECRET)).rejects.toThrow('Missing');
    const request = signed();
    const v2 = new Request(request.url, { method: 'POST', headers: { ...Object.fromEntries(request.headers), 'webhook-signature': request.headers.get('webhook-signature')!.replace('v1,', 'v2,') }, body: payload });
    await expect(verifyWebhook(v2, SECRET)).rejects.toThrow(WebhookVerificationError);
  });
});
