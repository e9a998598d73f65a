import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { shouldLog } from '../../../src/app/request-log';
import worker from '../../../src/index';
import { resetStorage } from '../helpers/articles';
import { tooDeepD1 } from '../helpers/faults';

beforeAll(async () => {
  await resetStorage();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function requestLines(): unknown[] {
  const lines: unknown[] = [];
  for (const method of ['log', 'error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((text: unknown) => {
      if (typeof text === 'string' && text.includes('"event":"request"')) lines.push(JSON.parse(text));
    });
  }
  return lines;
}

const fetchWith = (path: string, overrides: Record<string, unknown>) =>
  worker.fetch(new Request(`http://byline.test${path}`) as Parameters<typeof worker.fetch>[0], { ...env, ...overrides } as Env, createExecutionContext());

describe('LOG_REQUESTS', () => {
  it('logs every request under "all", a sampled share under a fraction, and every 5xx whatever the share', async () => {
    const lines = requestLines();
    await (await fetchWith('/v1/sections', { LOG_REQUESTS: 'all' })).arrayBuffer();
    expect(lines).toHaveLength(1);
    for (let i = 0; i < 5; i++) await (await fetchWith('/v1/sections', { LOG_REQUESTS: '0' })).arrayBuffer();
    expect(lines).toHaveLength(1);
    const failed = await fetchWith('/v1/articles/refused-query', { LOG_REQUESTS: '0', DB: tooDeepD1(env.DB, /FROM articles/) });
    expect(failed.status).toBe(500);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ status: 500, route: '/v1/articles/{slug}' });
  });

  it('samples at the given rate, and logs everything when the setting is not a number', () => {
    expect(shouldLog('0.1', 200, () => 0.05)).toBe(true);
    expect(shouldLog('0.1', 200, () => 0.5)).toBe(false);
    expect(shouldLog('0.1', 503, () => 0.5)).toBe(true);
    expect(shouldLog(undefined, 200, () => 0.99)).toBe(true);
    expect(shouldLog('often', 200, () => 0.99)).toBe(true);
  });
});
