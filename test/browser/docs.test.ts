import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedWorker, serveWorker } from '../../scripts/lib/serve-worker.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from './chromium';

/**
 * Issue 13: /docs and the problem pages work with no internet. Chromium can reach Byline and no
 * other host: the resolver knows no other name, and every request to another origin is aborted
 * and recorded. The pages must render all the same, ask for nothing elsewhere and break no CSP.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

interface Observed {
  requests: string[];
  console: string[];
  errors: string[];
}

/** Everything a page asks for and complains about, from the moment it opens. */
function observe(page: Page): Observed {
  const seen: Observed = { requests: [], console: [], errors: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => seen.console.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  return seen;
}

describe.skipIf(!chromiumAvailable())('the docs and problem pages, offline', () => {
  let byline: ServedWorker;
  let browser: Browser;
  let context: BrowserContext;
  const elsewhere: string[] = [];

  beforeAll(async () => {
    byline = await serveWorker({ seed: false });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      // No name resolves but Byline's own address: a request that slips past the route below still goes nowhere.
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === byline.origin) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await byline?.close();
  });

  // A 4.9 MB viewer parsed on a busy 2-core machine takes ~10 s, more while other tests run.
  it('renders the API reference at /docs from Byline alone', { timeout: 90_000 }, async () => {
    const page = await context.newPage();
    const seen = observe(page);
    await page.goto(`${byline.origin}/docs`);
    await page.getByRole('heading', { name: 'Byline API', exact: true }).waitFor({ timeout: 45_000 });
    // An operation of a tag the sidebar opens on demand: the reference is live, not only a shell.
    await page.getByRole('link', { name: 'Articles', exact: true }).first().click();
    await page.getByText('List or search published articles').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(ARTIFACTS, 'docs.png'), fullPage: false });

    const report = JSON.stringify({ elsewhere, console: seen.console, errors: seen.errors }, null, 2);
    expect(elsewhere, report).toEqual([]);
    expect(seen.requests.filter((url) => !url.startsWith(`${byline.origin}/`)), report).toEqual([]);
    expect(seen.console.filter((line) => /Content.Security.Policy|Refused to/i.test(line)), report).toEqual([]);
    expect(seen.errors, report).toEqual([]);
    await page.close();
  });

  it("opens the page a problem's type points to, styled and script-free", { timeout: 60_000 }, async () => {
    const problem = (await (await fetch(`${byline.origin}/v1/articles?limit=0`)).json()) as { type: string };
    const page = await context.newPage();
    const seen = observe(page);
    await page.goto(new URL(problem.type, byline.origin).href);
    await page.getByRole('heading', { name: 'Invalid request', level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'How to fix it' }).waitFor({ timeout: 15_000 });
    // The inline style applies (its CSP hash matches): the page is not the browser's default serif.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    await page.screenshot({ path: join(ARTIFACTS, 'problem-page.png'), fullPage: true });

    const report = JSON.stringify({ elsewhere, console: seen.console, errors: seen.errors }, null, 2);
    expect(seen.requests.filter((url) => !url.startsWith(`${byline.origin}/`)), report).toEqual([]);
    expect(seen.console, report).toEqual([]);
    expect(seen.errors, report).toEqual([]);
    await page.close();
  });
});
