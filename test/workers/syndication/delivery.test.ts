import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import worker from '../../../src/index';
import type { WebhookMessage } from '../../../src/db/webhook-deliveries';
import { WEBHOOK_MAX_ATTEMPTS, retryDelaySeconds } from '../../../src/syndication/retry';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { attemptsOf, createWebhook, eventually } from '../helpers/webhooks';
import { expectPagesExactly } from '../properties/paging';

/** Runs the consumer on one message at attempt `attempts`, with `vars` over the test's. */
async function consume(message: WebhookMessage, attempts: number, vars: Partial<Env> = {}) {
  const batch = createMessageBatch<WebhookMessage>('byline-webhooks', [{ id: 'm1', timestamp: new Date(), attempts, body: message }]);
  const ctx = createExecutionContext();
  await worker.queue(batch, { ...env, ...vars });
  return getQueueResult(batch, ctx);
}

function messageFor(webhookId: string, seq = 1): WebhookMessage {
  const payload = JSON.stringify({ type: 'article.withdrawn', timestamp: '2026-12-01T00:00:00Z', data: { id: 'art_x' } });
  return { id: `msg_${seq}_${webhookId}`, webhook_id: webhookId, change_seq: seq, article_id: 'art_x', event: 'article.withdrawn', payload, queued_at: '2026-12-01T00:00:00Z' };
}

describe('webhook delivery through the queue', () => {
  beforeEach(resetStorage);
  afterEach(() => vi.restoreAllMocks());

  it('retries a failed attempt with growing delays, then lets the last one go to the dead-letter queue', async () => {
    const webhook = await createWebhook();
    const message = messageFor(webhook.id);
    const base = { WEBHOOKS_RETRY_BASE_SECONDS: '30' } as Partial<Env>;
    expect((await consume(message, 1, base)).retryMessages.map((r) => r.msgId)).toEqual(['m1']);
    expect((await consume(message, 3, base)).retryMessages.map((r) => r.msgId)).toEqual(['m1']);
    // Past max_retries, Queues moves a retried message to the dead-letter queue.
    expect((await consume(message, WEBHOOK_MAX_ATTEMPTS, base)).retryMessages.map((r) => r.msgId)).toEqual(['m1']);
    const attempts = await attemptsOf(webhook.id);
    expect(attempts.map((a) => [a.attempt, a.outcome, a.status_code])).toEqual([
      [1, 'retrying', null],
      [3, 'retrying', null],
      [WEBHOOK_MAX_ATTEMPTS, 'dead_lettered', null],
    ]);
    expect(attempts[0].error).toBeTruthy();
    const waited = (a: { at: string; next_retry_at: string }) => (Date.parse(a.next_retry_at) - Date.parse(a.at)) / 1000;
    expect([waited(attempts[0]), waited(attempts[1])]).toEqual([30, retryDelaySeconds(3, 30)]);
    expect(retryDelaySeconds(3, 30)).toBe(480);
    expect(retryDelaySeconds(WEBHOOK_MAX_ATTEMPTS - 1, 30)).toBeLessThanOrEqual(43_200);
    expect(attempts[2].next_retry_at).toBeNull();
  });

  it('acks without sending a message whose webhook was deleted, or that was acknowledged already', async () => {
    const webhook = await createWebhook();
    const message = messageFor(webhook.id);
    await env.DB.prepare("INSERT INTO webhook_deliveries (webhook_id, message_id, change_seq, article_id, event, attempt, status_code, outcome, at) VALUES (?1, ?2, 1, 'art_x', 'article.withdrawn', 1, 200, 'delivered', '2026-12-01T00:00:00Z')")
      .bind(webhook.id, message.id)
      .run();
    expect((await consume(message, 2)).explicitAcks).toEqual(['m1']);
    expect(await attemptsOf(webhook.id)).toHaveLength(1);
    await call(`/v1/admin/webhooks/${webhook.id}`, { method: 'DELETE' });
    expect((await consume(messageFor(webhook.id, 2), 1)).explicitAcks).toEqual(['m1']);
    expect(await attemptsOf(webhook.id)).toHaveLength(1);
  });

  it('never follows a redirect, and records it as a failed attempt', async () => {
    // The partner's receiver stands in for an outside service (never our own storage): it redirects.
    const receiver = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 302, headers: { Location: 'http://169.254.169.254/' } }));
    const webhook = await createWebhook();
    const result = await consume(messageFor(webhook.id), 1);
    expect(receiver.mock.calls[0]![1]).toMatchObject({ method: 'POST', redirect: 'manual', signal: expect.any(AbortSignal) });
    expect(result.retryMessages.map((r) => r.msgId)).toEqual(['m1']);
    expect((await attemptsOf(webhook.id))[0]).toMatchObject({ status_code: 302, outcome: 'retrying', error: 'Redirect to http://169.254.169.254/ not followed.' });
  });

  it('checks the destination again at delivery: a loopback one fails where loopback is refused', async () => {
    const webhook = await createWebhook();
    await consume(messageFor(webhook.id), 1, { WEBHOOKS_ALLOW_LOOPBACK: 'false' });
    expect((await attemptsOf(webhook.id))[0].error).toMatch(/loopback/);
  });

  it('delivers through the real local queue: every attempt logged, then dead-lettered', async () => {
    const webhook = await createWebhook();
    const article = await createArticle({ headline: 'Queued Story', body_html: '<p>Hi.</p>', status: 'published' });
    const attempts = await eventually(async () => {
      const rows = await attemptsOf(webhook.id);
      expect(rows.at(-1)?.outcome).toBe('dead_lettered');
      return rows;
    }, 45_000);
    expect(attempts.map((a) => a.attempt)).toEqual(Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, i) => i + 1));
    expect(new Set(attempts.map((a) => a.message_id)).size).toBe(1);
    expect(attempts.every((a) => a.article_id === article.id && a.event === 'article.published')).toBe(true);

    const deliveries = await expectJson(await call(`/v1/admin/webhooks/${webhook.id}/deliveries`), 200);
    expect(deliveries.data[0]).toMatchObject({ event_type: 'article.published', attempt: WEBHOOK_MAX_ATTEMPTS, outcome: 'dead_lettered', status_code: null, next_retry_at: null });
    expect(deliveries.data[0].error).toBeTruthy();
    expect(deliveries.data.at(-1)).toMatchObject({ attempt: 1, outcome: 'retrying' });
    await expectPagesExactly({
      name: 'deliveries',
      path: `/v1/admin/webhooks/${webhook.id}/deliveries`,
      admin: true,
      key: (d: { id: number }) => String(d.id),
      expected: attempts.map((a) => String(a.id)).reverse(),
      exact: true,
    });
  });
});
