// `npm run bench`: how fast Byline answers, measured against a trivial Worker served the same way.
//
// The Worker is built as `wrangler deploy` would (`wrangler deploy --dry-run`) and served by
// Miniflare's Node API in workerd, next to a trivial Worker (an inline module that returns a
// constant JSON body) served the very same way. Every instance is warmed up first (--prewarm);
// then autocannon loads one scenario at a time with a fixed number of connections, after a short
// warm-up, back to back with the trivial Worker in --rounds rounds that alternate which goes
// first. A scenario's ratio is the median of its rounds' ratios: a workerd instance's cost per
// request drifts by tens of percent over a minute on this machine (the trivial Worker's too), so
// only measurements taken seconds apart are compared.
//
//   npm run bench                        a 1,000-article state: cached and uncached reads (article,
//                                        lists, tag filter, sections, a 304), each as a ratio to the
//                                        trivial Worker, judged on CPU × against the targets of issue 17
//   npm run bench -- --articles 100000   scale (any count over 1,000): uncached list, tag-filter and
//                                        deep-cursor (page 500) timings at 1,000 and at 100,000
//                                        articles, and their ratios (target: within 1.5×)
//   flags: --duration <s> (4) --rounds <n> (3) --warmup <s> (1) --prewarm <s> (5) --connections <n> (20)
//          --quiet-wait <s> (30)
//          --only <id,id…> (default run: just these scenarios, in this order, e.g. article-cached,list-cached)
//          --fresh-state --keep --help
//
// State: the real migrations (`wrangler d1 migrations apply DB --local --persist-to`), the demo
// newsroom (scripts/demo/seed.ts) and synthetic articles up to the requested count
// (scripts/lib/synthetic-articles.mjs), in .bench/state/<articles>-<fingerprint>/: kept between
// runs and rebuilt when a migration, the seed or the generator changes (or with --fresh-state).
// The build and each served instance's copy of the state live in .bench/run-<pid>/, deleted at the
// end (--keep keeps it).
//
// The machine is shared: before each scenario the bench waits (up to --quiet-wait seconds) until
// other processes use less than a quarter of a core, and it reports, per scenario, how much CPU
// other processes used during the measurement, and workerd's own CPU time per request, which a
// busy neighbour disturbs much less than requests/s.
//
// Results: a table on stdout (progress goes to stderr, a ▸ line as each scenario starts), JSON in
// bench-results/bench-<time>.json and a chart of req/s and p99 per scenario against the trivial
// Worker in bench-results/bench-<time>.svg (and latest.json, latest.svg). Targets are reported,
// never enforced: the exit code is non-zero only when something went wrong (a build or seed
// failure, an unexpected status, a cached scenario that did not hit its cache).
//
// The parts, in scripts/bench/: scenarios.mjs (what is measured, as data), options.mjs (flags),
// serve.mjs and state.mjs (the instances and their state), measure.mjs and rounds.mjs (autocannon,
// paired rounds), runs.mjs (the default and the scale run), report.mjs and chart.mjs (the output).
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildWorker, ROOT } from './lib/build-worker.mjs';
import { detail, progress } from './bench/log.mjs';
import { parseOptions } from './bench/options.mjs';
import { report, writeResults } from './bench/report.mjs';
import { defaultRun, scaleRun } from './bench/runs.mjs';
import { PROBES, SCALE_LIMIT } from './bench/scenarios.mjs';
import { BUILD_DIR, disposeAll, machine, memoryReport, RUN_DIR, stopSampling, workerLogs } from './bench/serve.mjs';

const { flags, options, mode } = parseOptions(process.argv.slice(2), fileURLToPath(import.meta.url));
const results = {
  mode,
  startedAt: new Date().toISOString(),
  options: { ...options, probesPerScenario: PROBES, scaleLimit: mode === 'scale' ? SCALE_LIMIT : undefined },
};
let exitCode = 0;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping`);
    disposeAll().finally(() => {
      if (!flags.keep) rmSync(RUN_DIR, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

try {
  progress(`Building the Worker: wrangler deploy --dry-run --outdir .bench/run-${process.pid}/build`);
  const build = buildWorker({ outdir: BUILD_DIR });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    throw new Error(`wrangler deploy --dry-run failed (exit ${build.status ?? build.signal})`);
  }
  detail(`${(readFileSync(join(BUILD_DIR, 'index.js')).byteLength / 1024).toFixed(0)} KiB bundle`);

  const run = { options, only: flags.only?.split(',').map((id) => id.trim()), fresh: flags['fresh-state'] };
  await (mode === 'scale' ? scaleRun(results, run) : defaultRun(results, run));
  stopSampling();
  results.machine = machine();
  results.memory = memoryReport();
  results.finishedAt = new Date().toISOString();
  results.workerLogs = { warnings: workerLogs.filter((l) => l.level === 'warn').length, errors: workerLogs.filter((l) => l.level === 'error').length };
  const files = writeResults(results, { latest: true });

  console.log(report(results));
  console.log(`Results: ${files.json.slice(ROOT.length)} (and bench-results/latest.json)`);
  console.log(`Chart: ${files.svg.slice(ROOT.length)} (and bench-results/latest.svg)`);
} catch (error) {
  if (!interrupted) {
    exitCode = 1;
    console.error(`\n✗ bench failed: ${error instanceof Error ? error.message : error}${error?.cause ? ` (cause: ${error.cause?.message ?? error.cause})` : ''}`);
    const recent = workerLogs.filter((l) => l.level === 'error' || l.level === 'warn').slice(-5);
    for (const log of recent) console.error(`  [${log.instance} ${log.level}] ${log.message.slice(0, 500)}`);
    results.error = String(error instanceof Error ? error.stack : error);
    stopSampling();
    results.memory = memoryReport();
    try {
      console.error(`  partial results: ${writeResults(results, { latest: false }).json.slice(ROOT.length)}`);
    } catch {}
  }
} finally {
  if (!interrupted) {
    await disposeAll();
    if (!flags.keep) rmSync(RUN_DIR, { recursive: true, force: true });
  }
}
process.exit(exitCode);
