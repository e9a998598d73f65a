import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signedHeaders } from '../../../src/syndication/signing';

describe('webhook signing', () => {
  it('makes secrets in whsec_ form with 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs so that the standardwebhooks library verifies the payload', () => {
    const secret = newWebhookSecret();
    const payload = JSON.stringify({ type: 'article.published', timestamp: '2026-12-01T00:00:00Z', data: { id: 'art_1' } });
    const headers = signedHeaders(secret, 'msg_1', new Date(), payload);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(() => new Webhook(newWebhookSecret()).verify(payload, headers)).toThrow(/signature/i);
    expect(() => new Webhook(secret).verify(`${payload} `, headers)).toThrow(/signature/i);
  });
});
