// Serving: the built Worker, a trivial Worker and a D1 floor Worker, one Miniflare (one workerd
// process) each, configured from wrangler.toml, their peak RSS sampled every 200 ms.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';
import { parse as parseToml } from 'smol-toml';
import { ROOT } from '../lib/build-worker.mjs';
import { childPids, PeakRssSampler, processExe } from '../lib/proc-stats.mjs';
import { detail } from './log.mjs';

process.env.WRANGLER_SEND_METRICS ??= 'false';
// Miniflare otherwise fetches a sample Request.cf object from the internet on start.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';

export const BENCH_DIR = join(ROOT, '.bench');
// Per run, so that two runs at once never share a build or a served copy of the state.
export const RUN_DIR = join(BENCH_DIR, `run-${process.pid}`);
export const BUILD_DIR = join(RUN_DIR, 'build');

/** What wrangler.toml gives the Worker locally. */
export const config = parseToml(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'));
const D1 = config.d1_databases.find((db) => db.binding === 'DB');
const KV = config.kv_namespaces.find((ns) => ns.binding === 'CACHE');
const R2 = config.r2_buckets.find((bucket) => bucket.binding === 'MEDIA');
const ADMIN_TOKEN = `byl_root_${randomBytes(18).toString('base64url')}`;

/** Byline as built in BUILD_DIR, with wrangler.toml's bindings and vars (and `extraVars` over them). */
export function bylineWorker(name, extraVars = {}) {
  return {
    name,
    modules: true,
    modulesRoot: BUILD_DIR,
    scriptPath: join(BUILD_DIR, 'index.js'),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags ?? [],
    d1Databases: { DB: D1.database_id },
    kvNamespaces: { CACHE: KV.id },
    r2Buckets: { MEDIA: R2.bucket_name },
    // Logged as production logs (LOG_REQUESTS, a sampled share): the bench measures what is deployed.
    bindings: { ...config.vars, LOG_REQUESTS: config.env?.production?.vars?.LOG_REQUESTS ?? config.vars.LOG_REQUESTS, ADMIN_TOKEN, ...extraVars },
  };
}

const TRIVIAL_BODY = JSON.stringify({ ok: true, service: 'trivial' });
/** An inline module that returns a constant JSON body: the yardstick every ratio is taken against. */
export const trivialWorker = {
  name: 'trivial',
  modules: true,
  script: `const body = ${JSON.stringify(TRIVIAL_BODY)};
export default { fetch() { return new Response(body, { headers: { 'content-type': 'application/json' } }); } };`,
  compatibilityDate: config.compatibility_date,
};

// A reference, not a target: the least a request that reads D1 once can cost on this runtime
// (Miniflare's local D1 answers through its own Workers and a SQLite Durable Object).
export const d1FloorWorker = {
  name: 'd1-floor',
  modules: true,
  script: `export default { async fetch(request, env) { return Response.json(await env.DB.prepare('SELECT 1 AS one').first()); } };`,
  compatibilityDate: config.compatibility_date,
  d1Databases: { DB: 'd1-floor' },
};

/**
 * A Worker running Byline's own article query (`sql`, src/db/slug-history.ts) for `slug` on
 * Byline's state and sending the row as JSON: what reading that article from D1 costs, with
 * nothing of Byline around it (the uncached article's nearest floor).
 */
export function articleRowWorker(sql, slug) {
  return {
    name: 'd1-row',
    modules: true,
    script: `const sql = ${JSON.stringify(sql)};
export default { async fetch(request, env) { return Response.json({ data: await env.DB.prepare(sql).bind(${JSON.stringify(slug)}).first() }); } };`,
    compatibilityDate: config.compatibility_date,
    d1Databases: { DB: D1.database_id },
  };
}

// Byline's request log line for a cached article, as src/app/request-log.ts writes it.
const LOG_LINE_HEAD = '{"level":"info","event":"request","request_id":"';
const LOG_LINE_TAIL = '","method":"GET","path":"/v1/articles/kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks","route":"/v1/articles/{slug}","status":200,"duration_ms":0,"cache":"memory","key_id":null}';
/** The statement that writes that line, with a new UUID in it, as each floor that logs runs it. */
const LOG_STATEMENT = `console.log(${JSON.stringify(LOG_LINE_HEAD)} + crypto.randomUUID() + ${JSON.stringify(LOG_LINE_TAIL)});`;
/** The trivial Worker writing the one log line per request Byline writes (a new UUID in it): what the line alone costs. */
export const loggingWorker = {
  name: 'log-floor',
  modules: true,
  script: `const body = ${JSON.stringify(TRIVIAL_BODY)};
export default { fetch() {
  ${LOG_STATEMENT}
  return new Response(body, { headers: { 'content-type': 'application/json' } });
} };`,
  compatibilityDate: config.compatibility_date,
};

/**
 * The article-row floor with what every Byline answer must also carry: the read through a D1
 * session (read replicas), the uncached answer's headers (`headers`, captured) and the request's
 * log line. Byline less everything that is its own (routing, validation, shaping, the ETag): the
 * least an uncached article that keeps the README's promises can cost on this runtime.
 */
export function articleFloorWorker(sql, slug, headers) {
  return {
    name: 'article-floor',
    modules: true,
    script: `const sql = ${JSON.stringify(sql)};
const headers = new Headers(${JSON.stringify(headers)});
export default { async fetch(request, env) {
  const row = await env.DB.withSession('first-unconstrained').prepare(sql).bind(${JSON.stringify(slug)}).first();
  ${LOG_STATEMENT}
  return new Response(JSON.stringify({ data: row }), { headers });
} };`,
    compatibilityDate: config.compatibility_date,
    d1Databases: { DB: D1.database_id },
  };
}

/**
 * A trivial Worker answering `body` with `headers` (a cached answer's, captured): the cost of its
 * bytes alone, or with `log` of its bytes and the request's log line (the least a cached article
 * that keeps the one-line-per-request promise can cost).
 */
export function payloadWorker(body, headers, { log = false } = {}) {
  return {
    name: log ? 'payload-log' : 'payload',
    modules: true,
    // Both made once, as the memory tier keeps them: a string body would be encoded on every
    // request, and `[name, value]` pairs converted one by one (a Headers object is copied natively).
    script: `const body = new TextEncoder().encode(${JSON.stringify(body)});
const headers = new Headers(${JSON.stringify(headers)});
export default { fetch() {
  ${log ? LOG_STATEMENT : ''}
  return new Response(body, { headers });
} };`,
    compatibilityDate: config.compatibility_date,
  };
}

const sampler = new PeakRssSampler(200);
/** The running instances by label: `{ mf, origin, pid }` (pid: its workerd process). */
export const instances = new Map();
/** Every instance's warnings and errors, `{ instance, level, message }`, in arrival order (info lines are dropped: one per request). */
export const workerLogs = [];
let workerdExe = null;

/** Starts `worker` in its own workerd as `label`, on `persistDir`'s bindings when given. */
export async function startInstance(label, worker, persistDir) {
  const before = new Set(childPids());
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      cf: false,
      ...(persistDir ? { resourcePersistencePath: persistDir } : {}),
      handleStructuredLogs: (log) => {
        if (log.level === 'warn' || log.level === 'error') workerLogs.push({ instance: label, ...log });
      },
      workers: [worker],
    }),
  );
  instances.set(label, { mf });
  const url = await mf.ready;
  const spawned = childPids().filter((pid) => !before.has(pid));
  if (spawned.length !== 1) throw new Error(`expected one new workerd process for ${label}, found ${spawned.length}`);
  sampler.track(label, spawned[0]);
  workerdExe ??= processExe(spawned[0]);
  const origin = url.origin;
  instances.set(label, { mf, origin, pid: spawned[0] });
  detail(`${label}: ${origin} (workerd pid ${spawned[0]})`);
  return { mf, origin };
}

