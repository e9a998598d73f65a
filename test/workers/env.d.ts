declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}

/** A fixture imported as text (vite's `?raw`), e.g. WordPress's test exports. */
declare module '*?raw' {
  const content: string;
  export default content;
}
