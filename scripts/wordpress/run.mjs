// One import run: posts from a reader (WXR or REST) through images and the admin API, with a
// progress bar (counts and ETA, cli-progress), a summary table, and the exit code: 0 when every
// post went in, 1 when any failed (each failure is listed with its reason; the run goes on).
import cliProgress from 'cli-progress';
import { imageStore } from './images.mjs';

const ACTIONS = ['created', 'updated', 'withdrawn', 'unchanged', 'skipped', 'failed'];

/**
 * Imports `source.posts()` (an async iterable of { post } batches with a `total`) into `target`.
 * Resolves to `{ counts, failures, warnings, seconds, postsPerSecond, exitCode }`.
 */
export async function runImport({ source, target, dryRun = false, out = process.stderr, concurrency = 4 }) {
  const counts = Object.fromEntries(ACTIONS.map((action) => [action, 0]));
  const failures = [];
  const warnings = [];
  const images = imageStore(target, { dryRun });
  const bar = new cliProgress.SingleBar(
    {
      format: ' {bar} {value}/{total} posts | ETA {eta_formatted} | {created} new, {updated} updated, {withdrawn} withdrawn, {unchanged} unchanged, {failed} failed',
      stream: out,
      noTTYOutput: !out.isTTY,
      notTTYSchedule: 5000,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(source.total ?? 0, 0, counts);

  async function one(post) {
    const label = `#${post.id} ${String(post.title ?? '').replace(/<[^>]*>/g, '').slice(0, 60) || '(no title)'}`;
    try {
      const { post: withImages, warnings: imageWarnings } = await images.resolve(post);
      const result = await target.importPost(withImages, { dryRun });
      counts[result.action]++;
      const seen = imageWarnings.join('\n');
      // Byline names the same images again (kept at their WordPress URL): say it once.
      const own = result.warnings.filter((warning) => !/image not imported/.test(warning) || !seen.includes(warning.split(': ').pop()));
      for (const warning of [...imageWarnings, ...own]) warnings.push({ post: label, warning });
    } catch (error) {
      counts.failed++;
      failures.push({ post: label, reason: error.message });
    }
    bar.increment(1, counts);
  }

  for await (const batch of source.posts()) {
    if (source.total !== undefined) bar.setTotal(source.total);
    const queue = [...batch];
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      while (queue.length > 0) await one(queue.shift());
    }));
  }
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const done = ACTIONS.reduce((sum, action) => sum + counts[action], 0);
  return { counts, failures, warnings, seconds, postsPerSecond: done / Math.max(seconds, 0.001), exitCode: counts.failed > 0 ? 1 : 0 };
}

/** The summary table, the failures with their reasons, and the warnings (the first `maxWarnings`). */
export function printSummary(result, { dryRun, log = console.log, maxWarnings = 20 }) {
  const { counts, failures, warnings, seconds, postsPerSecond } = result;
  const changes = counts.created + counts.updated + counts.withdrawn;
  const rows = [
    ...ACTIONS.map((action) => [dryRun && action !== 'unchanged' && action !== 'failed' && action !== 'skipped' ? `would be ${action}` : action, String(counts[action])]),
    ['changes', String(changes)],
    ['warnings', String(warnings.length)],
    ['seconds', seconds.toFixed(1)],
    ['posts/second', postsPerSecond.toFixed(1)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const line = `+${'-'.repeat(width + 2)}+${'-'.repeat(10)}+`;
  log(`\n${dryRun ? 'Dry run: nothing was written.\n' : ''}${line}`);
  for (const [name, value] of rows) log(`| ${name.padEnd(width)} | ${value.padStart(8)} |`);
  log(line);
  if (failures.length > 0) {
    log(`\nFailed (${failures.length}):`);
    for (const { post, reason } of failures) log(`  ${post}: ${reason}`);
  }
  if (warnings.length > 0) {
    log(`\nWarnings (${warnings.length}${warnings.length > maxWarnings ? `, the first ${maxWarnings}` : ''}):`);
    for (const { post, warning } of warnings.slice(0, maxWarnings)) log(`  ${post}: ${warning}`);
  }
  log(`\n${changes} change${changes === 1 ? '' : 's'}${dryRun ? ' would be made' : ''}; ${counts.failed} failed.`);
}
