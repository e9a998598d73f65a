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
//                                        trivial Worker, against the targets of issue 4
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
// Results: a table on stdout (progress goes to stderr) and JSON in bench-results/bench-<time>.json
// and bench-results/latest.json. Targets are reported, never enforced: the exit code is non-zero
// only when something went wrong (a build or seed failure, an unexpected status, a cached scenario
// that did not hit its cache).
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';
import { parse as parseToml } from 'smol-toml';
import { buildWorker, ROOT, wranglerBin } from './lib/build-worker.mjs';
import { loadTs } from './lib/load-ts.mjs';
import { childPids, cpuMeter, PeakRssSampler, processExe } from './lib/proc-stats.mjs';
import { withDeferredIndexes } from './lib/bulk-load.mjs';
import { openSqliteD1 } from './lib/sqlite-d1.mjs';
import { seedSynthetic, SYNTHETIC } from './lib/synthetic-articles.mjs';

process.env.WRANGLER_SEND_METRICS ??= 'false';
// Miniflare otherwise fetches a sample Request.cf object from the internet on start.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';

const BASE_ARTICLES = 1000;
const SEED_ARTICLE = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';
const TARGETS = { 'article-cached': 0.85, 'list-cached': 0.8, 'article-uncached': 0.5 };
const SCALE_LIMIT = 1.5;
const DEEP_PAGE = 500;
const PROBES = 20;
/** Other processes using more than this many cores during a measurement make it "noisy". */
const NOISY_CORES = 0.25;

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: String(BASE_ARTICLES) },
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    prewarm: { type: 'string', default: '5' },
    connections: { type: 'string', default: '20' },
    'quiet-wait': { type: 'string', default: '30' },
    only: { type: 'string' },
    'fresh-state': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  const lines = readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  console.log(lines.slice(0, lines.findIndex((line) => !line.startsWith('//'))).map((line) => line.slice(3)).join('\n'));
  process.exit(0);
}
const positiveInt = (name) => {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`bench: --${name} must be a positive whole number, got ${flags[name]}`);
    process.exit(2);
  }
  return value;
};
const options = {
  articles: positiveInt('articles'),
  duration: positiveInt('duration'),
  rounds: positiveInt('rounds'),
  warmup: Number(flags.warmup),
  prewarm: Number(flags.prewarm),
  connections: positiveInt('connections'),
  quietWait: Number(flags['quiet-wait']),
};
for (const name of ['warmup', 'prewarm', 'quietWait']) {
  if (!(options[name] >= 0)) {
    console.error(`bench: --${name === 'quietWait' ? 'quiet-wait' : name} must be a number of seconds ≥ 0, got ${options[name]}`);
    process.exit(2);
  }
}
const mode = options.articles > BASE_ARTICLES ? 'scale' : 'default';

const BENCH_DIR = join(ROOT, '.bench');
// Per run, so that two runs at once never share a build or a served copy of the state.
const RUN_DIR = join(BENCH_DIR, `run-${process.pid}`);
const BUILD_DIR = join(RUN_DIR, 'build');
const RESULTS_DIR = join(ROOT, 'bench-results');

