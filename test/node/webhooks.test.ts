import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedWorker, serveWorker } from '../../scripts/lib/serve-worker.mjs';
import { WEBHOOK_MAX_ATTEMPTS } from '../../src/syndication/retry';
import type { OpenAPIDocument } from './openapi-document';

/**
 * Webhooks end to end: the real Worker in workerd (wrangler's test harness: real local Queues,
 * producer, consumer and dead-letter queue as wrangler.toml declares them), partners' receivers
 * as real HTTP servers on 127.0.0.1, and every delivery they get verified by the
 * `standardwebhooks` library, as a partner would. Loopback is allowed, as under `npm start`;
 * retries come at once (WEBHOOKS_RETRY_BASE_SECONDS 0) so that seven attempts fit in a test.
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver: `/ok` answers 204, `/flaky` 503 twice then 200, `/down` 500 always. */
async function startReceiver(): Promise<{ origin: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      const tries = received.filter((r) => r.path === req.url).length;
      const status = req.url === '/ok' ? 204 : req.url === '/flaky' ? (tries <= 2 ? 503 : 200) : 500;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

/** Polls until `check` passes, or throws its last failure. */
async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

let byline: ServedWorker;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const hooks: Record<'ok' | 'flaky' | 'down', { id: string; secret: string }> = {} as never;
let article: { id: string; slug: string; url: string };
let partnerKey: string;

beforeAll(async () => {
  receiver = await startReceiver();
  byline = await serveWorker({ seed: false, vars: { WEBHOOKS_ALLOW_LOOPBACK: 'true', WEBHOOKS_RETRY_BASE_SECONDS: '0' } });
  partnerKey = (await byline.admin('/v1/admin/keys', { method: 'POST', body: { name: 'Partner', role: 'partner' } })).data.id;
  const events = { ok: ['article.published', 'article.updated', 'article.withdrawn'], flaky: ['article.withdrawn', 'article.deleted'], down: ['article.withdrawn'] };
  for (const name of ['ok', 'flaky', 'down'] as const) {
    const body = { url: `${receiver.origin}/${name}`, events: events[name], ...(name === 'flaky' ? { key_id: partnerKey } : {}) };
    hooks[name] = (await byline.admin('/v1/admin/webhooks', { method: 'POST', body })).data;
  }
  article = (await byline.admin('/v1/admin/articles', { method: 'POST', body: { headline: 'Pushed Story', body_html: '<p>One.</p>', status: 'published' } })).data;
  const patched = await fetch(`${byline.origin}/v1/admin/articles/${article.id}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${byline.adminToken}`, 'Content-Type': 'application/json', 'If-Match': '"1"' },
    body: JSON.stringify({ headline: 'Pushed Story, Updated' }),
  });
  expect(patched.status).toBe(200);
  await byline.admin(`/v1/admin/articles/${article.id}/withdraw`, { method: 'POST', body: { reason: 'Legal' }, status: 200 });
}, 120_000);

afterAll(async () => {
  await byline?.close();
  receiver?.server.close();
}, 30_000);

const to = (name: string) => receiver.received.filter((r) => r.path === `/${name}`);