/** Stops and forgets one instance. */
export async function stopInstance(label) {
  await instances.get(label)?.mf.dispose();
  instances.delete(label);
}

export async function disposeAll() {
  for (const [label, { mf }] of instances) {
    await mf.dispose().catch((error) => console.error(`  could not dispose ${label}: ${error}`));
  }
  instances.clear();
}

/** Stops the memory sampler; the peaks so far are what memoryReport() reports. */
export const stopSampling = () => sampler.stop();

/** Peak and last RSS per instance (not the seeding ones), in MiB. */
export function memoryReport() {
  return Object.entries(sampler.report())
    .filter(([label]) => !label.startsWith('seed-'))
    .map(([label, entry]) => ({ instance: label, pid: entry.pid, peakMiB: entry.peakBytes / 2 ** 20, lastMiB: entry.lastBytes / 2 ** 20, samples: entry.samples }));
}

/** The machine and the versions of what served and loaded the Workers. */
export function machine() {
  const version = workerdExe ? spawnSync(workerdExe, ['--version'], { encoding: 'utf8' }).stdout.trim() : 'unknown';
  const require = createRequire(import.meta.url);
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(require.resolve(`${name}/package.json`, { paths: [require.resolve('miniflare')] }), 'utf8')).version;
    } catch {
      return 'unknown';
    }
  };
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    workerd: `${version} (npm workerd ${pkg('workerd')})`,
    miniflare: pkg('miniflare'),
    autocannon: JSON.parse(readFileSync(require.resolve('autocannon/package.json'), 'utf8')).version,
    loadavgAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  };
}