const progress = (message) => console.error(`▸ ${message}`);
const detail = (message) => console.error(`  ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Configuration: what wrangler.toml gives the Worker locally.
const config = parseToml(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'));
const D1 = config.d1_databases.find((db) => db.binding === 'DB');
const KV = config.kv_namespaces.find((ns) => ns.binding === 'CACHE');
const R2 = config.r2_buckets.find((bucket) => bucket.binding === 'MEDIA');
const ADMIN_TOKEN = `byl_root_${randomBytes(18).toString('base64url')}`;

function bylineWorker(name, extraVars = {}) {
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
const trivialWorker = {
  name: 'trivial',
  modules: true,
  script: `const body = ${JSON.stringify(TRIVIAL_BODY)};
export default { fetch() { return new Response(body, { headers: { 'content-type': 'application/json' } }); } };`,
  compatibilityDate: config.compatibility_date,
};

// A reference, not a target: the least a request that reads D1 once can cost on this runtime
// (Miniflare's local D1 answers through its own Workers and a SQLite Durable Object).
const d1FloorWorker = {
  name: 'd1-floor',
  modules: true,
  script: `export default { async fetch(request, env) { return Response.json(await env.DB.prepare('SELECT 1 AS one').first()); } };`,
  compatibilityDate: config.compatibility_date,
  d1Databases: { DB: 'd1-floor' },
};

// ---------------------------------------------------------------------------------------------
// Instances: one Miniflare (one workerd process) each, its peak RSS sampled every 200 ms.
const sampler = new PeakRssSampler(200);
const instances = new Map();
const workerLogs = [];
let workerdExe = null;

async function startInstance(label, worker, persistDir) {
  const before = new Set(childPids());
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      cf: false,
      ...(persistDir ? { resourcePersistencePath: persistDir } : {}),
      handleStructuredLogs: (log) => workerLogs.push({ instance: label, ...log }),
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

async function disposeAll() {
  for (const [label, { mf }] of instances) {
    await mf.dispose().catch((error) => console.error(`  could not dispose ${label}: ${error}`));
  }
  instances.clear();
}

// ---------------------------------------------------------------------------------------------
// State: migrations, demo, synthetic articles; a template per article count, copied per instance.
function fingerprint(articles) {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(join(ROOT, 'migrations')).filter((f) => f.endsWith('.sql')).sort().map((f) => join('migrations', f)),
    'scripts/demo/seed.ts',
    'scripts/demo/content.ts',
    'scripts/demo/hero-image.ts',
    'scripts/lib/synthetic-articles.mjs',
    'scripts/lib/bulk-load.mjs',
    'wrangler.toml',
  ];
  for (const file of files) hash.update(file).update(readFileSync(join(ROOT, file)));
  hash.update(String(articles));
  return hash.digest('hex').slice(0, 12);
}

async function prepareState(articles) {
  const name = `${articles}-${fingerprint(articles)}`;
  const dir = join(BENCH_DIR, 'state', name);
  const marker = join(dir, 'seeded.json');
  if (!flags['fresh-state'] && existsSync(marker)) {
    const state = JSON.parse(readFileSync(marker, 'utf8'));
    progress(`State of ${articles.toLocaleString('en')} articles: reusing .bench/state/${name} (seeded ${state.seededAt}; --fresh-state rebuilds it)`);
    return { dir, ...state, reused: true };
  }
  // Older templates of the same size (another migration or generator) are of no more use.
  for (const old of existsSync(join(BENCH_DIR, 'state')) ? readdirSync(join(BENCH_DIR, 'state')) : []) {
    if (new RegExp(`^${articles}-[0-9a-f]{12}$`).test(old)) rmSync(join(BENCH_DIR, 'state', old), { recursive: true, force: true });
  }
  // Built aside and renamed into place when verified, so that a run that fails (or another run
  // building the same state at the same time) never leaves a half-seeded template behind.
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const started = Date.now();

  progress(`State of ${articles.toLocaleString('en')} articles: applying migrations (wrangler d1 migrations apply DB --local --persist-to .bench/state/${name}.partial-${process.pid})`);
  const migrate = spawnSync(process.execPath, [wranglerBin(), 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', partial], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  if (migrate.status !== 0) {
    process.stderr.write(migrate.stdout + migrate.stderr);
    throw new Error(`wrangler d1 migrations apply failed (exit ${migrate.status ?? migrate.signal})`);
  }

  const label = `seed-${articles}`;
  // The rows are written straight into the local D1's SQLite file (which the instance has not
  // opened: nothing queries D1 through it until the verification below), far faster than
  // through Miniflare's proxy, whose connection also dropped on the demo's one big batch here.
  const sqliteFile = findD1File(join(partial, 'v3'));
  const direct = openSqliteD1(sqliteFile);
  const { mf } = await startInstance(label, bylineWorker(label), join(partial, 'v3'));
  try {
    const MEDIA = await mf.getR2Bucket('MEDIA');
    const { seedDemo } = await loadTs(join(ROOT, 'scripts/demo/seed.ts'));
    const demo = await seedDemo({ DB: direct, MEDIA }, (message) => detail(message));
    if (!demo.seeded) throw new Error('the fresh state already held articles');
    const synthetic = articles - demo.articles;
    if (synthetic < 0) throw new Error(`--articles ${articles} is fewer than the ${demo.articles} demo articles`);
    if (synthetic > 0) {
      progress(`Seeding ${synthetic.toLocaleString('en')} synthetic articles (with tags, authors and the search index)`);
      let last = Date.now();
      const t0 = Date.now();
      await withDeferredIndexes(direct.sqlite, () =>
        seedSynthetic(direct, {
          from: 1,
          count: synthetic,
          siteUrl: config.vars.SITE_URL,
          chunk: synthetic > 20000 ? 10000 : 1000,
          onProgress: (done, total) => {
            if (done === total || Date.now() - last > 2000) {
              last = Date.now();
              const rate = Math.round(done / ((Date.now() - t0) / 1000));
              detail(`${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${Math.round((done / total) * 100)}%, ${rate.toLocaleString('en')}/s)`);
            }
          },
        }),
      );
      const seconds = (Date.now() - t0) / 1000;
      detail(`${synthetic.toLocaleString('en')} synthetic articles, indexes and search in ${seconds.toFixed(1)} s (${Math.round(synthetic / seconds).toLocaleString('en')}/s)`);
    }
    // Verify what was written: every article, its links and its search entry (counted in the
    // file: Miniflare's proxy broke its pipe on these full-table counts here), then the API below.
    const count = async (sql) => (await direct.prepare(sql).first()).n;
    const counts = {
      articles: await count('SELECT COUNT(*) AS n FROM articles'),
      public: await count("SELECT COUNT(*) AS n FROM articles WHERE status = 'published' AND deleted_at IS NULL"),
      synthetic: await count("SELECT COUNT(*) AS n FROM articles WHERE slug LIKE 'bench-story-%'"),
      syntheticTags: await count("SELECT COUNT(*) AS n FROM article_tags WHERE article_id LIKE 'art_bench%'"),
      syntheticAuthors: await count("SELECT COUNT(*) AS n FROM article_authors WHERE article_id LIKE 'art_bench%'"),
      searchDocs: await count('SELECT COUNT(*) AS n FROM article_search_docs'),
      ...(synthetic > 0 && (await apiChecks(direct.sqlite, synthetic)).counts),
    };
    const expectedAuthors = synthetic + Math.floor(synthetic / 4);
    const expectedTags = synthetic * 3 + Math.floor((synthetic + 99) / 100);
    const problems = [
      counts.articles !== articles && `articles: ${counts.articles}, expected ${articles}`,
      counts.synthetic !== synthetic && `synthetic articles: ${counts.synthetic}, expected ${synthetic}`,
      counts.syntheticTags !== expectedTags && `synthetic tag links: ${counts.syntheticTags}, expected ${expectedTags}`,
      counts.syntheticAuthors !== expectedAuthors && `synthetic author links: ${counts.syntheticAuthors}, expected ${expectedAuthors}`,
      counts.searchDocs !== articles && `search index entries: ${counts.searchDocs}, expected ${articles}`,
    ].filter(Boolean);
    direct.close();
    if (problems.length > 0) throw new Error(`seeded state is wrong: ${problems.join('; ')}`);
    // And through the API: the newest article and a page of the list answer as they should.
    const api = instances.get(label).origin;
    const listed = await fetch(`${api}/v1/articles?limit=5`).then((res) => (res.ok ? res.json() : Promise.reject(new Error(`GET /v1/articles: ${res.status}`))));
    if (listed.data.length !== 5) throw new Error(`GET /v1/articles listed ${listed.data.length} articles, expected 5`);
    const seed = await fetch(`${api}/v1/articles/${SEED_ARTICLE}`);
    if (seed.status !== 200) throw new Error(`GET /v1/articles/${SEED_ARTICLE}: ${seed.status}`);
    await seed.arrayBuffer();
    if (synthetic > 0) await verifyThroughApi(api, await apiChecks(null, synthetic), counts);
    detail(`verified: ${counts.articles.toLocaleString('en')} articles (${counts.public.toLocaleString('en')} public), ` +
      `${counts.syntheticTags.toLocaleString('en')} synthetic tag links, ${counts.searchDocs.toLocaleString('en')} search entries`);
    const state = { articles, demo: demo.articles, synthetic, counts, seededAt: new Date().toISOString(), seedSeconds: (Date.now() - started) / 1000 };
    await mf.dispose();
    instances.delete(label);
    writeFileSync(join(partial, 'seeded.json'), `${JSON.stringify(state, null, 2)}\n`);
    if (existsSync(marker)) {
      rmSync(partial, { recursive: true, force: true }); // another run finished the same state first
    } else {
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
    }
    progress(`State ready in ${state.seedSeconds.toFixed(1)} s`);
    return { dir, ...state, reused: false };
  } catch (error) {
    try {
      direct.close();
    } catch {}
    await mf.dispose().catch(() => {});
    instances.delete(label);
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

// A tag query and two searches, counted in the file and then walked through the API: the
// links, the search index's docids and its public-only rule agree with what the Worker answers.
async function apiChecks(sqlite, synthetic) {
  const rare = SYNTHETIC.rares[3];
  const story = synthetic >= 7001 ? 7001 : 1; // n % 50 ≠ 0: published; its number is only in its headline
  const checks = {
    rareTag: { path: `/v1/articles?tag=${rare}&limit=100`, sql: `SELECT COUNT(*) AS n FROM articles a JOIN article_tags t ON t.article_id = a.id JOIN tags g ON g.id = t.tag_id
      WHERE g.slug = '${rare}' AND a.status = 'published' AND a.deleted_at IS NULL` },
    searchStory: { path: `/v1/articles?q=${story}&limit=100`, slug: `bench-story-${story}`, sql: `SELECT COUNT(*) AS n FROM article_search s JOIN article_search_docs d ON d.docid = s.rowid
      JOIN articles a ON a.id = d.article_id WHERE article_search MATCH '"${story}"' AND a.status = 'published' AND a.deleted_at IS NULL` },
    searchRare: { path: `/v1/articles?q=council&tag=${rare}&limit=100`, sql: `SELECT COUNT(*) AS n FROM article_search s JOIN article_search_docs d ON d.docid = s.rowid
      JOIN articles a ON a.id = d.article_id JOIN article_tags t ON t.article_id = a.id JOIN tags g ON g.id = t.tag_id
      WHERE article_search MATCH 'council' AND g.slug = '${rare}' AND a.status = 'published' AND a.deleted_at IS NULL` },
  };
  if (!sqlite) return checks;
  return { checks, counts: Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, sqlite.prepare(check.sql).get().n])) };
}

async function verifyThroughApi(api, checks, counts) {
  for (const [name, check] of Object.entries(checks)) {
    const slugs = [];
    let cursor = null;
    do {
      const res = await fetch(`${api}${check.path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (res.status !== 200) throw new Error(`GET ${check.path}: ${res.status}`);
      const page = await res.json();
      slugs.push(...page.data.map((article) => article.slug));
      cursor = page.next_cursor;
    } while (cursor && slugs.length < 100_000);
    if (slugs.length !== counts[name] || new Set(slugs).size !== slugs.length) {
      throw new Error(`GET ${check.path} listed ${slugs.length} articles (${new Set(slugs).size} distinct), the file holds ${counts[name]}`);
    }
    if (check.slug && !slugs.includes(check.slug)) throw new Error(`GET ${check.path} did not find ${check.slug}`);
  }
  detail(`verified through the API: ${Object.keys(checks).map((name) => `${name} ${counts[name]}`).join(', ')}`);
}

