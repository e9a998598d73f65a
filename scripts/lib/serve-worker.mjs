// Serves the real Worker (wrangler.toml → src/index.ts) in workerd from Node, for tests and tools
// that need Byline on a real HTTP port: the browser test, benchmarks, Node-side feed tests.
//
// It uses wrangler's createTestHarness(): the Worker is bundled as `wrangler deploy` would, runs
// in workerd on 127.0.0.1 and a free port, with fresh in-memory D1, KV and R2 (nothing on disk,
// nothing shared with `npm start`'s .wrangler/state). The real migrations are applied and, unless
// `seed: false`, the demo newsroom is seeded by the same scripts/demo/seed.ts that `npm start` uses.
//
//   const byline = await serveWorker();
//   await fetch(`${byline.origin}/v1/articles`);
//   await byline.admin('/v1/admin/keys', { method: 'POST', body: { … } });
//   await byline.close();
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the Worker and resolves once it is migrated (and seeded). Options: `adminToken` (the
 * root key; a random one by default), `seed` (default true), `vars` (override wrangler.toml's
 * [vars]), `onProgress` (a logger for the seeding steps).
 */
export async function serveWorker({ adminToken = `byl_root_${randomBytes(18).toString('base64url')}`, seed = true, vars, onProgress } = {}) {
  process.env.WRANGLER_SEND_METRICS ??= 'false';
  // Miniflare otherwise fetches a sample Request.cf object from the internet on every start.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
  const { createTestHarness } = await import('wrangler');
  const server = createTestHarness({
    root: ROOT,
    workers: [{ configPath: 'wrangler.toml', secrets: { ADMIN_TOKEN: adminToken }, ...(vars ? { vars } : {}) }],
  });
  try {
    const { url } = await server.listen();
    const worker = server.getWorker();
    await worker.applyD1Migrations('DB');
    const env = await worker.getEnv();
    let articles = 0;
    if (seed) {
      const { seedDemo } = await loadTs(join(ROOT, 'scripts/demo/seed.ts'));
      articles = (await seedDemo(env, onProgress)).articles;
    }
    const origin = url.origin;

    /** Calls the admin API with the root key and a JSON body; returns the parsed answer, throwing on an unexpected status. */
    async function admin(path, { method = 'GET', body, status } = {}) {
      const res = await fetch(`${origin}${path}`, {
        method,
        headers: { Authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      const expected = status ?? (method === 'POST' ? 201 : 200);
      if (res.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${res.status}: ${text}`);
      return text ? JSON.parse(text) : undefined;
    }

    return {
      /** `http://127.0.0.1:<port>`, the origin the Worker sees and builds its URLs from. */
      origin,
      adminToken,
      /** How many articles the seed wrote (0 when `seed: false`). */
      articles,
      /** The Worker's bindings (DB, CACHE, MEDIA, vars), for setting up state the API cannot. */
      env,
      admin,
      /** workerd's structured logs since start. */
      logs: () => server.getLogs(),
      close: () => server.close(),
    };
  } catch (error) {
    await server.close().catch(() => {});
    throw error;
  }
}
