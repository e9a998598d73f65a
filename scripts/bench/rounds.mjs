// Paired measurement: a scenario and its reference back to back, in rounds that alternate which
// goes first, so that the machine's drift cancels out of each round's ratio.
import { detail, fmt } from './log.mjs';
import { measure, percentile } from './measure.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A measurement's row without its latencies (which the JSON does not carry). */
export const withoutLatencies = ({ latencies, ...row }) => row;

/**
 * `scenario` and `reference` measured back to back, --rounds times, alternating which goes
 * first: the ratio of each round compares two measurements a few seconds apart, so that the
 * machine's drift (CPU frequency, neighbours) cancels instead of landing on whichever scenario
 * happened to run in a slow minute. The row carries the median ratio and the pooled latencies.
 */
export async function measurePaired(scenario, reference, options) {
  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const round = {};
    for (const which of i % 2 === 0 ? ['reference', 'scenario'] : ['scenario', 'reference']) {
      const measured = await measure(which === 'scenario' ? scenario : reference, options);
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
