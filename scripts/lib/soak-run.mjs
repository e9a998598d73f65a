// Runs the soak against the real Worker served locally (serve-worker.mjs: workerd with local
// D1, KV and R2 on a fresh state, the demo newsroom seeded) and returns its figures and verdict.
import { readFileSync } from 'node:fs';
import { serveWorker } from './serve-worker.mjs';
import { childPids, rssBytes } from './proc-stats.mjs';
import { checkCache, checkWrites } from './soak-checks.mjs';
import { doRead, doWrite, newTally, publicReads } from './soak-workload.mjs';

const MiB = 1024 * 1024;

/** RSS of the Worker's workerd processes together, in MiB. */
const rssOf = (pids) => pids.reduce((sum, pid) => sum + (rssBytes(pid) ?? 0), 0) / MiB;

/** When `pid` started, in clock ticks since boot (/proc/<pid>/stat field 22). */
function startedAt(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return 0;
  }
}

/**
 * wrangler's harness starts two workerd processes: its dev proxy first, then the runtime that
 * holds Byline's isolate together with Miniflare's local D1, KV, R2 and Cache. Neither RSS is
 * Byline's alone: both grow per request even for a trivial Worker (README, "Soak").
 */
function labelled(pids) {
  const [proxy, ...runtime] = [...pids].sort((a, b) => startedAt(a) - startedAt(b));
  return runtime.length > 0 ? { proxy: [proxy], runtime } : { proxy: [], runtime: [proxy] };
}

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * The soak: `seconds` of `concurrency` loops, each request a write with probability
 * `writeShare` (10 %) and otherwise a public read, then the checks. `onProgress(line)` is called
 * every `progressEvery` seconds. `seed: false` starts from an empty newsroom (faster; the soak
 * creates its own articles).
 */
export async function runSoak({ seconds = 120, concurrency = 8, writeShare = 0.1, seed = true, onProgress = () => {}, progressEvery = 5 } = {}) {
  const before = new Set(childPids());
  // Seeding goes through Miniflare's binding proxy, whose socket a machine under heavy load has been seen to drop: one retry.
  const byline = await serveWorker({ seed }).catch(() => serveWorker({ seed }));
  const pids = childPids().filter((pid) => !before.has(pid));
  try {
    const doc = await (await fetch(`${byline.origin}/openapi.json`)).json();
    const listed = (await (await fetch(`${byline.origin}/v1/articles?limit=100`)).json()).data;
    const mediaKeys = listed.filter((a) => a.image).map((a) => a.image.url.split('/').pop());
    const ctx = {
      origin: byline.origin,
      adminToken: byline.adminToken,
      env: byline.env,
      reads: publicReads(doc),
      articles: new Map(),
      pools: {
        slug: listed.map((a) => a.slug),
        key: mediaKeys,
        url: listed.map((a) => a.url),
      },
    };
    const tally = newTally();
    const processes = labelled(pids);
    const sample = () => ({ runtime: rssOf(processes.runtime), proxy: rssOf(processes.proxy) });
    const rss = { start: sample(), mid: null, end: null };
    const startedAt = Date.now();
    const endAt = startedAt + seconds * 1000;
    let lastProgress = startedAt;
    const loop = async () => {
      while (Date.now() < endAt) {
        try {
          await (Math.random() < writeShare ? doWrite(ctx, tally) : doRead(ctx, tally));
        } catch (error) {
          tally.violations.push(`request failed: ${String(error)}`);
        }
        const now = Date.now();
        if (rss.mid === null && now - startedAt >= (seconds * 1000) / 2) rss.mid = sample();
        if (now - lastProgress >= progressEvery * 1000) {
          lastProgress = now;
          const elapsed = (now - startedAt) / 1000;
          onProgress(
            `t=${elapsed.toFixed(0)}s requests=${tally.requests} (${(tally.requests / elapsed).toFixed(0)}/s) writes accepted=${tally.accepted} refused=${Object.values(tally.refused).reduce((a, b) => a + b, 0)} 5xx=${tally.fiveXX.length} rss=${rssOf(processes.runtime).toFixed(0)}+${rssOf(processes.proxy).toFixed(0)} MiB`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, loop));
    const elapsed = (Date.now() - startedAt) / 1000;
    rss.mid ??= sample();
    rss.end = sample();
    onProgress(`workload done after ${elapsed.toFixed(1)} s; checking writes, the change feed and the cache against D1…`);
    // Past the generation's 2 s TTL, as the caching promise allows, before comparing with D1.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const writes = await checkWrites(ctx, tally.writesLog);
    const cache = await checkCache(ctx, [...tally.readUrls]);
    // Flat: the second half grows the runtime by less than a quarter (plus the KV and D1 the writes add).
    // Not part of the verdict: the local runtime's own D1, KV and R2 grow per call for any Worker
    // (README, "Soak"), so a growing RSS here says nothing of Byline; its own caches are bounded
    // by bytes (test/workers/storage/memory-bounds.test.ts).
    const flat = rss.end.runtime <= rss.mid.runtime * 1.25 + 32;
    const warnings = flat ? [] : [`RSS of the local runtime (Byline with Miniflare's D1, KV, R2) grew from ${rss.mid.runtime.toFixed(0)} to ${rss.end.runtime.toFixed(0)} MiB in the second half; Miniflare's local D1, KV and R2 grow so per call for any Worker (README, "Soak")`];
    const problems = [...tally.fiveXX, ...tally.violations, ...writes.problems, ...cache.problems];
    return {
      ok: problems.length === 0,
      seconds: elapsed,
      concurrency,
      requests: tally.requests,
      requestsPerSecond: tally.requests / elapsed,
      reads: tally.reads,
      writes: { attempted: tally.writes, accepted: tally.accepted, refused: tally.refused },
      status: tally.status,
      latencyMs: { p50: percentile(tally.latencies, 50), p99: percentile(tally.latencies, 99) },
      fiveXX: tally.fiveXX.length,
      lost: writes.problems.length,
      checks: { writes, cache },
      rssMiB: { start: rss.start.runtime, mid: rss.mid.runtime, end: rss.end.runtime },
      proxyRssMiB: { start: rss.start.proxy, mid: rss.mid.proxy, end: rss.end.proxy },
      memoryFlat: flat,
      workerdPids: processes,
      problems: problems.slice(0, 50),
      warnings,
    };
  } finally {
    await byline.close();
  }
}
