import { expect, it } from 'vitest';
import { runSoak } from '../../scripts/lib/soak-run.mjs';

// `npm run soak` runs for minutes on demand; this keeps it from rotting: ten seconds of the same
// workload and the same checks against the real Worker.
it('soaks the real Worker for ten seconds with no 5xx, nothing lost and the cache agreeing with D1', { timeout: 180_000 }, async () => {
  const result = await runSoak({ seconds: 10, concurrency: 4, writeShare: 0.25, seed: false });
  // Memory is reported, not judged (README, "Soak"): the local runtime's RSS is not Byline's alone.
  expect([...result.checks.writes.problems, ...result.checks.cache.problems]).toEqual([]);
  expect(result.problems).toEqual([]);
  expect(result.fiveXX).toBe(0);
  expect(result.lost).toBe(0);
  expect(result.requests).toBeGreaterThan(10);
  expect(result.writes.accepted).toBeGreaterThan(0);
  expect(result.checks.cache.urls).toBeGreaterThan(0);
  expect(result.rssMiB.end).toBeGreaterThan(0);
  expect(result.proxyRssMiB.end).toBeGreaterThan(0);
});
