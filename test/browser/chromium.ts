import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (`apt-get install chromium`), driven by playwright-core: Playwright's own
 * browser downloads cannot run here. CHROMIUM_PATH names another build; failing that, a Google
 * Chrome where Debian's package is absent (GitHub's Ubuntu runners ship one) will do.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].filter((path): path is string => Boolean(path));

export const CHROMIUM_PATH = CANDIDATES.find((path) => existsSync(path));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  // Harness only: with sandboxed iframes in processes of their own, Playwright loses track of an
  // iframe whose sandbox flags change between navigations (embed.js adds allow-same-origin to the
  // pasted oEmbed iframe), so its frame never appears to the test. This moves no security
  // boundary the test checks: sandbox flags, CSP and origins apply the same.
  '--disable-features=IsolateSandboxedIframes',
];

const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';

/**
 * Whether the browser tests can run. Without Chromium they are skipped on a developer's machine,
 * with a message saying how to get it; in CI a missing Chromium is a failure, never a silent pass.
 */
export function chromiumAvailable(): boolean {
  if (CHROMIUM_PATH) return true;
  const how = `Install it with \`apt-get install -y chromium\` (.ci/run does so) or set CHROMIUM_PATH.`;
  if (inCI) throw new Error(`The browser test needs Chromium and found none (looked at ${CANDIDATES.join(', ')}). ${how}`);
  console.warn(`\n⚠ Skipping the browser tests: no Chromium at ${CANDIDATES.join(' or ')}. ${how}\n`);
  return false;
}