describe('webhooks, end to end', () => {
  it('delivers each subscribed event once, signed so that standardwebhooks verifies it', async () => {
    const received = await eventually(() => {
      expect(to('ok')).toHaveLength(3);
      return to('ok');
    });
    const payloads = received.map((r) => new Webhook(hooks.ok.secret).verify(r.body, r.headers as Record<string, string>) as any);
    expect(payloads.map((p) => p.type).sort()).toEqual(['article.published', 'article.updated', 'article.withdrawn']);
    const withdrawn = payloads.find((p) => p.type === 'article.withdrawn');
    expect(withdrawn.data).toMatchObject({ id: article.id, slug: article.slug, url: article.url, version: 3, change: 'withdrawn' });
    expect(withdrawn.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(3);
    expect(received[0]!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    // Another webhook's secret does not verify it.
    expect(() => new Webhook(hooks.down.secret).verify(received[0]!.body, received[0]!.headers as Record<string, string>)).toThrow();
  });

  it('retries a receiver that fails twice, with the same webhook-id, and logs every attempt', async () => {
    const received = await eventually(() => {
      expect(to('flaky')).toHaveLength(3);
      return to('flaky');
    });
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    for (const r of received) expect((new Webhook(hooks.flaky.secret).verify(r.body, r.headers as Record<string, string>) as any).type).toBe('article.withdrawn');
    const log = await eventually(async () => {
      const { data } = await byline.admin(`/v1/admin/webhooks/${hooks.flaky.id}/deliveries`);
      expect(data).toHaveLength(3);
      return data;
    });
    expect(log.map((d: any) => [d.attempt, d.status_code, d.outcome])).toEqual([
      [3, 200, 'delivered'],
      [2, 503, 'retrying'],
      [1, 503, 'retrying'],
    ]);
    expect(log[2]).toMatchObject({ event_type: 'article.withdrawn', event_id: received[0]!.headers['webhook-id'], article_id: article.id, error: 'HTTP 503' });
    expect(log[2].next_retry_at).toMatch(/Z$/);
    expect(log[0].next_retry_at).toBeNull();
  });

  it('dead-letters a receiver that always fails, after every attempt, and the notices show it failing, then given up', async () => {
    const failing = await eventually(async () => {
      const { data } = await byline.admin(`/v1/admin/articles/${article.id}/notices`);
      const notice = data.find((n: any) => n.webhook_id === hooks.down.id);
      expect(notice?.state).toBe('failing');
      return notice;
    });
    expect(failing).toMatchObject({ acknowledged: false, acknowledged_at: null, status_code: 500, last_error: 'HTTP 500' });
    expect(failing.attempts).toBeGreaterThanOrEqual(1);

    const dead = await eventually(async () => {
      const { data } = await byline.admin(`/v1/admin/articles/${article.id}/notices`);
      const notice = data.find((n: any) => n.webhook_id === hooks.down.id);
      expect(notice?.state).toBe('dead_lettered');
      return notice;
    });
    expect(dead).toMatchObject({ attempts: WEBHOOK_MAX_ATTEMPTS, acknowledged: false, last_error: 'HTTP 500', next_retry_at: null, event_type: 'article.withdrawn' });
    expect(to('down')).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    const { data } = await byline.admin(`/v1/admin/webhooks/${hooks.down.id}/deliveries`);
    expect(data[0]).toMatchObject({ attempt: WEBHOOK_MAX_ATTEMPTS, outcome: 'dead_lettered' });
  });

  it('lists, per partner, the receipt of the kill notice', async () => {
    const notices = await eventually(async () => {
      const { data } = await byline.admin(`/v1/admin/articles/${article.id}/notices`);
      expect(data.find((n: any) => n.webhook_id === hooks.flaky.id)?.state).toBe('acknowledged');
      return data;
    });
    // The webhook without the withdrawn event hears nothing, so has no notice; the others one each.
    expect(notices.map((n: any) => n.webhook_id).sort()).toEqual([hooks.ok.id, hooks.flaky.id, hooks.down.id].sort());
    const flaky = notices.find((n: any) => n.webhook_id === hooks.flaky.id);
    expect(flaky).toMatchObject({ key_id: partnerKey, url: `${receiver.origin}/flaky`, acknowledged: true, status_code: 200, attempts: 3, last_error: null, event_type: 'article.withdrawn' });
    expect(flaky.delivered_at <= flaky.acknowledged_at).toBe(true);
    const ok = notices.find((n: any) => n.webhook_id === hooks.ok.id);
    expect(ok).toMatchObject({ state: 'acknowledged', attempts: 1, status_code: 204 });
  });

  it('answers as the OpenAPI document says, on every webhook route and status', async () => {
    const doc = (await (await fetch(`${byline.origin}/openapi.json`)).json()) as OpenAPIDocument;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...doc, $id: 'doc' });
    const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
    const expectDocumented = async (method: string, template: string, path: string, body?: unknown) => {
      const res = await fetch(`${byline.origin}${path}`, {
        method: method.toUpperCase(),
        headers: { Authorization: `Bearer ${byline.adminToken}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const at = `${method} ${path} → ${res.status}`;
      const response = doc.paths[template]?.[method]?.responses[String(res.status)];
      expect(response, `${at} is declared`).toBeDefined();
      if (res.status === 204) return res.status;
      const type = (res.headers.get('Content-Type') ?? '').split(';')[0]!;
      const validate = ajv.getSchema(`doc#/${pointer('paths', template, method, 'responses', String(res.status), 'content', type, 'schema')}`)!;
      const json = await res.json();
      expect(validate(json) ? [] : validate.errors, `${at} matches its schema`).toEqual([]);
      return res.status;
    };
    expect(await expectDocumented('post', '/v1/admin/webhooks', '/v1/admin/webhooks', { url: 'https://partner.example/', events: ['article.deleted'], key_id: partnerKey })).toBe(201);
    expect(await expectDocumented('post', '/v1/admin/webhooks', '/v1/admin/webhooks', { url: 'http://10.0.0.1/', events: ['article.nope'] })).toBe(422);
    expect(await expectDocumented('get', '/v1/admin/webhooks', '/v1/admin/webhooks?limit=2')).toBe(200);
    expect(await expectDocumented('get', '/v1/admin/webhooks/{id}/deliveries', `/v1/admin/webhooks/${hooks.flaky.id}/deliveries`)).toBe(200);
    expect(await expectDocumented('get', '/v1/admin/webhooks/{id}/deliveries', '/v1/admin/webhooks/whk_nope/deliveries')).toBe(404);
    expect(await expectDocumented('get', '/v1/admin/articles/{id}/notices', `/v1/admin/articles/${article.id}/notices`)).toBe(200);
    expect(await expectDocumented('get', '/v1/admin/articles/{id}/notices', '/v1/admin/articles/art_nope/notices')).toBe(404);
    expect(await expectDocumented('delete', '/v1/admin/webhooks/{id}', `/v1/admin/webhooks/${hooks.ok.id}`)).toBe(204);
    expect(await expectDocumented('delete', '/v1/admin/webhooks/{id}', `/v1/admin/webhooks/${hooks.ok.id}`)).toBe(404);
  });
});
