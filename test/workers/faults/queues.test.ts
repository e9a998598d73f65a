import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import worker from '../../../src/index';
import { BindingUnavailable } from '../../../src/storage/bounded';
import { ROOT } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { type FaultMode, faultyQueue } from '../helpers/faults';
import { createWebhook, eventually } from '../helpers/webhooks';
import { SLACK_MS, TIMEOUTS } from './outage';

const QUEUE_TIMEOUT_MS = 150;
const ALL = ['article.published', 'article.updated', 'article.withdrawn', 'article.deleted'];

/** The Worker's env with the webhook queue failing or hanging (or the real one), and short timeouts. */
const envWith = (mode: FaultMode | 'working'): Env =>
  ({ ...env, ...TIMEOUTS, QUEUE_TIMEOUT_MS: String(QUEUE_TIMEOUT_MS), WEBHOOK_QUEUE: mode === 'working' ? env.WEBHOOK_QUEUE : faultyQueue(env.WEBHOOK_QUEUE, { mode }) }) as Env;

/** Settles `work` or says it did not within `ms`: a hang fails the test instead of timing it out. */
async function within<T>(ms: number, work: Promise<T>): Promise<{ settled: boolean; ms: number }> {
  const started = Date.now();
  let onTime: (outcome: string) => void = () => {};
  const late = new Promise<string>((resolve) => (onTime = resolve));
  const timer = setTimeout(() => onTime('late'), ms);
  const outcome = await Promise.race([work.then(() => 'settled', () => 'settled'), late]);
  clearTimeout(timer);
  return { settled: outcome === 'settled', ms: Date.now() - started };
}

/**
 * An admin write through the Worker's own fetch, so that its dispatch runs after the response
 * (ctx.waitUntil) on `workerEnv`'s queue; `background` is that dispatch.
 */
async function write(workerEnv: Env, path: string, method: string, body: unknown, ifMatch?: number) {
  const headers: Record<string, string> = { Authorization: `Bearer ${ROOT}`, 'Content-Type': 'application/json' };
  if (ifMatch) headers['If-Match'] = `"${ifMatch}"`;
  const ctx = createExecutionContext();
  const started = Date.now();
  const res = await worker.fetch(new Request(`http://byline.test${path}`, { method, headers, body: JSON.stringify(body) }), workerEnv, ctx);
  const text = await res.text();
  return { res, text, ms: Date.now() - started, background: waitOnExecutionContext(ctx), data: res.status < 300 ? JSON.parse(text).data : null };
}

const row = (sql: string, ...params: unknown[]) => env.DB.prepare(sql).bind(...params).first();
/** The one number a query selects `AS n`. */
const count = (sql: string, ...params: unknown[]) => env.DB.prepare(sql).bind(...params).first<number>('n');
const mark = () => count('SELECT high_water AS n FROM webhook_dispatch WHERE id = 1');
const lastChange = () => count('SELECT MAX(id) AS n FROM changes');

/** Every message and its delivered attempts, for one webhook: [event, article id, deliveries]. */
async function deliveredOnce(webhookId: string) {
  const { results } = await env.DB.prepare(
    `SELECT m.event, m.article_id, (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.message_id = m.id AND d.outcome = 'delivered') AS delivered
     FROM webhook_messages m WHERE m.webhook_id = ?1 ORDER BY m.change_seq`,
  )
    .bind(webhookId)
    .all<{ event: string; article_id: string; delivered: number }>();
  return results.map((row) => [row.event, row.article_id, row.delivered]);
}

