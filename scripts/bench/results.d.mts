// Types for the results object bench.mjs writes as JSON (the parts the report and the chart read),
// so that the report's own test can build one and type-check against it.

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  workerdCpuUsPerRequest: number;
  noisy?: boolean;
  otherProcessesCores?: number;
  [key: string]: unknown;
}

export interface Round {
  scenario: Measurement;
  reference: Measurement;
  ratio: number;
  cpuRatio: number;
}

/** A default run's row: a scenario paired with the trivial Worker. */
export interface ScenarioRow extends Measurement {
  id: string;
  label: string;
  ratio: number;
  ratioRange: [number, number];
  cpuRatio: number;
  noisy: boolean;
  referenceRps: number;
  referenceP99: number;
  rounds: Round[];
  /** Issue 17's target: the least `score`, and the row it is judged against. */
  target: number | null;
  targetOf?: 'trivial' | 'd1-floor' | null;
  /** The row measured again next to other reference rows (scenarios.mjs FLOORS), round by round, by their id. */
  against?: Record<string, { cpuRatio: number; cpuRatioRange: [number, number]; referenceCpuUsPerRequest: number; rounds: Round[] }>;
  /** CPU × against the target's reference row. */
  score?: number | null;
  met: boolean | null;
}

/** A scale run's row: one kind of query at 1,000 articles (small) and at --articles (large). */
export interface ScaleRow {
  id: string;
  label: string;
  small: Measurement;
  large: Measurement;
  rounds: Round[];
  timeRatio: number;
  timeRatioRange: [number, number];
  p50Ratio: number;
  noisy: boolean;
  target: number;
  met: boolean;
}

export interface BenchResults {
  mode: 'default' | 'scale';
  startedAt: string;
  options: { articles: number; duration: number; rounds: number; warmup: number; connections: number; scaleLimit?: number; [key: string]: unknown };
  trivial: { rps?: number; workerdCpuUsPerRequest?: number; meanRps?: number; start?: Measurement; end?: Measurement; [key: string]: unknown };
  scenarios?: ScenarioRow[];
  scale?: ScaleRow[];
  machine?: { cpu: string; cores: number; memoryGiB: number; node: string; workerd: string; miniflare: string; autocannon: string };
  memory?: { instance: string; peakMiB: number }[];
  [key: string]: unknown;
}
