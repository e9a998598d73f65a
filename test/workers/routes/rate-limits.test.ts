import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import worker from '../../../src/index';
import { ANONYMOUS_RATE_LIMIT } from '../../../src/content/rate-limit';
import { call, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

/** Creates a key with `body` merged in, returning its secret and id. */
async function keyWith(body: Record<string, unknown>): Promise<{ secret: string; id: string }> {
  const { data } = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'limited', role: 'partner', ...body } }), 201);
  return { secret: data.secret, id: data.id };
}

/** Calls the Worker's own fetch (as Cloudflare does) with extra vars, e.g. per-IP limits on. */
async function fetchAs(path: string, headers: Record<string, string>, vars: Record<string, string> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`http://byline.test${path}`, { headers }), { ...env, ...vars } as Env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

beforeAll(async () => {
  await resetStorage();
});

describe('per-key rate limits', () => {
  beforeEach(() => {
    // Five seconds into a minute: the test's requests all fall in one fixed window.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 5_000));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('answers 429 with Retry-After past the key\'s own limit, counting cached answers, and leaves other keys alone', async () => {
    const limited = await keyWith({ rate_limit: { requests: 3, period_seconds: 60 } });
    const other = await keyWith({});
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await call('/v1/sections', { token: limited.secret });
      statuses.push(res.status);
      expect(res.headers.get('RateLimit-Policy')).toBe('"key";q=3;w=60');
      expect(res.headers.get('RateLimit')).toBe(`"key";r=${Math.max(0, 2 - i)};t=55`);
      if (i > 0 && i < 3) expect(res.headers.get('Cache-Status')).toContain('hit');
      if (i === 3) {
        const problem = await expectJson(res, 429);
        expect(res.headers.get('Content-Type')).toContain('application/problem+json');
        expect(res.headers.get('Retry-After')).toBe('55');
        expect(problem.type).toBe('/problems/rate-limited');
      } else await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await call('/v1/sections', { token: other.secret });
    expect(res.status).toBe(200);
    expect(res.headers.get('RateLimit-Policy')).toBe('"key";q=600;w=60');
    expect(res.headers.get('RateLimit')).toBe('"key";r=599;t=55');
  });

  it('counts admin requests too, and lets the key in again in the next window', async () => {
    const admin = await keyWith({ role: 'admin', rate_limit: { requests: 1, period_seconds: 10 } });
    expect((await call('/v1/admin/keys', { token: admin.secret })).status).toBe(200);
    const refused = await call('/v1/admin/keys', { token: admin.secret });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit')).toBe('"key";r=0;t=5');
    vi.setSystemTime(Date.now() + 5_000);
    expect((await call('/v1/admin/keys', { token: admin.secret })).status).toBe(200);
  });

  it('lets exactly the limit through when requests arrive at once', async () => {
    const key = await keyWith({ rate_limit: { requests: 5, period_seconds: 60 } });
    const answers = await Promise.all(Array.from({ length: 12 }, () => call('/v1/sections', { token: key.secret })));
    const statuses = answers.map((res) => res.status).sort();
    await Promise.all(answers.map((res) => res.arrayBuffer()));
    expect(statuses).toEqual([...Array(5).fill(200), ...Array(7).fill(429)]);
  });

  it('never limits the root key', async () => {
    const res = await call('/v1/admin/keys?limit=1');
    expect(res.status).toBe(200);
    expect(res.headers.has('RateLimit-Policy')).toBe(false);
  });
});

describe('rate_limit on POST /v1/admin/keys', () => {
  it.each([0, -1, 1.5, 10_000_001, '3'])('answers 422 naming rate_limit.requests for %s', async (requests) => {
    const problem = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'x', role: 'partner', rate_limit: { requests, period_seconds: 60 } } }), 422);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain('rate_limit.requests');
  });

  it('answers 422 naming rate_limit.period_seconds for a period of 0', async () => {
    const problem = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'x', role: 'partner', rate_limit: { requests: 5, period_seconds: 0 } } }), 422);
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['rate_limit.period_seconds']);
  });

  it('lists each key with its own rate_limit, null for the role default', async () => {
    const own = await keyWith({ rate_limit: { requests: 50, period_seconds: 10 } });
    const plain = await keyWith({});
    const { data } = await expectJson(await call('/v1/admin/keys?limit=100'), 200);
    expect(data.find((k: { id: string }) => k.id === own.id).rate_limit).toEqual({ requests: 50, period_seconds: 10 });
    expect(data.find((k: { id: string }) => k.id === plain.id).rate_limit).toBeNull();
  });
});

describe('per-IP limits for keyless requests', () => {
  it('are off by default', async () => {
    for (let i = 0; i < ANONYMOUS_RATE_LIMIT.requests + 1; i++) {
      const res = await fetchAs('/v1/sections', { 'CF-Connecting-IP': '203.0.113.1' });
      expect(res.status).toBe(200);
      expect(res.headers.has('RateLimit-Policy')).toBe(false);
      await res.arrayBuffer();
    }
  });

  it('answer 429 past the limit when on, counting answers from memory, per address', async () => {
    const on = { ANON_RATE_LIMIT: 'on' };
    for (let i = 0; i < ANONYMOUS_RATE_LIMIT.requests; i++) {
      const res = await fetchAs('/v1/sections', { 'CF-Connecting-IP': '203.0.113.2' }, on);
      expect(res.status).toBe(200);
      expect(res.headers.get('RateLimit-Policy')).toBe('"ip";q=100;w=60');
      await res.arrayBuffer();
    }
    const refused = await fetchAs('/v1/sections', { 'CF-Connecting-IP': '203.0.113.2' }, on);
    expect((await expectJson(refused, 429)).type).toBe('/problems/rate-limited');
    expect(refused.headers.get('Retry-After')).toBe('60');
    expect(refused.headers.get('RateLimit')).toBe('"ip";r=0;t=60');
    expect((await fetchAs('/v1/sections', { 'CF-Connecting-IP': '203.0.113.3' }, on)).status).toBe(200);
  });
});
