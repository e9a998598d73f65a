// `npm start`: applies the D1 migrations to local state, seeds the demo newsroom once, and
// serves the API with `wrangler dev` on http://127.0.0.1:8787 (PORT overrides). Everything
// lives in .wrangler/state: no Cloudflare account is needed.
import { spawn, spawnSync } from 'node:child_process';
import { resolveAdminToken } from './lib/dev-vars.mjs';
import { loadTs } from './lib/load-ts.mjs';

process.env.WRANGLER_SEND_METRICS ??= 'false';
const port = process.env.PORT ?? '8787';
const host = '127.0.0.1';

function step(message) {
  console.log(`\n▸ ${message}`);
}

function wrangler(args) {
  const result = spawnSync('wrangler', args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`wrangler ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

step('Root admin key');
const admin = resolveAdminToken();
if (admin.source === 'generated') {
  console.log(`  Generated a new ADMIN_TOKEN and wrote it to .dev.vars:\n\n    ${admin.token}\n`);
} else {
  console.log(`  Using ADMIN_TOKEN from ${admin.source}.`);
}

step('Applying D1 migrations to local state');
wrangler(['d1', 'migrations', 'apply', 'DB', '--local']);

step('Seeding demo content (once)');
{
  const { getPlatformProxy } = await import('wrangler');
  const { seedDemo } = await loadTs('scripts/demo/seed.ts');
  const proxy = await getPlatformProxy({ persist: true });
  try {
    const result = await seedDemo(proxy.env, (message) => console.log(`  ${message}`));
    console.log(result.seeded ? `  Done: ${result.articles} articles.` : `  Already seeded (${result.articles} articles); skipping.`);
  } finally {
    await proxy.dispose();
  }
}

step(`Serving Byline on http://${host}:${port}`);
console.log(`  Try: curl http://${host}:${port}/v1/articles/kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks`);
console.log(`  Docs: http://${host}:${port}/docs\n`);
const dev = spawn(
  'wrangler',
  ['dev', '--ip', host, '--port', port, '--show-interactive-dev-session=false', '--var', `ADMIN_TOKEN:${admin.token}`],
  { stdio: 'inherit', env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