describe('a Queue failing or hanging', () => {
  beforeEach(async () => {
    await resetStorage();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The partner's receiver, an outside service (never our own storage): it acknowledges every delivery.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(null, { status: 204 }));
  });
  afterEach(() => vi.restoreAllMocks());

  for (const mode of ['error', 'hang'] as FaultMode[]) {
    it(`lets the write that enqueues answer within the timeout, the article written whole, when the queue ${mode === 'error' ? 'fails' : 'hangs'}`, async () => {
      await createWebhook({ events: ALL });
      const created = await write(envWith(mode), '/v1/admin/articles', 'POST', { headline: `Queue ${mode} story`, body_html: '<p>Whole.</p>', status: 'published' });
      expect(created.res.status, created.text).toBe(201);
      expect(created.ms).toBeLessThan(QUEUE_TIMEOUT_MS + SLACK_MS);
      // The dispatch after the response gives up within the bound too, instead of holding the Worker.
      expect(await within(QUEUE_TIMEOUT_MS + SLACK_MS, created.background)).toMatchObject({ settled: true });
      // The change row is the source of truth: the article, its revision and its change are all there.
      const id = created.data.id as string;
      expect(await row('SELECT headline, version, status FROM articles WHERE id = ?1', id)).toEqual({ headline: `Queue ${mode} story`, version: 1, status: 'published' });
      expect(await count('SELECT COUNT(*) AS n FROM revisions WHERE article_id = ?1', id)).toBe(1);
      expect(await count("SELECT COUNT(*) AS n FROM changes WHERE article_id = ?1 AND event = 'article.published'", id)).toBe(1);
      // Not enqueued, so not marked done.
      expect(await mark()).toBeLessThan((await lastChange())!);
    });
  }

  it('keeps every notice that could not be enqueued for the next dispatch, each delivered exactly once', async () => {
    const webhook = await createWebhook({ events: ALL });
    const down = envWith('error');
    const a = await write(down, '/v1/admin/articles', 'POST', { headline: 'Kept One', body_html: '<p>x</p>', status: 'published' });
    await a.background;
    const b = await write(down, '/v1/admin/articles', 'POST', { headline: 'Kept Two', body_html: '<p>x</p>', status: 'published' });
    await b.background;
    await (await write(down, `/v1/admin/articles/${a.data.id}/withdraw`, 'POST', { reason: 'Legal' })).background;
    expect(await mark()).toBe(0);
    // The queue is back: the next write's dispatch enqueues what failed before, then its own change.
    const c = await write(envWith('working'), `/v1/admin/articles/${b.data.id}`, 'PATCH', { headline: 'Kept Two, updated' }, 1);
    expect(c.res.status, c.text).toBe(200);
    await c.background;
    expect(await mark()).toBe(await lastChange());
    const expected = [
      ['article.published', a.data.id, 1],
      ['article.published', b.data.id, 1],
      ['article.withdrawn', a.data.id, 1],
      ['article.updated', b.data.id, 1],
    ];
    await eventually(async () => expect(await deliveredOnce(webhook.id)).toEqual(expected));
  });

  it('lets the cron enqueue what failed once the queue works again, each delivered exactly once', async () => {
    const webhook = await createWebhook({ events: ALL });
    const a = await write(envWith('hang'), '/v1/admin/articles', 'POST', { headline: 'Cron Kept', body_html: '<p>x</p>', status: 'published' });
    await within(QUEUE_TIMEOUT_MS + SLACK_MS, a.background);
    // The cron while the queue still fails leaves the mark where it was.
    await expect(worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), envWith('error'))).rejects.toThrow(/Queue/);
    expect(await mark()).toBe(0);
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), envWith('working'));
    expect(await mark()).toBe(await lastChange());
    // A second run finds nothing new: no second message.
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), envWith('working'));
    await eventually(async () => expect(await deliveredOnce(webhook.id)).toEqual([['article.published', a.data.id, 1]]));
  });

  it('sends again only what a failed send left out: the mark moves after each batch of 100 that went', async () => {
    const webhooks = [await createWebhook({ events: ALL }), await createWebhook({ events: ALL })];
    // 60 changes × 2 webhooks: two queue batches, 100 messages (changes 1–50) and 20 (51–60).
    const insert = env.DB.prepare("INSERT INTO changes (article_id, slug, change, version, at, event, embargoed) VALUES (?1, ?1, 'upsert', 1, '2026-12-01T00:00:00Z', 'article.published', 0)");
    await env.DB.batch(Array.from({ length: 60 }, (_, i) => insert.bind(`art_batch_${i}`)));
    const sent: string[] = [];
    const counted = (queue: Queue): Queue =>
      new Proxy(queue, {
        get: (target, prop) =>
          prop === 'sendBatch'
            ? async (batch: MessageSendRequest<{ id: string }>[]) => {
                await target.sendBatch(batch);
                sent.push(...batch.map((message) => message.body.id));
              }
            : Reflect.get(target, prop, target),
      });
    const secondFails = { ...envWith('working'), WEBHOOK_QUEUE: faultyQueue(counted(env.WEBHOOK_QUEUE), { mode: 'error', after: 1 }) } as Env;
    await expect(worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), secondFails)).rejects.toThrow(/Queue/);
    expect(sent).toHaveLength(100);
    expect(await mark()).toBe(50);
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), { ...envWith('working'), WEBHOOK_QUEUE: counted(env.WEBHOOK_QUEUE) } as Env);
    // Each message queued once: none of the first batch again.
    expect(sent).toHaveLength(120);
    expect(new Set(sent).size).toBe(120);
    expect(await mark()).toBe(60);
    for (const webhook of webhooks) {
      await eventually(async () => expect((await deliveredOnce(webhook.id)).filter(([, , delivered]) => delivered === 1)).toHaveLength(60));
    }
  });

  it('never holds the cron past the queue timeout when the queue hangs', async () => {
    await createWebhook({ events: ALL });
    await (await write(envWith('error'), '/v1/admin/articles', 'POST', { headline: 'Cron Hang', body_html: '<p>x</p>', status: 'published' })).background;
    const run = worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), envWith('hang'));
    const rejected = expect(run).rejects.toBeInstanceOf(BindingUnavailable);
    expect(await within(QUEUE_TIMEOUT_MS + SLACK_MS, run)).toMatchObject({ settled: true });
    await rejected;
    expect(await mark()).toBe(0);
  });
});
