// The chart next to the JSON: per scenario, a bar for req/s and one for p99, each panel with the
// trivial Worker's figure as a dashed reference line (and, in a default run, a tick on each row
// at the trivial Worker's figure from that scenario's own rounds). A scale run draws two bars per
// kind of query: the 1,000-article state and the large one. Hand-written SVG, no dependency.
import { fmt } from './log.mjs';
import { BASE_ARTICLES } from './scenarios.mjs';

const LABELS = 330; // the label column's width; the panels start after it
const PANEL = 290;
const GAP = 40;
const TOP = 112;
const WIDTH = LABELS + PANEL + GAP + PANEL + 20;
const COLORS = { rps: ['#9ecae1', '#3182bd'], p99: ['#fdae6b', '#e6550d'] };

const xml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const finite = (value) => (Number.isFinite(value) ? value : 0);

/** A round axis end above `max` (with room for the bars' value labels) and its tick step. */
function axis(max) {
  const top = Math.max(finite(max) * 1.18, 1e-9);
  const magnitude = 10 ** Math.floor(Math.log10(top / 4));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => top / s <= 5);
  return { end: Math.ceil(top / step) * step, step };
}

/**
 * The chart's rows from the results: `{ label, bars: [{ series, rps, p99 }], ref? }`, and the
 * trivial Worker's req/s and p99 for the reference lines.
 */
function chartData(results) {
  if (results.mode === 'scale') {
    const sizes = [BASE_ARTICLES, results.options.articles].map((n) => `${n.toLocaleString('en')} articles`);
    const { start, end } = results.trivial;
    return {
      title: `Byline benchmark, scale: ${sizes[0]} vs ${sizes[1]} (caching off)`,
      series: sizes,
      rows: results.scale.map((r) => ({ id: r.id, label: `${r.label}${r.noisy ? ' *' : ''}`, bars: [r.small, r.large] })),
      trivial: { rps: results.trivial.meanRps, p99: (start.p99 + end.p99) / 2 },
    };
  }
  return {
    title: `Byline benchmark, ${results.options.articles.toLocaleString('en')} articles`,
    series: ['this scenario'],
    rows: results.scenarios.map((r) => ({ id: r.id, label: `${r.label}${r.noisy ? ' *' : ''}`, bars: [r], ref: { rps: r.referenceRps, p99: r.referenceP99 } })),
    trivial: { rps: results.trivial.rps, p99: median(results.scenarios.map((r) => r.referenceP99)) },
  };
}

