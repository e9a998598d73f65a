declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    /** The contract fuzzer's seed and requests per file (test/workers/fuzz/run.ts). */
    FUZZ_SEED: string;
    FUZZ_RUNS: string;
  }
}

/** A fixture imported as text (vite's `?raw`), e.g. WordPress's test exports. */
declare module '*?raw' {
  const content: string;
  export default content;
}
