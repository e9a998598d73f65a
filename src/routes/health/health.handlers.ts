import { CACHE_POLICIES } from '../../app/cache-policy';
import type { AppRouteHandler } from '../../app/types';
import type { HealthRoute } from './health.routes';

interface Check {
  ok: boolean;
  latency_ms: number;
  error?: string;
}

/** Times one probe; a failure is reported, never thrown. */
async function probe(run: () => Promise<unknown>): Promise<Check> {
  const started = Date.now();
  try {
    await run();
    return { ok: true, latency_ms: Date.now() - started };
  } catch (error) {
    return { ok: false, latency_ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

export const health: AppRouteHandler<HealthRoute> = async (c) => {
  const [d1, kv, r2] = await Promise.all([
    probe(() => c.env.DB.prepare('SELECT 1').first()),
    probe(() => c.env.CACHE.get('health:probe')),
    probe(() => c.env.MEDIA.head('health/probe')),
  ]);
  const ok = d1.ok && kv.ok && r2.ok;
  c.header('Cache-Control', CACHE_POLICIES.none);
  return ok ? c.json({ ok, d1, kv, r2 }, 200) : c.json({ ok, d1, kv, r2 }, 503);
};
