// `npm run sync:wordpress -- --url https://site.example/wp-json [--user NAME --application-password "…"]
// [--target https://… --token …] [--dry-run]`: the live sync once, as the Cron Trigger runs it when
// WORDPRESS_URL is set: the Worker reads the posts modified since its recorded position and applies
// them (POST /v1/admin/wordpress/sync, called until it says `done`). Exit 1 when a post failed.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { FLAGS, credentialsFrom } from './args.mjs';
import { printSummary } from './run.mjs';
import { openTarget } from './target.mjs';

async function main() {
  const { values } = parseArgs({ options: FLAGS, allowPositionals: false });
  if (values.help || !values.url) {
    console.log('Usage: npm run sync:wordpress -- --url https://site.example/wp-json [--user NAME --application-password "…"] [--target https://… --token …] [--dry-run]');
    return values.help ? 0 : 2;
  }
  if (values.target && !values.token) {
    console.error('--target needs --token (an admin key of that Byline).');
    return 2;
  }
  const credentials = credentialsFrom(values);
  const persistTo = values['persist-to'] ?? process.env.PERSIST_TO ?? '.wrangler/state';
  const target = await openTarget({ target: values.target, token: values.token, persistTo });
  const counts = { created: 0, updated: 0, withdrawn: 0, unchanged: 0, skipped: 0, failed: 0 };
  const failures = [];
  const bar = new cliProgress.SingleBar({ format: ' run {runs} | {pages} pages | {created} new, {updated} updated, {withdrawn} withdrawn, {unchanged} unchanged, {failed} failed | since {position}', stream: process.stderr, noTTYOutput: !process.stderr.isTTY }, cliProgress.Presets.shades_classic);
  const started = performance.now();
  try {
    console.log(`Syncing ${values.url}${credentials ? '' : ' (published posts only: no application password)'} into ${values.target ?? `the local state (${persistTo})`}${values['dry-run'] ? ', dry run' : ''}.`);
    bar.start(1, 0, { runs: 0, pages: 0, ...counts, position: '-' });
    let pages = 0;
    for (let runs = 1; ; runs++) {
      const report = await target.sync({ url: values.url, ...(credentials ? { application_password: credentials } : {}) }, { dryRun: values['dry-run'] });
      pages += report.pages;
      for (const [action, n] of Object.entries(report.counts)) counts[action] += n;
      for (const { id, reason } of report.failures) failures.push({ post: `#${id}`, reason });
      bar.update(report.done ? 1 : 0, { runs, pages, ...counts, position: report.position ?? '-' });
      // A dry run records no position, so it would read the same pages forever: one run shows what the next would do.
      if (report.done || values['dry-run']) break;
    }
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const done = Object.values(counts).reduce((a, b) => a + b, 0);
    printSummary({ counts, failures, warnings: [], seconds, postsPerSecond: done / Math.max(seconds, 0.001) }, { dryRun: values['dry-run'] });
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    bar.stop();
    console.error(`The sync stopped: ${error.message}`);
    return 2;
  } finally {
    await target.close();
  }
}

process.exitCode = await main();
