// Builds the Worker exactly as `wrangler deploy` would, without uploading it
// (`wrangler deploy --dry-run --outdir dist`), gzips what would be uploaded and fails when that is
// over the budget below. `npm run build:check`; CI runs it in .ci/run and in ci.yml, where the sizes
// also go to the job summary ($GITHUB_STEP_SUMMARY).
//
// The budget, and why: Cloudflare refuses a Worker over 3 MB gzipped on the free plan (10 MB on
// paid). Byline's bundle is hono + zod 4 + @hono/zod-openapi plus our code (the /docs viewer is a
// static asset, outside the bundle: scripts/copy-docs-viewer.mjs), measured at ~180 KiB gzipped (~1 MB raw; zod alone is ~760 KiB raw, nearly half
// of that zod's error-message locales) when this check was written, with the admin API in. The
// budget is 350 KiB gzipped: about twice that, so ordinary growth (new routes and schemas) never
// trips it, while one careless dependency (a whole SDK, a polyfill set, an inlined asset)
// does, long before the platform limit and before the extra script size shows up as slower cold
// starts (every isolate parses the whole bundle). Raise it deliberately, in review, with the reason.
//
//   node scripts/check-bundle.mjs                  build, measure, check against the budget
//   node scripts/check-bundle.mjs --budget-kib=100 the same against another budget (to try it out)
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWorker, ROOT } from './lib/build-worker.mjs';

export const BUDGET_KIB = 350;
const FREE_PLAN_LIMIT_KIB = 3 * 1024;

const root = ROOT;
const outdir = join(root, 'dist');
const budgetArg = process.argv.find((arg) => arg.startsWith('--budget-kib='));
const budgetKib = budgetArg ? Number(budgetArg.slice('--budget-kib='.length)) : BUDGET_KIB;
if (!Number.isFinite(budgetKib) || budgetKib <= 0) {
  console.error(`check-bundle: --budget-kib must be a positive number, got ${budgetArg}`);
  process.exit(2);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

// 1. Build (scripts/lib/build-worker.mjs: empties dist/, then `wrangler deploy --dry-run`).
console.log('▸ bundling the Worker: wrangler deploy --dry-run --outdir dist');
const metafile = join(outdir, 'bundle-meta.json');
const build = buildWorker({ outdir, metafile });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error(`✗ wrangler deploy --dry-run failed (exit ${build.status ?? build.signal})`);
  process.exit(1);
}
const reported = /Total Upload: ([^\n]+)/.exec(build.stdout)?.[1]?.trim();

// 2. Measure what would be uploaded: the modules, not the source maps, esbuild's metafile or
// wrangler's README. Like
// wrangler's own "Total Upload" line, the gzip figure is of all modules together, default level.
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const modules = walk(outdir)
  .filter((file) => file !== metafile && !file.endsWith('.map') && !file.endsWith('README.md'))
  .sort();
if (modules.length === 0) {
  console.error('✗ wrangler wrote no module to dist/');
  process.exit(1);
}
const contents = modules.map((file) => readFileSync(file));
const rows = modules.map((file, i) => ({
  file: relative(root, file),
  raw: contents[i].byteLength,
  gzip: gzipSync(contents[i]).byteLength,
}));
const raw = rows.reduce((sum, row) => sum + row.raw, 0);
const gzip = gzipSync(Buffer.concat(contents)).byteLength;
const budget = budgetKib * 1024;
const ok = gzip <= budget;
const share = `${((gzip / budget) * 100).toFixed(0)}% of the budget`;

for (const row of rows) console.log(`  ${row.file.padEnd(28)} ${kib(row.raw).padStart(12)} raw ${kib(row.gzip).padStart(11)} gzip`);
console.log(`  ${'total'.padEnd(28)} ${kib(raw).padStart(12)} raw ${kib(gzip).padStart(11)} gzip`);
if (reported) console.log(`  (wrangler: Total Upload ${reported})`);

// What the bytes are: esbuild's metafile, summed by package (raw bytes in the output).
const byPackage = new Map();
for (const output of Object.values(JSON.parse(readFileSync(metafile, 'utf8')).outputs)) {
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const name = match ? match[1] : input.startsWith('src/') ? 'src (ours)' : 'other';
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
}
const largest = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6);
console.log(`  largest parts (raw): ${largest.map(([name, bytes]) => `${name} ${kib(bytes)}`).join(', ')}`);
console.log(
  `${ok ? '✓' : '✗'} bundle ${kib(gzip)} gzip, budget ${budgetKib} KiB (${share}); ` +
    `Cloudflare's limit is ${FREE_PLAN_LIMIT_KIB / 1024} MB gzip on the free plan, 10 MB on paid`,
);

// 3. Report to the GitHub Actions job summary, when there is one.
if (process.env.GITHUB_STEP_SUMMARY) {
  const lines = [
    '### Worker bundle',
    '',
    '| module | raw | gzip |',
    '|---|---:|---:|',
    ...rows.map((row) => `| \`${row.file}\` | ${kib(row.raw)} | ${kib(row.gzip)} |`),
    `| **total** | **${kib(raw)}** | **${kib(gzip)}** |`,
    '',
    `${ok ? '✅' : '❌'} ${kib(gzip)} gzipped against a budget of ${budgetKib} KiB (${share}). ` +
      `Cloudflare's limit: 3 MB gzipped (free plan), 10 MB (paid). The budget and its reason are in \`scripts/check-bundle.mjs\`.`,
    '',
    `Largest parts (raw bytes in the bundle): ${largest.map(([name, bytes]) => `${name} ${kib(bytes)}`).join(', ')}.`,
    '',
  ];
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${lines.join('\n')}\n`);
}

if (!ok) {
  console.error(
    `✗ the Worker bundle grew past its budget by ${kib(gzip - budget)}. The largest parts are listed above ` +
      '(details: dist/bundle-meta.json, esbuild\'s metafile); raise BUDGET_KIB in scripts/check-bundle.mjs only with a reason.',
  );
  process.exit(1);
}
