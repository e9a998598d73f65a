import { env } from 'cloudflare:workers';
import { call, expectJson } from './admin';

/** A destination that refuses every connection: nothing listens on port 9 of loopback. */
export const UNREACHABLE = 'http://127.0.0.1:9/hook';

/** Creates a webhook as the root key and returns it, secret included. */
export async function createWebhook(body: { url?: string; events?: string[]; key_id?: string } = {}): Promise<any> {
  const payload = { url: UNREACHABLE, events: ['article.published', 'article.withdrawn', 'article.deleted'], ...body };
  return (await expectJson(await call('/v1/admin/webhooks', { method: 'POST', body: payload }), 201)).data;
}

/** Every attempt recorded for a webhook, oldest first, read from D1. */
export async function attemptsOf(webhookId: string): Promise<any[]> {
  const { results } = await env.DB.prepare('SELECT * FROM webhook_deliveries WHERE webhook_id = ?1 ORDER BY id').bind(webhookId).all();
  return results;
}

/** Waits until `check` passes (the queue delivers in the background), or fails with its last error. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
