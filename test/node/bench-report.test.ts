import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../scripts/bench/chart.mjs';
import { defaultTable, scaleTable } from '../../scripts/bench/report.mjs';
import { judged } from '../../scripts/bench/scenarios.mjs';
import type { BenchResults, Measurement, Round, ScenarioRow } from '../../scripts/bench/results.d.mts';

// The bench's report and chart are rendered from its results object alone: these fixed figures
// stand in for a run, so the table and the SVG can be checked without serving anything.
const measured = (rps: number, p99: number, cpu: number, noisy = false): Measurement => ({
  rps, p50: p99 / 3, p99, workerdCpuUsPerRequest: cpu, noisy, otherProcessesCores: noisy ? 0.8 : 0.1,
});
const round = (scenario: Measurement, reference: Measurement): Round => ({
  scenario, reference, ratio: scenario.rps / reference.rps, cpuRatio: reference.workerdCpuUsPerRequest / scenario.workerdCpuUsPerRequest,
});
const scenario = (id: string, label: string, rps: number, p99: number, target: number | null, noisy = false): ScenarioRow => {
  const reference = measured(1000, 40, 500);
  const own = measured(rps, p99, (500 * 1000) / rps, noisy);
  return {
    ...own, id, label, noisy, ratio: rps / 1000, ratioRange: [rps / 1100, rps / 900], cpuRatio: rps / 1000,
    referenceRps: 1000, referenceP99: 40, rounds: [round(own, reference)],
    target, targetOf: target === null ? null : 'trivial', score: target === null ? null : rps / 1000, met: target === null ? null : rps / 1000 >= target,
  };
};

const defaultResults: BenchResults = {
  mode: 'default',
  startedAt: '2026-12-02T01:00:00.000Z',
  options: { articles: 1000, duration: 4, rounds: 3, warmup: 1, connections: 20 },
  trivial: { rounds: 9, rps: 1000, workerdCpuUsPerRequest: 500, rpsRange: [900, 1100] },
  scenarios: [
    scenario('article-cached', 'article by slug (cached)', 900, 60, 0.9),
    scenario('list-cached', 'list page (cached)', 700, 80, 0.9, true),
    scenario('tag-uncached', 'list by tag & section <uncached>', 120, 900.5, null),
  ],
};

const scaleResults: BenchResults = {
  mode: 'scale',
  startedAt: '2026-12-02T02:00:00.000Z',
  options: { articles: 100000, duration: 4, rounds: 1, warmup: 1, connections: 20, scaleLimit: 1.5 },
  trivial: { start: measured(2000, 20, 400), end: measured(2200, 24, 380), meanRps: 2100 },
  scale: [
    { id: 'list', label: 'list page', small: measured(250, 200, 3600), large: measured(240, 210, 3700), timeRatio: 1.04, timeRatioRange: [1.04, 1.04], p50Ratio: 1.05, noisy: false, target: 1.5, met: true, rounds: [round(measured(240, 210, 3700), measured(250, 200, 3600))] },
    { id: 'search', label: 'full-text search', small: measured(100, 400, 9000), large: measured(40, 1200, 20000), timeRatio: 2.5, timeRatioRange: [2.5, 2.5], p50Ratio: 3, noisy: false, target: 1.5, met: false, rounds: [round(measured(40, 1200, 20000), measured(100, 400, 9000))] },
  ],
};

/** Every element of `svg` (throwing on any XML error), with its attributes. */
function elements(svg: string): SaxesTagPlain[] {
  const found: SaxesTagPlain[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => found.push(tag));
  parser.write(svg).close();
  return found;
}
const bars = (tags: SaxesTagPlain[], metric: string) => tags.filter((t) => t.name === 'rect' && t.attributes.class === 'bar' && t.attributes['data-metric'] === metric);
const references = (tags: SaxesTagPlain[]) => tags.filter((t) => t.name === 'line' && t.attributes.class === 'reference');

describe('the bench chart', () => {
  it('draws a default run as well-formed SVG with a req/s and a p99 bar per scenario and the trivial Worker as reference lines', () => {
    const svg = renderChart(defaultResults);
    const tags = elements(svg);
    expect(tags[0]?.name).toBe('svg');
    for (const metric of ['rps', 'p99']) {
      expect(bars(tags, metric).map((t) => t.attributes['data-scenario'])).toEqual(['article-cached', 'list-cached', 'tag-uncached']);
    }
    expect(references(tags).map((t) => t.attributes['data-metric'])).toEqual(['rps', 'p99']);
    // Each scenario also carries the trivial Worker from its own rounds, in both panels.
    expect(tags.filter((t) => t.attributes.class === 'row-reference')).toHaveLength(6);
    expect(svg).toContain('trivial Worker 1,000');
    expect(svg).toContain('list by tag &#38; section &#60;uncached&#62;');
    expect(svg).toContain('list page (cached) *');
  });

  it('scales each req/s bar against the trivial Worker: a scenario at its figure reaches its reference line', () => {
    const atTrivial = { ...defaultResults, scenarios: [scenario('at-trivial', 'as fast as the trivial Worker', 1000, 40, null)] };
    const tags = elements(renderChart(atTrivial));
    const [bar] = bars(tags, 'rps');
    const [line] = references(tags);
    expect(Number(bar!.attributes.x) + Number(bar!.attributes.width)).toBeCloseTo(Number(line!.attributes.x1), 0);
  });

  it('draws a scale run with two bars per kind of query (1,000 articles and the large state) in each panel', () => {
    const tags = elements(renderChart(scaleResults));
    for (const metric of ['rps', 'p99']) {
      const drawn = bars(tags, metric).map((t) => `${t.attributes['data-scenario']}/${t.attributes['data-series']}`);
      expect(drawn).toEqual(['list/0', 'list/1', 'search/0', 'search/1']);
    }
    expect(references(tags)).toHaveLength(2);
    expect(renderChart(scaleResults)).toContain('100,000 articles');
  });
});

