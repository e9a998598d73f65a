// State: the real migrations, the demo newsroom and synthetic articles up to a count, built once
// per count into .bench/state/<articles>-<fingerprint>/ (a template) and copied per instance.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, wranglerBin } from '../lib/build-worker.mjs';
import { loadTs } from '../lib/load-ts.mjs';
import { withDeferredIndexes } from '../lib/bulk-load.mjs';
import { openSqliteD1 } from '../lib/sqlite-d1.mjs';
import { seedSynthetic } from '../lib/synthetic-articles.mjs';
import { detail, progress } from './log.mjs';
import { SEED_ARTICLE } from './scenarios.mjs';
import { apiChecks, countInFile, verifyThroughApi } from './verify-state.mjs';
import { BENCH_DIR, bylineWorker, config, instances, RUN_DIR, startInstance } from './serve.mjs';

/** What the template is built from: the migrations, the seed, the generator, wrangler.toml and the count. */
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

/**
 * The template of `articles` articles, built (and verified through the API) unless one with the
 * same fingerprint exists or `fresh` is set. Resolves to `{ dir, articles, demo, synthetic, counts, … }`.
 */
export async function prepareState(articles, { fresh = false } = {}) {
  const name = `${articles}-${fingerprint(articles)}`;
  const dir = join(BENCH_DIR, 'state', name);
  const marker = join(dir, 'seeded.json');
  if (!fresh && existsSync(marker)) {
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
    const checks = synthetic > 0 ? apiChecks(synthetic) : null;
    const counts = {
      articles: await count('SELECT COUNT(*) AS n FROM articles'),
      public: await count("SELECT COUNT(*) AS n FROM articles WHERE status = 'published' AND deleted_at IS NULL"),
      synthetic: await count("SELECT COUNT(*) AS n FROM articles WHERE slug LIKE 'bench-story-%'"),
      syntheticTags: await count("SELECT COUNT(*) AS n FROM article_tags WHERE article_id LIKE 'art_bench%'"),
      syntheticAuthors: await count("SELECT COUNT(*) AS n FROM article_authors WHERE article_id LIKE 'art_bench%'"),
      searchDocs: await count('SELECT COUNT(*) AS n FROM article_search_docs'),
      // Tag lists read the links in publication order: each link's copy of published_at (0013).
      staleLinkTimes: await count('SELECT COUNT(*) AS n FROM article_tags t JOIN articles a ON a.id = t.article_id WHERE t.published_at IS NOT a.published_at'),
      ...(checks && countInFile(direct.sqlite, checks)),
    };
    const expectedAuthors = synthetic + Math.floor(synthetic / 4);
    const expectedTags = synthetic * 3 + Math.floor((synthetic + 99) / 100);
    const problems = [
      counts.articles !== articles && `articles: ${counts.articles}, expected ${articles}`,
      counts.synthetic !== synthetic && `synthetic articles: ${counts.synthetic}, expected ${synthetic}`,
      counts.syntheticTags !== expectedTags && `synthetic tag links: ${counts.syntheticTags}, expected ${expectedTags}`,
      counts.syntheticAuthors !== expectedAuthors && `synthetic author links: ${counts.syntheticAuthors}, expected ${expectedAuthors}`,
      counts.searchDocs !== articles && `search index entries: ${counts.searchDocs}, expected ${articles}`,
      counts.staleLinkTimes !== 0 && `tag links whose published_at is not their article's: ${counts.staleLinkTimes}`,
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
    if (checks) await verifyThroughApi(api, checks, counts);
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

/** The SQLite file of the local D1 database `wrangler d1 migrations apply --persist-to` made under `v3`. */
function findD1File(v3) {
  const dir = join(v3, 'd1', 'miniflare-D1DatabaseObject');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite') : [];
  if (files.length !== 1) throw new Error(`expected one D1 SQLite file in ${dir}, found ${files.length}`);
  return join(dir, files[0]);
}

/** A private copy of a template's persisted bindings for one instance. */
export function copyState(state, label) {
  const target = join(RUN_DIR, label);
  cpSync(join(state.dir, 'v3'), join(target, 'v3'), { recursive: true });
  return join(target, 'v3');
}

