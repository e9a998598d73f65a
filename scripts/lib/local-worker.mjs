// Byline on the local persisted state (.wrangler/state, or PERSIST_TO), for Node-side tools that
// write through the admin API: the same migrations `npm start` applies, then the real Worker in
// workerd on 127.0.0.1 and a free port, on the same D1, KV and R2 files `npm start` serves. The
// two should not run at once (SQLite would serialize them, but each keeps its own caches).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

/** Applies the migrations to `persistTo` and serves the Worker on it; resolves to `{ origin, close }`. */
export async function startLocalWorker({ persistTo = '.wrangler/state', adminToken, vars = {} }) {
  process.env.WRANGLER_SEND_METRICS ??= 'false';
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
  const state = resolve(persistTo);
  const migrated = spawnSync(process.execPath, [WRANGLER, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  if (migrated.status !== 0) throw new Error(`Applying the D1 migrations failed:\n${migrated.stderr || migrated.stdout}`);
  const { unstable_startWorker } = await import('wrangler');
  const worker = await unstable_startWorker({
    config: join(ROOT, 'wrangler.toml'),
    bindings: {
      ADMIN_TOKEN: { type: 'secret_text', value: adminToken },
      ...Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: 'plain_text', value }])),
    },
    // Like wrangler dev's --persist-to: the files go to <state>/v3.
    dev: { persist: state, server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'error' },
  });
  await worker.ready;
  const url = await worker.url;
  return { origin: url.origin, close: () => worker.dispose() };
}
