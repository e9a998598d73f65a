// `npm start`: applies the D1 migrations to local state, seeds the demo newsroom once, and
// serves the API with `wrangler dev` on http://127.0.0.1:8787 (PORT overrides). Everything
// lives in .wrangler/state (PERSIST_TO overrides): no Cloudflare account is needed. `wrangler dev`
// also gets an Images binding, served locally by Miniflare, so image variants are real here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeDevConfig } from './lib/dev-config.mjs';
import { resolveAdminToken } from './lib/dev-vars.mjs';
import { loadTs } from './lib/load-ts.mjs';

process.env.WRANGLER_SEND_METRICS ??= 'false';
const port = process.env.PORT ?? '8787';
const host = '127.0.0.1';
const persistTo = resolve(process.env.PERSIST_TO ?? '.wrangler/state');

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
wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);

step('Seeding demo content (once)');
{
  const { getPlatformProxy } = await import('wrangler');
  const { seedDemo } = await loadTs('scripts/demo/seed.ts');
  // getPlatformProxy's path is the versioned directory inside what --persist-to names.
  const proxy = await getPlatformProxy({ persist: { path: join(persistTo, 'v3') } });
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
const devArgs = ['dev', '--config', writeDevConfig(process.cwd()), '--persist-to', persistTo, '--ip', host, '--port', port];
// The generated config lives elsewhere, so the project's .dev.vars is named explicitly.
if (existsSync('.dev.vars')) devArgs.push('--env-file', resolve('.dev.vars'));
devArgs.push('--show-interactive-dev-session=false', '--var', `ADMIN_TOKEN:${admin.token}`);
const dev = spawn('wrangler', devArgs, { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
