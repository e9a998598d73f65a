// Types for chart.mjs, so that the report's test can import it.
import type { BenchResults } from './results.d.mts';

/** The SVG document (a string) charting `results`: req/s and p99 bars per scenario, the trivial Worker as reference lines. */
export function renderChart(results: BenchResults): string;
