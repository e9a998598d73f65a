/**
 * Shared by the fault tests: requests to the app with some of its bindings replaced, timed, and
 * the checks every degraded answer must pass.
 */
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { app } from '../../../src/index';
import { ROOT } from '../helpers/admin';

/** Timeouts short enough for tests: D1 per request, KV and R2 per call. */
export const TIMEOUTS = { D1_TIMEOUT_MS: '150', KV_TIMEOUT_MS: '150', R2_TIMEOUT_MS: '150' };
/** How far past its timeout a request may end on a busy machine before it counts as a hang. */
export const SLACK_MS = 1500;

export interface Sent {
  res: Response;
  text: string;
  ms: number;
}

/** Sends a request to the app with `bindings` in place of the real ones; admin calls carry the root key. */
export async function send(path: string, bindings: Partial<Env>, init: { method?: string; body?: unknown; headers?: Record<string, string>; admin?: boolean } = {}): Promise<Sent> {
  const headers = new Headers(init.headers);
  if (init.admin ?? path.startsWith('/v1/admin/')) headers.set('Authorization', `Bearer ${ROOT}`);
  let body: BodyInit | undefined;
  if (init.body instanceof Uint8Array) body = init.body;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set('Content-Type', 'application/json');
  }
  const started = Date.now();
  const res = await app.request(`http://byline.test${path}`, { method: init.method ?? 'GET', headers, body }, { ...env, ...TIMEOUTS, ...bindings });
  const text = await res.text();
  return { res, text, ms: Date.now() - started };
}

/** The answer to a write (or an uncached read) while storage is down: 503 problem+json with Retry-After, in bounded time. */
export function expectRefused({ res, text, ms }: Sent): void {
  expect(res.status, text).toBe(503);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
  expect(JSON.parse(text)).toMatchObject({ type: '/problems/service-unavailable', status: 503, title: expect.any(String) });
  expect(ms).toBeLessThan(150 + SLACK_MS);
}

/** A cached read served although D1 failed: the stored copy, saying so. */
export function expectStale({ res, text, ms }: Sent, stored: string): void {
  expect(res.status, text).toBe(200);
  expect(text).toBe(stored);
  expect(res.headers.get('Cache-Status')).toMatch(/detail=stale-if-error/);
  expect(ms).toBeLessThan(150 + SLACK_MS);
}
