// The report: the tables printed on stdout and the files in bench-results/ (JSON and a chart),
// all rendered from the results object alone, so that a test can render them from fixed figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/build-worker.mjs';
import { renderChart } from './chart.mjs';
import { fmt } from './log.mjs';
import { BASE_ARTICLES, NOISY_CORES } from './scenarios.mjs';

export const RESULTS_DIR = join(ROOT, 'bench-results');

/** `rows` under `headers` in columns padded to their widest cell, `align[i]` 'l' or 'r'. */
export function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function noiseNote(rows) {
  const noisy = rows.filter((r) => r.noisy);
  return noisy.length === 0 ? '' : `\n* other processes used more than ${NOISY_CORES} cores during this measurement (up to ${fmt(Math.max(...noisy.map((r) => r.otherProcessesCores)), 2)}): its req/s is less reliable.`;
}

/** The rows measured next to other reference rows: CPU × against each, with its rounds' range. */
export function floorsTable(rows) {
  const labels = new Map(rows.map((r) => [r.id, r.label]));
  const body = rows.flatMap((r) =>
    Object.entries(r.against ?? {}).map(([id, a]) => [r.label, labels.get(id) ?? id, fmt(a.referenceCpuUsPerRequest, 0), fmt(r.workerdCpuUsPerRequest, 0), fmt(a.cpuRatio, 2), `${fmt(a.cpuRatioRange[0], 2)}–${fmt(a.cpuRatioRange[1], 2)}`]),
  );
  if (body.length === 0) return '';
  return `\n\nNext to the floors (paired round by round, as with the trivial Worker): CPU × = the floor's CPU µs/req ÷ the scenario's.\n${table(
    ['scenario', 'floor', 'floor CPU µs/req', 'CPU µs/req', 'CPU ×', 'rounds'],
    body,
    ['l', 'l', 'r', 'r', 'r', 'l'],
  )}`;
}

/** The default run's table (one row per scenario, the trivial Worker first) and its notes. */
export function defaultTable(results) {
  const range = ([low, high]) => `${fmt(low, 2)}–${fmt(high, 2)}`;
  const body = [
    ['trivial Worker (every round)', fmt(results.trivial.rps, 0), '', '', '1.00', '', fmt(results.trivial.workerdCpuUsPerRequest, 0), '1.00', '', '', ''],
    ...results.scenarios.map((r) => [
      `${r.label}${r.noisy ? ' *' : ''}`, fmt(r.rps, 0), fmt(r.p50, 2), fmt(r.p99, 2), fmt(r.ratio, 2), range(r.ratioRange),
      fmt(r.workerdCpuUsPerRequest, 0), fmt(r.cpuRatio, 2),
      r.score === null || r.score === undefined ? '' : fmt(r.score, 2), r.target ? `≥ ${r.target} × ${r.targetOf === 'd1-floor' ? 'D1 floor' : 'trivial'}` : '',
      r.met === null || r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    ]),
  ];
  return `${table(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', '× trivial', 'rounds', 'CPU µs/req', 'CPU ×', 'judged', 'target', 'met'],
    body,
    ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'l', 'l'],
  )}\n\n× trivial = the median, over ${results.options.rounds} rounds, of req/s ÷ the trivial Worker's req/s measured next to it in the same round ` +
    `(rounds alternate which goes first); rounds = the lowest and highest round.\n` +
    `req/s and CPU µs/req are medians over the rounds, p50/p99 over every request; CPU µs/req = workerd's CPU time per request, ` +
    `CPU × = the trivial Worker's ÷ this one's, from the same rounds (less disturbed by other processes).\n` +
    `The targets (issue 17) are judged on CPU ×: judged = CPU ×, or for a target of "× D1 floor" the CPU × next to the D1 floor below ` +
    `(in a run without those rounds, CPU × ÷ the D1 floor row's CPU ×).` +
    `${noiseNote(results.scenarios.flatMap((row) => row.rounds.flatMap((round) => [round.scenario, round.reference])))}${floorsTable(results.scenarios)}`;
}

/** `1000` → `1k`, as the scale table's columns name the states. */
export const sizeName = (size) => (size >= 1000 ? `${size / 1000}k` : String(size));

/** The scale run's table (one row per kind: the 1,000-article state, the large one, the ratios) and its notes. */
export function scaleTable(results) {
  const [a, b] = [BASE_ARTICLES, results.options.articles].map(sizeName);
  const { start: trivialStart, end: trivialEnd } = results.trivial;
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
  )}\n\ntime × = the median, over ${results.options.rounds} rounds, of req/s at ${a} ÷ req/s at ${b} measured back to back (rounds alternate which goes first; ` +
    `rounds = the lowest and highest); p50 × = p50 at ${b} ÷ p50 at ${a}, over every request. req/s are medians over the rounds.\n${trivialLine}` +
    `\nworkerd CPU µs/request, ${a} → ${b}: ${results.scale.map((r) => `${r.label} ${fmt(r.small.workerdCpuUsPerRequest, 0)} → ${fmt(r.large.workerdCpuUsPerRequest, 0)}`).join('; ')}` +
    noiseNote(results.scale.flatMap((r) => r.rounds.flatMap((round) => [round.scenario, round.reference])).concat([trivialStart, trivialEnd]));
}

/** Everything stdout shows of a finished run: what ran where, the table, memory, the targets. */
export function report(results) {
  const { options, machine: m } = results;
  const scale = results.mode === 'scale';
  const what = scale ? `scale: ${BASE_ARTICLES.toLocaleString('en')} vs ${options.articles.toLocaleString('en')} articles` : `${options.articles.toLocaleString('en')} articles`;
  let verdict;
  if (scale) {
    const missed = results.scale.filter((r) => !r.met);
    verdict = missed.length === 0 ? `Every timing stays within ${options.scaleLimit}× of the ${BASE_ARTICLES.toLocaleString('en')}-article figure.` : `Over ${options.scaleLimit}×: ${missed.map((r) => r.label).join('; ')}.`;
  } else {
    const missed = results.scenarios.filter((r) => r.met === false);
    verdict = missed.length === 0 ? 'All targets met.' : `Targets missed: ${missed.map((r) => `${r.label} (${fmt(r.score, 2)} < ${r.target})`).join('; ')}.`;
  }
  return [
    `\nByline benchmark (${what}), ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per scenario`,
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; ${m.workerd}; Miniflare ${m.miniflare}; autocannon ${m.autocannon}\n`,
    scale ? scaleTable(results) : defaultTable(results),
    `\nPeak RSS (workerd, per instance): ${results.memory.map((r) => `${r.instance} ${fmt(r.peakMiB, 1)} MiB`).join(', ')}`,
    verdict,
  ].join('\n');
}

/**
 * Writes bench-results/bench-<time>.json and, for a run with rows, its chart bench-<time>.svg;
 * with `latest`, latest.json and latest.svg too. Returns the paths written ({ json, svg? }).
 */
export function writeResults(results, { latest }) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const base = join(RESULTS_DIR, `bench-${results.startedAt.replace(/[:.]/g, '-')}`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(`${base}.json`, text);
  if (latest) writeFileSync(join(RESULTS_DIR, 'latest.json'), text);
  if (!(results.scenarios ?? results.scale)) return { json: `${base}.json` };
  const svg = renderChart(results);
  writeFileSync(`${base}.svg`, svg);
  if (latest) writeFileSync(join(RESULTS_DIR, 'latest.svg'), svg);
  return { json: `${base}.json`, svg: `${base}.svg` };
}
