// Loads a TypeScript module of the project into Node by bundling it with esbuild first, so that
// Node-side scripts (seeding, benchmarks) run the very code the Worker runs.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Imports `entry` (a .ts path) and returns its module namespace. */
export async function loadTs(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // Packages without `exports` (saxes, which the WXR reader uses) are found by these.
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), 'byline-'));
  const file = join(dir, 'module.mjs');
  try {
    await writeFile(file, result.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
