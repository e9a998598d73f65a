import { describe, expect, it } from 'vitest';
import { get } from '../helpers/articles';

describe('GET /health', () => {
  it('reports ok with the state of D1, KV and R2', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toMatchObject({
      ok: true,
      d1: { ok: true, latency_ms: expect.any(Number) },
      kv: { ok: true },
      r2: { ok: true },
    });
  });
});