/** The SQLite file of the local D1 database `wrangler d1 migrations apply --persist-to` made under `v3`. */
function findD1File(v3) {
  const dir = join(v3, 'd1', 'miniflare-D1DatabaseObject');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite') : [];
  if (files.length !== 1) throw new Error(`expected one D1 SQLite file in ${dir}, found ${files.length}`);
  return join(dir, files[0]);
}

/** A private copy of a template's persisted bindings for one instance. */
function copyState(state, label) {
  const target = join(RUN_DIR, label);
  cpSync(join(state.dir, 'v3'), join(target, 'v3'), { recursive: true });
  return join(target, 'v3');
}

// ---------------------------------------------------------------------------------------------
// Load.
function cannon(url, headers, seconds, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, headers, connections: options.connections, duration: seconds, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

const percentile = (sorted, p) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

/**
 * A fresh workerd instance keeps getting faster for a while (the isolate's code is optimized,
 * its heap settles), well past a scenario's own warm-up: every scenario, the trivial Worker's
 * included, is loaded for --prewarm seconds before anything is measured, so that neither the
 * first scenario measured on an instance nor the trivial Worker's first run pays for it.
 */
async function prewarm(scenarios) {
  if (options.prewarm === 0) return;
  progress(`Warming up every instance: ${scenarios.length} scenarios × ${options.prewarm} s before measuring (--prewarm)`);
  for (const scenario of scenarios) await cannon(instances.get(scenario.instance).origin + scenario.path, scenario.headers, options.prewarm);
}

/** Sequential requests that must all answer `expect`, with `cache` in Cache-Status when given. */
async function probe(scenario, origin, count) {
  const seen = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(origin + scenario.path, { headers: scenario.headers ?? {} });
    await res.arrayBuffer();
    const cacheStatus = res.headers.get('cache-status');
    seen.push(`${res.status} ${cacheStatus ?? '(no Cache-Status)'}`);
    if (res.status !== scenario.expect || (scenario.cache && !cacheStatus?.includes(scenario.cache))) {
      throw new Error(
        `${scenario.label}: GET ${scenario.path} answered ${res.status} with Cache-Status "${cacheStatus}", ` +
          `expected ${scenario.expect}${scenario.cache ? ` and "${scenario.cache}"` : ''} (probe ${i + 1} of ${count})`,
      );
    }
  }
  return seen.at(-1);
}

