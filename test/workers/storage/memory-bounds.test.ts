import { beforeAll, expect, it } from 'vitest';
import { MEMORY_BUDGET_BYTES, knownUrls, memoryTier } from '../../../src/middleware/cache';
import { createArticle } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

// The soak's growing RSS (README, "Soak") is the local runtime's, not these: the isolate's own
// caches stay within their byte budgets however many distinct URLs are read.
beforeAll(async () => {
  await resetStorage();
  for (let i = 0; i < 3; i++) await createArticle({ headline: `Bounded ${i}`, body_html: `<p>${'Words. '.repeat(7000)}</p>`, status: 'published' });
});

it('keeps the memory tier and its URL index within their budgets after hundreds of distinct URLs', { timeout: 150_000 }, async () => {
  for (let i = 0; i < 400; i++) {
    // Each a URL of its own (an unknown parameter is refused, so vary a real one), each ~150 KB of bodies: 60 MB in all.
    const since = new Date(Date.UTC(2000, 0, 1) + i * 1000).toISOString().replace('.000Z', 'Z');
    const res = await get(`/v1/articles?since=${since}&fields=id,body_html`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
  // More was read than fits: the tier evicted, and holds only what its budget allows.
  expect(memoryTier.size).toBeGreaterThan(0);
  expect(memoryTier.size).toBeLessThan(400);
  expect(memoryTier.bytes).toBeLessThanOrEqual(MEMORY_BUDGET_BYTES);
  expect(knownUrls.bytes).toBeLessThanOrEqual(1024 * 1024);
});
