// Builds the Worker exactly as `wrangler deploy` would, without uploading it:
// `wrangler deploy --dry-run --outdir <outdir>`. Shared by scripts/check-bundle.mjs (the size
// budget) and scripts/bench.mjs (which serves the built bundle in workerd).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The path of wrangler's CLI entry, run with this Node (`process.execPath`). */
export function wranglerBin() {
  const wranglerPackage = createRequire(import.meta.url).resolve('wrangler/package.json');
  return join(dirname(wranglerPackage), JSON.parse(readFileSync(wranglerPackage, 'utf8')).bin.wrangler);
}

/**
 * Empties `outdir` and bundles the Worker into it (`<outdir>/index.js`), with esbuild's
 * metafile at `metafile` when given. `--env ""` names the top-level environment explicitly (the
 * bundle is the same in every environment; only the bindings differ) and keeps wrangler from
 * warning that none was given. Returns spawnSync's result ({ status, stdout, stderr, signal });
 * the caller decides what a failure means.
 */
export function buildWorker({ outdir, metafile, cwd = ROOT } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  const args = ['deploy', '--dry-run', '--outdir', outdir, ...(metafile ? ['--metafile', metafile] : []), '--env', ''];
  return spawnSync(process.execPath, [wranglerBin(), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
}