async function measure(scenario) {
  const { origin } = instances.get(scenario.instance);
  progress(`${scenario.label}: GET ${scenario.path}${scenario.headers ? ` (${Object.entries(scenario.headers).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
  // Prime (a cached scenario's first request is its miss), then check every probe answers as expected.
  for (let i = 0; i < 3; i++) await fetch(origin + scenario.path, { headers: scenario.headers ?? {} }).then((res) => res.arrayBuffer());
  const before = await probe(scenario, origin, PROBES);
  await waitForQuiet();
  if (options.warmup > 0) await cannon(origin + scenario.path, scenario.headers, options.warmup);
  const latencies = [];
  const logsBefore = workerLogs.length;
  const meter = cpuMeter([instances.get(scenario.instance).pid]);
  const result = await cannon(origin + scenario.path, scenario.headers, options.duration, (ms) => latencies.push(ms));
  const cpu = meter.stop();
  const after = await probe(scenario, origin, PROBES);

  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const unexpected = Object.entries(statuses).filter(([code]) => Number(code) !== scenario.expect);
  const non2xx = result.non2xx;
  if (result.errors > 0 || result.timeouts > 0 || unexpected.length > 0 || result.requests.total === 0) {
    throw new Error(
      `${scenario.label}: ${result.requests.total} requests, ${result.errors} errors, ${result.timeouts} timeouts, statuses ${JSON.stringify(statuses)} ` +
        `(expected only ${scenario.expect})`,
    );
  }
  const errorsLogged = workerLogs.slice(logsBefore).filter((log) => log.level === 'error' || log.level === 'warn');
  if (errorsLogged.length > 0) detail(`the Worker logged ${errorsLogged.length} warnings/errors during the run; first: ${errorsLogged[0].message.slice(0, 300)}`);
  const sorted = Float64Array.from(latencies).sort();
  const row = {
    id: scenario.id,
    label: scenario.label,
    instance: scenario.instance,
    path: scenario.path,
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    workerdCpuUsPerRequest: (cpu.pidSeconds[0] * 1e6) / result.requests.total,
    workerdCores: cpu.pidSeconds[0] / cpu.seconds,
    loadGeneratorCores: cpu.nodeSeconds / cpu.seconds,
    otherProcessesCores: cpu.othersCores,
    noisy: cpu.othersCores > NOISY_CORES,
    statuses,
    non2xx,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    cacheStatus: scenario.cache ? { before, after } : undefined,
    workerWarnings: errorsLogged.length,
    latencies: sorted,
  };
  detail(
    `${fmt(row.rps, 0)} req/s, p50 ${fmt(row.p50, 2)} ms, p99 ${fmt(row.p99, 2)} ms, ${row.requests} × ${scenario.expect}${scenario.cache ? `, ${after}` : ''}; ` +
      `workerd ${fmt(row.workerdCpuUsPerRequest, 0)} µs CPU/request (${fmt(row.workerdCores, 2)} cores), load generator ${fmt(row.loadGeneratorCores, 2)} cores, ` +
      `other processes ${fmt(row.otherProcessesCores, 2)} cores${row.noisy ? ' ⚠ noisy' : ''}`,
  );
  return row;
}

/** Waits, up to --quiet-wait seconds, for a second in which other processes use under NOISY_CORES cores. */
async function waitForQuiet() {
  if (options.quietWait === 0) return;
  const deadline = Date.now() + options.quietWait * 1000;
  let said = false;
  for (;;) {
    const meter = cpuMeter([...instances.values()].map((i) => i.pid).filter(Boolean));
    await sleep(1000);
    const { othersCores } = meter.stop();
    if (othersCores < NOISY_CORES) return;
    if (Date.now() > deadline) {
      detail(`other processes still use ${fmt(othersCores, 2)} cores; measuring anyway (the row is marked noisy if it stays so)`);
      return;
    }
    if (!said) detail(`waiting for other processes to quieten (they use ${fmt(othersCores, 2)} cores; up to ${options.quietWait} s)`);
    said = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Output.
const fmt = (value, digits) => (Number.isFinite(value) ? value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');

function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function machine() {
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

function memoryReport() {
  return Object.entries(sampler.report())
    .filter(([label]) => !label.startsWith('seed-'))
    .map(([label, entry]) => ({ instance: label, pid: entry.pid, peakMiB: entry.peakBytes / 2 ** 20, lastMiB: entry.lastBytes / 2 ** 20, samples: entry.samples }));
}

function writeResults(results, { latest }) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, text);
  if (latest) writeFileSync(join(RESULTS_DIR, 'latest.json'), text);
  return file;
}

// ---------------------------------------------------------------------------------------------
// The runs.
async function measureTrivial(which) {
  return measure({ id: `trivial-${which}`, label: `trivial Worker (${which})`, instance: 'trivial', path: '/', expect: 200 });
}

async function defaultRun(results) {
  const state = await prepareState(options.articles);
  results.state = state;
  progress('Starting the Workers (Miniflare → workerd)');
  await startInstance('trivial', trivialWorker);
  await startInstance('byline', bylineWorker('byline'), copyState(state, 'byline'));
  await startInstance('byline-uncached', bylineWorker('byline-uncached', { RESPONSE_CACHE: 'off' }), copyState(state, 'byline-uncached'));
  await startInstance('d1-floor', d1FloorWorker);

  const tag = state.synthetic > 0 ? SYNTHETIC.topics[3] : 'kenya';
  const article = `/v1/articles/${SEED_ARTICLE}`;
  const etagResponse = await fetch(instances.get('byline').origin + article);
  await etagResponse.arrayBuffer();
  const etag = etagResponse.headers.get('etag');
  if (!etag) throw new Error(`GET ${article} carried no ETag`);
  const hit = 'hit; detail=memory';
  const scenarios = [
    { id: 'article-cached', label: 'article by slug (cached)', instance: 'byline', path: article, expect: 200, cache: hit },
    { id: 'article-uncached', label: 'article by slug, caching off (D1)', instance: 'byline-uncached', path: article, expect: 200, cache: 'fwd=bypass' },
    { id: 'list-cached', label: 'list page (cached)', instance: 'byline', path: '/v1/articles', expect: 200, cache: hit },
    { id: 'tag-cached', label: `list by tag (cached)`, instance: 'byline', path: `/v1/articles?tag=${tag}`, expect: 200, cache: hit },
    { id: 'sections-cached', label: 'sections (cached)', instance: 'byline', path: '/v1/sections', expect: 200, cache: hit },
    { id: 'revalidate-304', label: 'article, If-None-Match → 304', instance: 'byline', path: article, headers: { 'if-none-match': etag }, expect: 304, cache: hit },
    { id: 'list-uncached', label: 'list page, caching off (D1)', instance: 'byline-uncached', path: '/v1/articles', expect: 200, cache: 'fwd=bypass' },
    { id: 'tag-uncached', label: 'list by tag, caching off (D1)', instance: 'byline-uncached', path: `/v1/articles?tag=${tag}`, expect: 200, cache: 'fwd=bypass' },
    { id: 'd1-floor', label: 'reference: a Worker reading D1 once (SELECT 1)', instance: 'd1-floor', path: '/', expect: 200 },
  ];

  const only = flags.only?.split(',').map((id) => id.trim());
  const unknown = only?.filter((id) => !scenarios.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: no scenario ${unknown.join(', ')}; the scenarios are ${scenarios.map((s) => s.id).join(', ')}`);

  const selected = only ? only.map((id) => scenarios.find((s) => s.id === id)) : scenarios;
  await prewarm([{ instance: 'trivial', path: '/' }, ...selected]);

  const trivial = { id: 'trivial', label: 'trivial Worker', instance: 'trivial', path: '/', expect: 200 };
  const rows = [];
  for (const scenario of selected) rows.push(await measurePaired(scenario, trivial));
  const trivialRounds = rows.flatMap((row) => row.rounds.map((round) => round.reference));
  results.trivial = {
    rounds: trivialRounds.length,
    rps: median(trivialRounds.map((r) => r.rps)),
    workerdCpuUsPerRequest: median(trivialRounds.map((r) => r.workerdCpuUsPerRequest)),
    rpsRange: [Math.min(...trivialRounds.map((r) => r.rps)), Math.max(...trivialRounds.map((r) => r.rps))],
  };
  results.scenarios = rows.map((row) => {
    const target = TARGETS[row.id];
    return { ...row, target: target ?? null, met: target === undefined ? null : row.ratio >= target };
  });

  const range = ([low, high]) => `${fmt(low, 2)}–${fmt(high, 2)}`;
  const body = [
    ['trivial Worker (every round)', fmt(results.trivial.rps, 0), '', '', '1.00', '', '', '', fmt(results.trivial.workerdCpuUsPerRequest, 0), '1.00'],
    ...results.scenarios.map((r) => [
      `${r.label}${r.noisy ? ' *' : ''}`, fmt(r.rps, 0), fmt(r.p50, 2), fmt(r.p99, 2), fmt(r.ratio, 2), range(r.ratioRange),
      r.target ? `≥ ${r.target}` : '', r.met === null ? '' : r.met ? 'yes' : 'NO', fmt(r.workerdCpuUsPerRequest, 0), fmt(r.cpuRatio, 2),
    ]),
  ];
  return `${table(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', '× trivial', 'rounds', 'target', 'met', 'CPU µs/req', 'CPU ×'],
    body,
    ['l', 'r', 'r', 'r', 'r', 'l', 'l', 'l', 'r', 'r'],
  )}\n\n× trivial = the median, over ${options.rounds} rounds, of req/s ÷ the trivial Worker's req/s measured next to it in the same round ` +
    `(rounds alternate which goes first); rounds = the lowest and highest round. The targets are judged on × trivial.\n` +
    `req/s and CPU µs/req are medians over the rounds, p50/p99 over every request; CPU µs/req = workerd's CPU time per request, ` +
    `CPU × = the trivial Worker's ÷ this one's, from the same rounds (less disturbed by other processes).` +
    `${noiseNote(rows.flatMap((row) => row.rounds.flatMap((round) => [round.scenario, round.reference])))}`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `scenario` and `reference` measured back to back, --rounds times, alternating which goes
 * first: the ratio of each round compares two measurements a few seconds apart, so that the
 * machine's drift (CPU frequency, neighbours) cancels instead of landing on whichever scenario
 * happened to run in a slow minute. The row carries the median ratio and the pooled latencies.
 */
async function measurePaired(scenario, reference) {
  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const round = {};
    for (const which of i % 2 === 0 ? ['reference', 'scenario'] : ['scenario', 'reference']) {
      const measured = await measure(which === 'scenario' ? scenario : reference);
      round[which] = measured;
    }
    round.ratio = round.scenario.rps / round.reference.rps;
    round.cpuRatio = round.reference.workerdCpuUsPerRequest / round.scenario.workerdCpuUsPerRequest;
    rounds.push(round);
  }
  const pooled = (which) => Float64Array.from(rounds.flatMap((round) => [...round[which].latencies])).sort();
  const latencies = pooled('scenario');
  const referenceLatencies = pooled('reference');
  const ratios = rounds.map((round) => round.ratio);
  const row = {
    id: scenario.id,
    label: scenario.label,
    instance: scenario.instance,
    path: scenario.path,
    requests: rounds.reduce((sum, round) => sum + round.scenario.requests, 0),
    rps: median(rounds.map((round) => round.scenario.rps)),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    workerdCpuUsPerRequest: median(rounds.map((round) => round.scenario.workerdCpuUsPerRequest)),
    cpuRatio: median(rounds.map((round) => round.cpuRatio)),
    noisy: rounds.some((round) => round.scenario.noisy || round.reference.noisy),
    bytesPerResponse: rounds[0].scenario.bytesPerResponse,
    referenceRps: median(rounds.map((round) => round.reference.rps)),
    referenceP50: percentile(referenceLatencies, 50),
    referenceP99: percentile(referenceLatencies, 99),
    referenceCpuUsPerRequest: median(rounds.map((round) => round.reference.workerdCpuUsPerRequest)),
    rounds: rounds.map(({ scenario: a, reference: b, ratio, cpuRatio }) => ({ scenario: withoutLatencies(a), reference: withoutLatencies(b), ratio, cpuRatio })),
  };
  detail(`${scenario.label}: ${fmt(row.ratio, 2)} × ${reference.label} (rounds ${ratios.map((r) => fmt(r, 2)).join(', ')})`);
  return row;
}

const withoutLatencies = ({ latencies, ...row }) => row;

function noiseNote(rows) {
  const noisy = rows.filter((r) => r.noisy);
  return noisy.length === 0 ? '' : `\n* other processes used more than ${NOISY_CORES} cores during this measurement (up to ${fmt(Math.max(...noisy.map((r) => r.otherProcessesCores)), 2)}): its req/s is less reliable.`;
}

/** Walks `?limit=20` pages from the first; the path of page `page`, or of the last page when there are fewer. */
async function deepCursorPath(origin, page) {
  let cursor = null;
  let reached = 1;
  for (; reached < page; reached++) {
    const res = await fetch(`${origin}/v1/articles${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (res.status !== 200) throw new Error(`walking the list: page ${reached} answered ${res.status}`);
    const next = (await res.json()).next_cursor;
    if (!next) break;
    cursor = next;
  }
  return { path: `/v1/articles${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, page: reached };
}

async function scaleRun(results) {
  const sizes = [BASE_ARTICLES, options.articles];
  const states = [];
  for (const size of sizes) states.push(await prepareState(size));
  results.states = states;
  progress('Starting the Workers (Miniflare → workerd), caching off');
  await startInstance('trivial', trivialWorker);
  for (const state of states) {
    const label = `uncached-${state.articles}`;
    await startInstance(label, bylineWorker(label, { RESPONSE_CACHE: 'off' }), copyState(state, label));
  }
  progress(`Finding the page-${DEEP_PAGE} cursors (walking the list 20 at a time)`);
  const deep = {};
  for (const state of states) {
    deep[state.articles] = await deepCursorPath(instances.get(`uncached-${state.articles}`).origin, DEEP_PAGE);
    detail(`${state.articles.toLocaleString('en')} articles: page ${deep[state.articles].page}${deep[state.articles].page < DEEP_PAGE ? ' (the last page)' : ''}`);
  }
  const kinds = [
    { id: 'list', label: 'list page', path: () => '/v1/articles' },
    { id: 'tag-topic', label: `list by tag (${SYNTHETIC.shares.topic * 100}% of articles)`, path: () => `/v1/articles?tag=${SYNTHETIC.topics[3]}` },
    { id: 'tag-beat', label: `list by tag (${SYNTHETIC.shares.beat * 100}% of articles)`, path: () => `/v1/articles?tag=${SYNTHETIC.beats[42]}` },
    { id: 'deep-cursor', label: `deep cursor (page ${DEEP_PAGE})`, path: (size) => deep[size].path },
    { id: 'tag-rare', label: `list by tag (${SYNTHETIC.shares.rare * 100}% of articles)`, path: () => `/v1/articles?tag=${SYNTHETIC.rares[3]}` },
    { id: 'section', label: 'list by section', path: () => '/v1/articles?section=world' },
    { id: 'author', label: 'list by author (2.5%)', path: () => `/v1/articles?author=${SYNTHETIC.authors[7]}` },
    // Topic 3 and desk 04 share the articles n ≡ 33 (mod 50), 2%; topic 3 and desk 07 share none
    // (see synthetic-articles.mjs), so that filter reads every candidate and finds no row.
    { id: 'two-tags', label: 'two tags (10% and 4%, together on 2%)', path: () => `/v1/articles?tag=${SYNTHETIC.topics[3]}&tag=${SYNTHETIC.desks[4]}` },
    { id: 'dates', label: 'since/until (six hours)', path: () => '/v1/articles?since=2023-10-31T12:00:00Z&until=2023-10-31T18:00:00Z' },
    // Ranked by relevance, so every hit is scored: these two words are in over half the archive.
    { id: 'search', label: 'full-text search (two common words)', path: () => '/v1/articles?q=council%20budget', mayStall: true },
    { id: 'search-one', label: 'full-text search (one article)', path: () => '/v1/articles?q=777' },
    // Allowed, as the broad search, to answer nothing within --duration: reported as such, not fatal.
    { id: 'two-tags-disjoint', label: 'two tags that never co-occur (worst case)', path: () => `/v1/articles?tag=${SYNTHETIC.topics[3]}&tag=${SYNTHETIC.desks[7]}`, mayStall: true },
  ];

  await prewarm([{ instance: 'trivial', path: '/' }, ...kinds.flatMap((kind) => sizes.map((size) => ({ instance: `uncached-${size}`, path: kind.path(size) })))]);
  const trivialStart = await measureTrivial('start');
  const rows = [];
  for (const kind of kinds) {
    const at = (size) => ({
      id: `${kind.id}-${size}`,
      label: `${kind.label}${kind.id === 'deep-cursor' && deep[size].page < DEEP_PAGE ? ` → page ${deep[size].page}, the last` : ''}, ${size.toLocaleString('en')} articles`,
      instance: `uncached-${size}`,
      path: kind.path(size),
      expect: 200,
      cache: 'fwd=bypass',
    });
    // The 100,000-article state against the 1,000-article one, round by round.
    const paired = await measurePaired(at(sizes[1]), at(sizes[0])).catch((error) => {
      if (!kind.mayStall) throw error;
      detail(`${kind.label}: ${error.message}`);
      return null;
    });
    if (!paired) {
      const none = { rps: 0, p50: Number.NaN, p99: Number.NaN, workerdCpuUsPerRequest: Number.NaN };
      rows.push({ id: kind.id, label: `${kind.label}: no answer within ${options.duration} s`, small: none, large: none, rounds: [], timeRatio: Number.POSITIVE_INFINITY, timeRatioRange: [Number.NaN, Number.NaN], p50Ratio: Number.NaN, noisy: false, target: SCALE_LIMIT, met: false });
      continue;
    }
    const timeRatio = median(paired.rounds.map((round) => round.reference.rps / round.scenario.rps));
    const p50Ratio = paired.p50 / paired.referenceP50;
    rows.push({
      id: kind.id,
      label: kind.label,
      small: { rps: paired.referenceRps, p50: paired.referenceP50, p99: paired.referenceP99, workerdCpuUsPerRequest: paired.referenceCpuUsPerRequest },
      large: { rps: paired.rps, p50: paired.p50, p99: paired.p99, workerdCpuUsPerRequest: paired.workerdCpuUsPerRequest },
      rounds: paired.rounds,
      timeRatio,
      timeRatioRange: [1 / paired.ratioRange[1], 1 / paired.ratioRange[0]],
      p50Ratio,
      noisy: paired.noisy,
      target: SCALE_LIMIT,
      met: timeRatio <= SCALE_LIMIT && p50Ratio <= SCALE_LIMIT,
    });
  }
  const trivialEnd = await measureTrivial('end');
  const trivialRps = (trivialStart.rps + trivialEnd.rps) / 2;
  results.trivial = { start: withoutLatencies(trivialStart), end: withoutLatencies(trivialEnd), meanRps: trivialRps };
  results.scale = rows.map((row) => ({ ...row, small: { ...row.small, ratio: row.small.rps / trivialRps }, large: { ...row.large, ratio: row.large.rps / trivialRps } }));

  const [a, b] = sizes.map((size) => (size >= 1000 ? `${size / 1000}k` : String(size)));
  const body = results.scale.map((r) => [
    `${r.label}${r.noisy ? ' *' : ''}`,
    fmt(r.small.rps, 0), fmt(r.small.p50, 2), fmt(r.small.p99, 2),
    fmt(r.large.rps, 0), fmt(r.large.p50, 2), fmt(r.large.p99, 2),
    fmt(r.timeRatio, 2), `${fmt(r.timeRatioRange[0], 2)}–${fmt(r.timeRatioRange[1], 2)}`, fmt(r.p50Ratio, 2), `≤ ${r.target}`, r.met ? 'yes' : 'NO',
  ]);
  const trivialLine = `trivial Worker: ${fmt(trivialStart.rps, 0)} req/s at the start, ${fmt(trivialEnd.rps, 0)} at the end (p50 ${fmt(trivialStart.p50, 2)} / ${fmt(trivialEnd.p50, 2)} ms)`;
  return `${table(
    ['scenario (caching off)', `${a} req/s`, `${a} p50`, `${a} p99`, `${b} req/s`, `${b} p50`, `${b} p99`, 'time ×', 'rounds', 'p50 ×', 'target', 'met'],
    body,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r', 'l', 'l'],
  )}\n\ntime × = the median, over ${options.rounds} rounds, of req/s at ${a} ÷ req/s at ${b} measured back to back (rounds alternate which goes first; ` +
    `rounds = the lowest and highest); p50 × = p50 at ${b} ÷ p50 at ${a}, over every request. req/s are medians over the rounds.\n${trivialLine}` +
    `\nworkerd CPU µs/request, ${a} → ${b}: ${results.scale.map((r) => `${r.label} ${fmt(r.small.workerdCpuUsPerRequest, 0)} → ${fmt(r.large.workerdCpuUsPerRequest, 0)}`).join('; ')}` +
    noiseNote(results.scale.flatMap((r) => r.rounds.flatMap((round) => [round.scenario, round.reference])).concat([trivialStart, trivialEnd]));
}

// ---------------------------------------------------------------------------------------------
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

  const tableText = mode === 'scale' ? await scaleRun(results) : await defaultRun(results);
  sampler.stop();
  results.machine = machine();
  results.memory = memoryReport();
  results.finishedAt = new Date().toISOString();
  results.workerLogs = { warnings: workerLogs.filter((l) => l.level === 'warn').length, errors: workerLogs.filter((l) => l.level === 'error').length };
  const file = writeResults(results, { latest: true });

  const m = results.machine;
  console.log(`\nByline benchmark (${mode === 'scale' ? `scale: ${BASE_ARTICLES.toLocaleString('en')} vs ${options.articles.toLocaleString('en')} articles` : `${options.articles.toLocaleString('en')} articles`}), ` +
    `${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per scenario`);
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; ${m.workerd}; Miniflare ${m.miniflare}; autocannon ${m.autocannon}\n`);
  console.log(tableText);
  console.log(`\nPeak RSS (workerd, per instance): ${results.memory.map((r) => `${r.instance} ${fmt(r.peakMiB, 1)} MiB`).join(', ')}`);
  if (mode === 'default') {
    const missed = results.scenarios.filter((r) => r.met === false);
    console.log(missed.length === 0 ? 'All targets met.' : `Targets missed: ${missed.map((r) => `${r.label} (${fmt(r.ratio, 2)} < ${r.target})`).join('; ')}.`);
  } else {
    const missed = results.scale.filter((r) => !r.met);
    console.log(missed.length === 0 ? `Every timing stays within ${SCALE_LIMIT}× of the ${BASE_ARTICLES.toLocaleString('en')}-article figure.` : `Over ${SCALE_LIMIT}×: ${missed.map((r) => r.label).join('; ')}.`);
  }
  console.log(`Results: ${file.slice(ROOT.length)} (and bench-results/latest.json)`);
} catch (error) {
  if (!interrupted) {
    exitCode = 1;
    console.error(`\n✗ bench failed: ${error instanceof Error ? error.message : error}${error?.cause ? ` (cause: ${error.cause?.message ?? error.cause})` : ""}`);
    const recent = workerLogs.filter((l) => l.level === 'error' || l.level === 'warn').slice(-5);
    for (const log of recent) console.error(`  [${log.instance} ${log.level}] ${log.message.slice(0, 500)}`);
    results.error = String(error instanceof Error ? error.stack : error);
    sampler.stop();
    results.memory = memoryReport();
    try {
      console.error(`  partial results: ${writeResults(results, { latest: false }).slice(ROOT.length)}`);
    } catch {}
  }
} finally {
  if (!interrupted) {
    await disposeAll();
    if (!flags.keep) rmSync(RUN_DIR, { recursive: true, force: true });
  }
}
process.exit(exitCode);
