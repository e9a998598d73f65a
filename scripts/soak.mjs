#!/usr/bin/env node
// npm run soak -- --seconds N [--concurrency C]: a long mixed workload against the real Worker
// served locally (90 % public reads over every public route, 10 % admin writes with If-Match,
// some stale on purpose, withdrawals, publishes and deletes), then the checks: zero 5xx, zero lost
// updates, every change in the feed exactly once, the cache agreeing with D1, memory flat.
// Progress on stderr, a summary table on stdout, JSON in bench-results/soak-<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runSoak } from './lib/soak-run.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '120' }, concurrency: { type: 'string', default: '8' } } });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
if (!(seconds > 0) || !(concurrency > 0)) {
  console.error('usage: npm run soak -- --seconds N [--concurrency C]');
  process.exit(2);
}

console.error(`soak: ${seconds} s, ${concurrency} loops, against the Worker in workerd (local D1, KV, R2)…`);
const result = await runSoak({ seconds, concurrency, onProgress: (line) => console.error(line) });

const refused = Object.entries(result.writes.refused).map(([status, n]) => `${n}×${status}`).join(' ') || '0';
const rows = [
  ['requests', `${result.requests} in ${result.seconds.toFixed(0)} s (${result.requestsPerSecond.toFixed(0)}/s), latency p50 ${result.latencyMs.p50.toFixed(1)} ms p99 ${result.latencyMs.p99.toFixed(1)} ms`],
  ['reads', String(result.reads)],
  ['writes accepted', String(result.writes.accepted)],
  ['writes refused', refused],
  ['5xx', String(result.fiveXX)],
  ['lost updates', String(result.lost)],
  ['checked', `${result.checks.writes.writesChecked} writes on ${result.checks.writes.articles} articles, ${result.checks.writes.feedEntries} feed entries`],
  ['cache vs D1', `${result.checks.cache.urls} URLs (${result.checks.cache.cacheHits} cache hits), ${result.checks.cache.articlesCompared} articles compared, ${result.checks.cache.problems.length} disagreeing`],
  ['RSS (runtime)', `start ${result.rssMiB.start.toFixed(0)} MiB, mid ${result.rssMiB.mid.toFixed(0)} MiB, end ${result.rssMiB.end.toFixed(0)} MiB (workerd: Byline with Miniflare's local D1, KV, R2)`],
  ['RSS (proxy)', `start ${result.proxyRssMiB.start.toFixed(0)} MiB, mid ${result.proxyRssMiB.mid.toFixed(0)} MiB, end ${result.proxyRssMiB.end.toFixed(0)} MiB (wrangler's dev proxy)`],
  ['memory', result.memoryFlat ? 'flat' : "growing, in the local runtime: not judged (README, \"Soak\": a trivial Worker making D1, KV, R2 calls grows alike)"],
  ['verdict', result.ok ? 'PASS' : `FAIL (${result.problems.length} problems)`],
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n'));
for (const problem of result.problems) console.log(`  ✗ ${problem}`);
for (const warning of result.warnings) console.log(`  ⚠ ${warning}`);

const dir = join(ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
console.log(`Results: ${file.slice(ROOT.length)}`);
process.exit(result.ok ? 0 : 1);