describe('the bench tables', () => {
  const rows = (text: string) => text.split('\n\n')[0]!.split('\n').map((line) => line.trimEnd().split(/ {2,}/).map((cell) => cell.trim()));

  it('lists the trivial Worker, then every scenario with its req/s, latencies, ratio, target and CPU', () => {
    expect(rows(defaultTable(defaultResults))).toEqual([
      ['scenario', 'req/s', 'p50 ms', 'p99 ms', '× trivial', 'rounds', 'CPU µs/req', 'CPU ×', 'judged', 'target', 'met'],
      [expect.stringMatching(/^-+$/), ...Array(10).fill(expect.stringMatching(/^-+$/))],
      ['trivial Worker (every round)', '1,000', '1.00', '500', '1.00'],
      ['article by slug (cached)', '900', '20.00', '60.00', '0.90', '0.82–1.00', '556', '0.90', '0.90', '≥ 0.9 × trivial', 'yes'],
      ['list page (cached) *', '700', '26.67', '80.00', '0.70', '0.64–0.78', '714', '0.70', '0.70', '≥ 0.9 × trivial', 'NO'],
      ['list by tag & section <uncached>', '120', '300.17', '900.50', '0.12', '0.11–0.13', '4,167', '0.12'],
    ]);
    expect(defaultTable(defaultResults)).toContain('* other processes used more than 0.25 cores during this measurement (up to 0.80)');
  });

  it('lists every kind of query at both sizes with its ratios and whether it stays within the limit', () => {
    expect(rows(scaleTable(scaleResults))).toEqual([
      ['scenario (caching off)', '1k req/s', '1k p50', '1k p99', '100k req/s', '100k p50', '100k p99', 'time ×', 'rounds', 'p50 ×', 'target', 'met'],
      Array(12).fill(expect.stringMatching(/^-+$/)),
      ['list page', '250', '66.67', '200.00', '240', '70.00', '210.00', '1.04', '1.04–1.04', '1.05', '≤ 1.5', 'yes'],
      ['full-text search', '100', '133.33', '400.00', '40', '400.00', '1,200.00', '2.50', '2.50–2.50', '3.00', '≤ 1.5', 'NO'],
    ]);
    expect(scaleTable(scaleResults)).toContain('trivial Worker: 2,000 req/s at the start, 2,200 at the end');
  });

  it('lists each scenario measured next to a floor with the floor, both CPU figures and CPU × against it', () => {
    const [article, ...others] = defaultResults.scenarios!;
    const against = { 'payload-floor': { cpuRatio: 0.81, cpuRatioRange: [0.75, 0.88] as [number, number], referenceCpuUsPerRequest: 450, rounds: [] } };
    const withFloor = { ...defaultResults, scenarios: [{ ...article!, against }, ...others, scenario('payload-floor', 'reference: the bytes', 950, 50, null)] };
    const floors = defaultTable(withFloor).split('Next to the floors')[1]!;
    expect(rows(floors.slice(floors.indexOf('\n') + 1))).toEqual([
      ['scenario', 'floor', 'floor CPU µs/req', 'CPU µs/req', 'CPU ×', 'rounds'],
      Array(6).fill(expect.stringMatching(/^-+$/)),
      ['article by slug (cached)', 'reference: the bytes', '450', '556', '0.81', '0.75–0.88'],
    ]);
    expect(defaultTable(defaultResults)).not.toContain('Next to the floors');
  });
});

describe("the bench's targets (issue 17)", () => {
  const row = (id: string, cpuRatio: number) => ({ id, cpuRatio });

  it('judges cached reads on CPU × the trivial Worker and uncached ones on CPU × the D1 floor row', () => {
    const rows = judged([row('article-cached', 0.92), row('revalidate-304', 0.88), row('article-uncached', 0.2), row('list-uncached', 0.1), row('d1-floor', 0.25), row('tag-uncached', 0.1)]);
    expect(rows.map((r) => [r.id, r.score === null ? null : Number(r.score.toFixed(2)), r.met])).toEqual([
      ['article-cached', 0.92, true],
      ['revalidate-304', 0.88, false],
      ['article-uncached', 0.8, false],
      ['list-uncached', 0.4, false],
      ['d1-floor', null, null],
      ['tag-uncached', null, null],
    ]);
  });

  it('judges an uncached read on its rounds paired with the D1 floor when the run measured them', () => {
    const against = { 'd1-floor': { cpuRatio: 0.87, cpuRatioRange: [0.8, 0.9] as [number, number], referenceCpuUsPerRequest: 3000, rounds: [] } };
    const rows = judged([{ ...row('article-uncached', 0.2), against }, row('d1-floor', 0.4)]);
    expect(rows[0]).toMatchObject({ score: 0.87, met: true });
  });

  it('leaves a floor-judged row unjudged when the run measured no D1 floor', () => {
    expect(judged([row('article-uncached', 0.2)])[0]).toMatchObject({ score: null, met: null });
  });
});
