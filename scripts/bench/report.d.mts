// Types for report.mjs, so that the report's test can import it.
import type { BenchResults } from './results.d.mts';

export const RESULTS_DIR: string;
export function table(headers: string[], rows: (string | number)[][], align: ('l' | 'r')[]): string;
export function defaultTable(results: BenchResults): string;
export function scaleTable(results: BenchResults): string;
export function sizeName(size: number): string;
export function report(results: BenchResults): string;
export function writeResults(results: BenchResults, options: { latest: boolean }): { json: string; svg?: string };
