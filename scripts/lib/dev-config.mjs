// The configuration `npm start` gives `wrangler dev`: wrangler.toml's local (top-level) part plus
// `images = { binding = "IMAGES" }`, written to .wrangler/dev/. Miniflare simulates the binding
// (with sharp), so locally `/media/{key}?w=` makes real variants and srcsets list them;
// wrangler.toml itself declares no binding, so no deployment comes to need Cloudflare Images
// unless the publisher adds one. It also lets webhooks reach loopback receivers
// (WEBHOOKS_ALLOW_LOOPBACK), for local development only: wrangler.toml refuses them everywhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'smol-toml';

/**
 * wrangler.toml (in `root`) as a config that works from another directory: wrangler reads paths
 * relative to the config file, so every path in it (the entry point, migrations, static assets,
 * the build's working directory, the module aliases) is made absolute.
 */
export function devConfigFor(root) {
  const { env: _environments, ...config } = parse(readFileSync(join(root, 'wrangler.toml'), 'utf8'));
  const from = (path) => resolve(root, path);
  return {
    ...config,
    main: from(config.main),
    d1_databases: config.d1_databases.map((db) => ({ ...db, migrations_dir: from(db.migrations_dir) })),
    ...(config.assets ? { assets: { ...config.assets, directory: from(config.assets.directory) } } : {}),
    ...(config.build ? { build: { ...config.build, cwd: from(config.build.cwd ?? '.') } } : {}),
    // A path alias (./src/mcp/stubs/…) is a path too; a package name would stay as it is.
    ...(config.alias ? { alias: Object.fromEntries(Object.entries(config.alias).map(([name, to]) => [name, to.startsWith('.') ? from(to) : to])) } : {}),
    images: { binding: 'IMAGES' },
    vars: { ...config.vars, WEBHOOKS_ALLOW_LOOPBACK: 'true' },
  };
}

/** Writes `devConfigFor(root)` to `file` and returns its path. */
export function writeDevConfig(root, file = join(root, '.wrangler/dev/wrangler.json')) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(devConfigFor(root), null, 2));
  return file;
}
