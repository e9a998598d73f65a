// Measuring one scenario: autocannon with a fixed number of connections after a warm-up, the
// answers probed before and after, workerd's CPU time and other processes' CPU metered meanwhile.
import autocannon from 'autocannon';
import { cpuMeter } from '../lib/proc-stats.mjs';
import { detail, fmt, progress, sleep } from './log.mjs';
import { NOISY_CORES, PROBES } from './scenarios.mjs';
import { instances, workerLogs } from './serve.mjs';

function cannon(url, headers, seconds, connections, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, headers, connections, duration: seconds, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

/** The `p`th percentile of ascending `sorted` (nearest rank); NaN when there is none. */
export const percentile = (sorted, p) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

/**
 * A fresh workerd instance keeps getting faster for a while (the isolate's code is optimized,
 * its heap settles), well past a scenario's own warm-up: every scenario, the trivial Worker's
 * included, is loaded for --prewarm seconds before anything is measured, so that neither the
 * first scenario measured on an instance nor the trivial Worker's first run pays for it.
 */
export async function prewarm(scenarios, options) {
  if (options.prewarm === 0) return;
  progress(`Warming up every instance: ${scenarios.length} scenarios × ${options.prewarm} s before measuring (--prewarm)`);
  for (const scenario of scenarios) await cannon(instances.get(scenario.instance).origin + scenario.path, scenario.headers, options.prewarm, options.connections);
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

/** One measurement of `scenario` ({ id, label, instance, path, headers?, expect, cache? }): its row, with its sorted latencies. */
export async function measure(scenario, options) {
  const { origin } = instances.get(scenario.instance);
  detail(`${scenario.label}: GET ${scenario.path}${scenario.headers ? ` (${Object.entries(scenario.headers).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
  // Prime (a cached scenario's first request is its miss), then check every probe answers as expected.
  for (let i = 0; i < 3; i++) await fetch(origin + scenario.path, { headers: scenario.headers ?? {} }).then((res) => res.arrayBuffer());
  const before = await probe(scenario, origin, PROBES);
  await waitForQuiet(options.quietWait);
  if (options.warmup > 0) await cannon(origin + scenario.path, scenario.headers, options.warmup, options.connections);
  const latencies = [];
  const logsBefore = workerLogs.length;
  const meter = cpuMeter([instances.get(scenario.instance).pid]);
  const result = await cannon(origin + scenario.path, scenario.headers, options.duration, options.connections, (ms) => latencies.push(ms));
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

/** Waits, up to `seconds`, for a second in which other processes use under NOISY_CORES cores. */
async function waitForQuiet(seconds) {
  if (seconds === 0) return;
  const deadline = Date.now() + seconds * 1000;
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
    if (!said) detail(`waiting for other processes to quieten (they use ${fmt(othersCores, 2)} cores; up to ${seconds} s)`);
    said = true;
  }
}