/** The SVG document (a string) charting `results`, as bench.mjs writes it to bench-results/. */
export function renderChart(results) {
  const data = chartData(results);
  const pairs = data.series.length;
  const barHeight = pairs === 1 ? 14 : 12;
  const rowHeight = pairs * barHeight + (pairs - 1) * 2 + 10;
  const bottom = TOP + data.rows.length * rowHeight;
  const height = bottom + 44;
  const out = [];
  const panels = [
    { key: 'rps', x: LABELS, title: 'requests/s (higher is better)', unit: 'req/s', digits: 0 },
    { key: 'p99', x: LABELS + PANEL + GAP, title: 'p99 latency, ms (lower is better)', unit: 'ms', digits: 1 },
  ];
  for (const panel of panels) {
    const values = data.rows.flatMap((row) => [...row.bars.map((bar) => bar[panel.key]), row.ref?.[panel.key]]).concat(data.trivial[panel.key]);
    const { end, step } = axis(Math.max(...values.map(finite)));
    const x = (value) => panel.x + (finite(value) / end) * PANEL;
    out.push(`<g class="panel" data-metric="${panel.key}">`, `<text x="${panel.x}" y="${TOP - 12}" font-weight="bold">${xml(panel.title)}</text>`);
    for (let tick = 0; tick <= end + step / 2; tick += step) {
      const tx = x(tick).toFixed(1);
      out.push(`<line x1="${tx}" y1="${TOP - 4}" x2="${tx}" y2="${bottom}" stroke="#e5e5e5"/>`);
      out.push(`<text x="${tx}" y="${bottom + 14}" text-anchor="middle" font-size="10" fill="#666">${xml(fmt(tick, step < 1 ? 1 : 0))}</text>`);
    }
    data.rows.forEach((row, i) => {
      const y0 = TOP + i * rowHeight + 5;
      row.bars.forEach((bar, j) => {
        const y = y0 + j * (barHeight + 2);
        const width = (x(bar[panel.key]) - panel.x).toFixed(1);
        const value = `${fmt(bar[panel.key], panel.digits)} ${panel.unit}`;
        out.push(
          `<rect class="bar" data-metric="${panel.key}" data-scenario="${xml(row.id)}" data-series="${j}" x="${panel.x}" y="${y}" width="${width}" height="${barHeight}" fill="${COLORS[panel.key][pairs === 1 ? 1 : j]}"><title>${xml(`${row.label}, ${data.series[j]}: ${value}`)}</title></rect>`,
          `<text x="${(Number(width) + panel.x + 4).toFixed(1)}" y="${y + barHeight - 3}" font-size="10">${xml(fmt(bar[panel.key], panel.digits))}</text>`,
        );
      });
      if (row.ref) {
        const rx = x(row.ref[panel.key]).toFixed(1);
        out.push(`<line class="row-reference" x1="${rx}" y1="${y0 - 2}" x2="${rx}" y2="${y0 + barHeight + 2}" stroke="#222" stroke-width="2"><title>${xml(`trivial Worker in the same rounds: ${fmt(row.ref[panel.key], panel.digits)} ${panel.unit}`)}</title></line>`);
      }
    });
    const refX = x(data.trivial[panel.key]).toFixed(1);
    // Its label stays inside the panel when the line is near an edge.
    const anchor = refX - panel.x < 60 ? 'start' : panel.x + PANEL - refX < 60 ? 'end' : 'middle';
    out.push(
      `<line class="reference" data-metric="${panel.key}" x1="${refX}" y1="${TOP - 4}" x2="${refX}" y2="${bottom}" stroke="#222" stroke-dasharray="4 3"/>`,
      `<text x="${refX}" y="${bottom + 28}" text-anchor="${anchor}" font-size="10">${xml(`trivial Worker ${fmt(data.trivial[panel.key], panel.digits)}`)}</text>`,
      '</g>',
    );
  }
  const labels = data.rows.map((row, i) => {
    const text = row.label.length > 52 ? `${row.label.slice(0, 51)}…` : row.label;
    return `<text x="${LABELS - 10}" y="${TOP + i * rowHeight + rowHeight / 2 + 4}" text-anchor="end">${xml(text)}</text>`;
  });
  // A scale run's two series need a key; a default run's one is named by the panels' titles.
  const legend = pairs === 1 ? [] : data.series.map((name, j) => {
    const lx = LABELS + j * 200;
    return `<rect x="${lx}" y="68" width="12" height="12" fill="${COLORS.rps[j]}"/><rect x="${lx + 14}" y="68" width="12" height="12" fill="${COLORS.p99[j]}"/><text x="${lx + 32}" y="78" font-size="11">${xml(name)}</text>`;
  });
  const note = pairs === 1
    ? 'Dashed line: the trivial Worker (median over the scenarios\' rounds); black tick on a row: the trivial Worker in that scenario\'s own rounds.'
    : 'Dashed line: the trivial Worker (the mean of its measurements at the start and the end of the run).';
  const { rounds, duration, connections } = results.options;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="10" y="24" font-size="15" font-weight="bold">${xml(data.title)}</text>`,
    `<text x="10" y="42" font-size="11" fill="#555">${xml(`${results.startedAt}; ${connections} connections, ${rounds} round${rounds === 1 ? '' : 's'} of ${duration} s; * = other processes were busy (less reliable)`)}</text>`,
    `<text x="10" y="58" font-size="11" fill="#555">${xml(note)}</text>`,
    ...legend,
    ...labels,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
