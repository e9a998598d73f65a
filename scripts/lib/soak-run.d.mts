// Types for soak-run.mjs, so that the soak's own test can import it.

export interface SoakOptions {
  seconds?: number;
  concurrency?: number;
  /** The share of requests that are admin writes (0.1). */
  writeShare?: number;
  /** Seed the demo newsroom first (default true). */
  seed?: boolean;
  onProgress?: (line: string) => void;
  progressEvery?: number;
}

export interface SoakResult {
  ok: boolean;
  seconds: number;
  requests: number;
  reads: number;
  writes: { attempted: number; accepted: number; refused: Record<string, number> };
  status: Record<string, number>;
  fiveXX: number;
  /** Problems the write checks found: lost updates, feed entries missing or repeated. */
  lost: number;
  checks: {
    writes: { problems: string[]; articles: number; writesChecked: number; feedEntries: number };
    cache: { problems: string[]; urls: number; cacheHits: number; articlesCompared: number };
  };
  /** The workerd that runs Byline, with Miniflare's local D1, KV, R2 and Cache in the same process. */
  rssMiB: { start: number; mid: number; end: number };
  /** wrangler's dev proxy in front of it. */
  proxyRssMiB: { start: number; mid: number; end: number };
  /** Whether the runtime's RSS grew by less than a quarter in the second half (reported, not judged). */
  memoryFlat: boolean;
  problems: string[];
  warnings: string[];
}

export function runSoak(options?: SoakOptions): Promise<SoakResult>;
