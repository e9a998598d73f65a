import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { wordpressFixturesDir } from './scripts/wordpress/fixtures.mjs';

/**
 * Two projects: `workers` runs inside workerd with real D1 (the real migrations applied in
 * setup), KV and R2 from wrangler.toml; `node` runs what needs Node (OpenAPI validation,
 * checks of the repository's configuration).
 */
// wrangler.toml declares ADMIN_TOKEN a required secret; the tests' one is a fixed test value.
const ADMIN_TOKEN = 'test-admin-token';
process.env.ADMIN_TOKEN ??= ADMIN_TOKEN;
// WordPress's theme test exports (test/fixtures/wordpress/), imported `?raw` by the WordPress tests.
const WORDPRESS_FIXTURES = wordpressFixturesDir(import.meta.dirname) ?? 'shared/wordpress';
// The contract fuzzer's seed: one per run, printed by each fuzz file, given again to reproduce it.
const FUZZ_SEED = process.env.FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));

export default defineConfig({
  test: {
    // Every request writes its log line; the test that reads them spies on the console instead.
    onConsoleLog: (log) => !log.includes('"event":"request"'),
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                ADMIN_TOKEN,
                // As under `npm start`: webhooks may reach loopback receivers, and retry at once.
                WEBHOOKS_ALLOW_LOOPBACK: 'true',
                WEBHOOKS_RETRY_BASE_SECONDS: '0',
                TEST_MIGRATIONS: await readD1Migrations('./migrations'),
                FUZZ_SEED,
                FUZZ_RUNS: process.env.FUZZ_RUNS ?? '',
              },
            },
          })),
        ],
        resolve: { alias: { '#wordpress-fixtures': WORDPRESS_FIXTURES } },
        server: { fs: { allow: ['.', WORDPRESS_FIXTURES] } },
        test: {
          name: 'workers',
          include: ['test/workers/**/*.test.ts'],
          // Property tests make hundreds of requests; a busy 2-core machine must not fail them on time.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          setupFiles: ['./test/workers/apply-migrations.ts'],
        },
      },
      {
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts'],
          environment: 'node',
          // AVIF encoding by sharp (the local Images binding) alone can take seconds on 2 busy cores.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Headless Chromium against the real Worker served from Node (test/browser/embed.test.ts).
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
