// Types for the part of scenarios.mjs the report's test imports.
import type { ScenarioRow } from './results.d.mts';

export const TARGETS: Record<string, { least: number; of: 'trivial' | 'd1-floor' }>;
export function judged<R extends Pick<ScenarioRow, 'id' | 'cpuRatio'>>(rows: R[]): (R & { target: number | null; targetOf: 'trivial' | 'd1-floor' | null; score: number | null; met: boolean | null })[];
