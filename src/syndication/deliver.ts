/**
 * The queue consumer: one signed POST per message, every attempt recorded in D1. A 2xx is the
 * partner's receipt (ack); anything else (another status, a redirect, which is never followed, a
 * timeout, a refused connection) is retried with backoff, and after WEBHOOK_MAX_ATTEMPTS the
 * message goes to the dead-letter queue.
 */
import { toTimestamp } from '../content/time';
import { findWebhook } from '../db/webhooks';
import { type WebhookMessage, insertDelivery, wasDelivered } from '../db/webhook-deliveries';
import { destinationProblem, loopbackAllowed } from './destination';
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_TIMEOUT_MS, retryBase, retryDelaySeconds } from './retry';
import { signedHeaders } from './signing';

type Attempt = { status_code: number | null; error: string | null };

/** Sends one attempt and says how it went; never throws. */
async function send(url: string, secret: string, message: WebhookMessage, allowLoopback: boolean): Promise<Attempt> {
  const refused = destinationProblem(url, allowLoopback);
  if (refused) return { status_code: null, error: refused };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'Byline-Webhooks/1', ...signedHeaders(secret, message.id, new Date(), message.payload) },
      body: message.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { status_code: res.status, error: null };
    const location = res.headers.get('Location');
    const error = res.status >= 300 && res.status < 400 ? `Redirect to ${location ?? '(no Location)'} not followed.` : `HTTP ${res.status}`;
    return { status_code: res.status, error };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { status_code: null, error: timedOut ? `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s.` : String(error instanceof Error ? error.message : error).slice(0, 500) };
  }
}

/** Delivers one message, records the attempt and acks, retries or dead-letters it. */
async function deliverOne(message: Message<WebhookMessage>, env: Env): Promise<void> {
  const body = message.body;
  const webhook = await findWebhook(env.DB, body.webhook_id);
  // Deleted since it was queued, or acknowledged already (the same event enqueued twice).
  if (!webhook || webhook.deleted_at || (await wasDelivered(env.DB, body.id))) {
    message.ack();
    return;
  }
  const attempt = message.attempts;
  const result = await send(webhook.url, webhook.secret, body, loopbackAllowed(env));
  const at = new Date();
  const delivered = result.error === null;
  const last = attempt >= WEBHOOK_MAX_ATTEMPTS;
  const delay = retryDelaySeconds(attempt, retryBase(env));
  await insertDelivery(env.DB, {
    webhook_id: body.webhook_id,
    message_id: body.id,
    change_seq: body.change_seq,
    article_id: body.article_id,
    event: body.event,
    attempt,
    ...result,
    outcome: delivered ? 'delivered' : last ? 'dead_lettered' : 'retrying',
    at: toTimestamp(at),
    next_retry_at: delivered || last ? null : toTimestamp(new Date(at.getTime() + delay * 1000)),
  });
  if (delivered) message.ack();
  // Past max_retries, Queues moves a retried message to the dead-letter queue.
  else if (last) message.retry();
  else message.retry({ delaySeconds: delay });
}

/** The `queue()` handler's work for the webhook queue: every message of the batch at once. */
export async function deliverBatch(batch: MessageBatch<WebhookMessage>, env: Env): Promise<void> {
  await Promise.all(
    batch.messages.map(async (message) => {
      try {
        await deliverOne(message, env);
      } catch (error) {
        // D1 failed (reading the webhook or recording the attempt): try the message again later.
        console.error(JSON.stringify({ level: 'error', event: 'webhook-delivery', message_id: message.body.id, error: String(error) }));
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts, retryBase(env)) });
      }
    }),
  );
}
