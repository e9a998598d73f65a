import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Browser, type BrowserContext, type ConsoleMessage, type Frame, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedWorker, serveWorker } from '../../scripts/lib/serve-worker.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from './chromium';
import { type PartnerSite, partnerPage, startPartnerSite } from './partner-site';

/**
 * Issue 6 in a real browser: the real Worker in workerd (seeded with the demo newsroom), partner
 * pages on other origins (other ports of 127.0.0.1), headless Chromium. One partner's origin is
 * in its key's allowed_origins and embeds the oEmbed `html` and the embed.js loader; another
 * origin is in no key's and tries to frame the card.
 */

const SEED_SLUG = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';
const MIN_HEIGHT = 100;
const MAX_HEIGHT = 2000;
const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

// What a smuggled script would do if it ever ran: any of these shows up in the checks below.
const PAYLOAD = "window.top.postMessage('pwned','*');document.title='pwned';alert('pwned');console.log('pwned')";
const SMUGGLED_BODY = `<p>Hi</p><script>${PAYLOAD}</script><img src=x onerror="${PAYLOAD.replaceAll("'", '&#39;')}"><a href="javascript:${PAYLOAD}">x</a>`;
const SMUGGLED_HEADLINE = `Raw <img src=x onerror="${PAYLOAD.replaceAll("'", '&#39;')}"> headline`;

interface Observed {
  console: string[];
  dialogs: string[];
  errors: string[];
}

function observe(page: Page): Observed {
  const seen: Observed = { console: [], dialogs: [], errors: [] };
  page.on('console', (message: ConsoleMessage) => seen.console.push(`[${message.type()}] ${message.text()}`));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  return seen;
}

/** The frame an iframe element shows, once the element exists. */
async function frameOf(iframe: Locator): Promise<Frame> {
  await iframe.waitFor({ state: 'attached' });
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

/** The card's own height, as its script measures it, and the iframe's height on the partner page. */
async function heights(iframe: Locator) {
  const frame = await frameOf(iframe);
  const card = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)).catch(() => Number.NaN);
  const element = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  return { card, element };
}

/** Waits until the iframe is as tall as its card (clamped to 100–2000 px); says why not when it never is. */
async function expectToFollowCard(iframe: Locator, name: string) {
  try {
    await expect
      .poll(
        async () => {
          const { card, element } = await heights(iframe);
          return Math.abs(element - Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, card)));
        },
        { timeout: 5000 },
      )
      .toBeLessThanOrEqual(2);
  } catch (error) {
    const { card, element } = await heights(iframe);
    const inside = await (await frameOf(iframe)).evaluate(() => ({ origin: window.origin, hash: location.hash })).catch(() => null);
    const sandbox = await iframe.getAttribute('sandbox');
    throw new Error(
      `${name}: the iframe stays ${element}px tall while its card is ${card}px. Inside the frame: origin ${inside?.origin}, ` +
        `fragment "${inside?.hash}"; the iframe's sandbox is now "${sandbox}".`,
      { cause: error },
    );
  }
}

const runs = chromiumAvailable();

describe.skipIf(!runs)('embedding articles in partner pages, in Chromium', () => {
  let byline: ServedWorker;
  let allowed: PartnerSite;
  let disallowed: PartnerSite;
  let browser: Browser;
  let context: BrowserContext;
  let partner: Page;
  let smuggledPage: Page;
  let blockedPage: Page;
  let latePage: Page;
  let partnerSeen: Observed;
  let smuggledSeen: Observed;
  let blockedSeen: Observed;
  let lateSeen: Observed;
  let seed: any;
  let second: any;
  let oembed: any;
  let loaderDefaultHeight: number;
  let keyPrefix: string;
  let sanitizedSlug: string;
  let rawSlug: string;
  let sized: { label: string; slug: string }[];

  beforeAll(async () => {
    [byline, allowed, disallowed] = await Promise.all([serveWorker(), startPartnerSite(), startPartnerSite()]);
    const api = async (path: string) => {
      const res = await fetch(`${byline.origin}${path}`);
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res;
    };

    keyPrefix = (
      await byline.admin('/v1/admin/keys', {
        method: 'POST',
        body: { name: 'Partner', role: 'partner', allowed_origins: [allowed.origin] },
      })
    ).data.prefix;

    // Smuggled scripts: one through the API (the sanitizer strips it on write), one written straight
    // into D1 past the sanitizer, so that only the card's escaping and CSP stand in the way.
    sanitizedSlug = (
      await byline.admin('/v1/admin/articles', {
        method: 'POST',
        body: { headline: 'Smuggled script, written through the API', body_html: SMUGGLED_BODY, status: 'published' },
      })
    ).data.slug;
    rawSlug = (
      await byline.admin('/v1/admin/articles', {
        method: 'POST',
        body: { headline: 'Smuggled script, written into D1', body_html: '<p>Clean for now.</p>', status: 'published' },
      })
    ).data.slug;
    await byline.env.DB.prepare('UPDATE articles SET headline = ?1, excerpt = ?2, standfirst = ?2, body_html = ?3 WHERE slug = ?4')
      .bind(SMUGGLED_HEADLINE, SMUGGLED_BODY, SMUGGLED_BODY, rawSlug)
      .run();

    seed = (await (await api(`/v1/articles/${SEED_SLUG}`)).json()).data;
    // Cards of every shape for the oEmbed height: with and without the image, short and long headlines.
    const longHeadline = 'Regional Leaders Agree a Timetable for the Joint Security Mission After Weeks of Talks Over Funding, Command and the Rules of Engagement';
    const longBody = `<p>${'Officials from both governments said on Wednesday that the agreement would be reviewed every six months, and that parliament would be asked to approve the deployment before the end of the year. '.repeat(2)}</p>`;
    const variants = [
      { label: 'short headline, no image', body: { headline: 'Talks resume', body_html: '<p>Negotiators met again on Monday.</p>' } },
      { label: 'long headline, no image', body: { headline: longHeadline, body_html: longBody, authors: [{ slug: 'amara-okafor', name: 'Amara Okafor' }, { slug: 'li-wei', name: 'Li Wei' }] } },
      { label: 'long headline, image', body: { headline: longHeadline, body_html: longBody, image_id: seed.image.id } },
    ];
    sized = [{ label: 'seed: image, caption and credit', slug: SEED_SLUG }];
    for (const { label, body } of variants) {
      sized.push({ label, slug: (await byline.admin('/v1/admin/articles', { method: 'POST', body: { ...body, status: 'published' } })).data.slug });
    }
    const latest = (await (await api('/v1/articles?limit=10&fields=slug,url,headline')).json()).data as any[];
    second = latest.find((article) => ![SEED_SLUG, sanitizedSlug, rawSlug, ...sized.map((card) => card.slug)].includes(article.slug));
    // The partner's CMS asks with its key's public prefix, so that the card lets its origin frame it.
    oembed = await (await api(`/oembed?url=${encodeURIComponent(seed.url)}&format=json&key=${keyPrefix}`)).json();
    const loaderSource = await (await api('/embed.js')).text();
    loaderDefaultHeight = Number(/height:(\d+)px/.exec(loaderSource)?.[1]);

    const loader = `<script async src="${byline.origin}/embed.js"></script>`;
    allowed.page(
      '/',
      partnerPage(
        'Partner Daily',
        `<h2>Pasted oEmbed html</h2>
<div id="oembed">${oembed.html}</div>
<h2>embed.js, two articles, the loader included twice</h2>
<div id="loader-seed" data-byline-article="${SEED_SLUG}" data-key="${keyPrefix}"></div>
<div id="loader-second" data-byline-article="${second.slug}" data-theme="dark" data-key="${keyPrefix}"></div>
${loader}
${loader}`,
      ),
    );
    allowed.page(
      '/smuggled',
      partnerPage(
        'Partner Daily: smuggled scripts',
        `<h2>Written through the API</h2>
<div id="sanitized" data-byline-article="${sanitizedSlug}" data-key="${keyPrefix}"></div>
<h2>Written straight into D1</h2>
<div id="raw" data-byline-article="${rawSlug}" data-key="${keyPrefix}"></div>
${loader}`,
      ),
    );
    // A page whose CMS pasted the oEmbed html but whose copy of embed.js arrives late: only once
    // the card has loaded (a slow or deferred script, a page assembled by script).
    const pastedIframe = (oembed.html as string).replace(/<script[\s\S]*?<\/script>/g, '');
    allowed.page(
      '/late-loader',
      partnerPage(
        'Partner Daily: embed.js arrives late',
        `<h2>Pasted oEmbed html, embed.js added after the card loaded</h2>
<div id="late">${pastedIframe}</div>
<script>document.querySelector('#late iframe').addEventListener('load', function () { var s = document.createElement('script'); s.async = true; s.src = '${byline.origin}/embed.js'; document.body.appendChild(s); }, { once: true });</script>`,
      ),
    );
    disallowed.page(
      '/',
      partnerPage(
        'Not a Partner',
        `<h2>The card, framed directly</h2>
<iframe id="blocked" src="${byline.origin}/embed/${SEED_SLUG}" width="600" height="400" onload="this.dataset.loaded='yes'"></iframe>
<h2>The card with the partner's key</h2>
<iframe id="blocked-key" src="${byline.origin}/embed/${SEED_SLUG}?key=${keyPrefix}" width="600" height="400" onload="this.dataset.loaded='yes'"></iframe>`,
      ),
    );

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    // Tall enough that every embed is on screen: lazy iframes load, and full-page screenshots show them.
    context = await browser.newContext({ viewport: { width: 1000, height: 2000 } });
    // A wait that never ends fails as what it waited for, well before the test's own timeout.
    context.setDefaultTimeout(10_000);
    [partner, smuggledPage, blockedPage, latePage] = await Promise.all([context.newPage(), context.newPage(), context.newPage(), context.newPage()]);
    partnerSeen = observe(partner);
    smuggledSeen = observe(smuggledPage);
    blockedSeen = observe(blockedPage);
    lateSeen = observe(latePage);
    await Promise.all([
      partner.goto(`${allowed.origin}/`),
      smuggledPage.goto(`${allowed.origin}/smuggled`),
      blockedPage.goto(`${disallowed.origin}/`),
      latePage.goto(`${allowed.origin}/late-loader`),
    ]);
  }, 90_000);

  afterAll(async () => {
    try {
      if (context) {
        mkdirSync(ARTIFACTS, { recursive: true });
        const shots: string[] = [];
        const shoot = async (name: string, take: (path: string) => Promise<unknown>) => {
          const path = join(ARTIFACTS, name);
          try {
            await take(path);
            shots.push(relative(ROOT, path));
          } catch (error) {
            console.warn(`could not take ${name}: ${String(error)}`);
          }
        };
        await shoot('embed-partner-page.png', (path) => partner.screenshot({ path, fullPage: true }));
        await shoot('embed-card.png', (path) => partner.locator('#loader-seed iframe').screenshot({ path }));
        await shoot('embed-card-dark.png', (path) => partner.locator('#loader-second iframe').screenshot({ path }));
        await shoot('embed-late-loader.png', (path) => latePage.screenshot({ path, fullPage: true }));
        await shoot('embed-disallowed-origin.png', (path) => blockedPage.screenshot({ path, fullPage: true }));
        await shoot('embed-smuggled-scripts.png', (path) => smuggledPage.screenshot({ path, fullPage: true }));
        console.log(`Screenshots:\n${shots.map((shot) => `  ${shot}`).join('\n')}`);
      }
    } finally {
      await browser?.close();
      await Promise.allSettled([byline?.close(), allowed?.close(), disallowed?.close()]);
    }
  }, 60_000);

  const embeds = () => [
    { name: 'the oEmbed iframe', iframe: partner.locator('#oembed iframe'), article: seed, initial: oembed.height as number },
    { name: 'the loader embed', iframe: partner.locator('#loader-seed iframe'), article: seed, initial: loaderDefaultHeight },
    { name: 'the second loader embed', iframe: partner.locator('#loader-second iframe'), article: second, initial: loaderDefaultHeight },
  ];

  it('shows the headline in every embed, each once although embed.js is included three times', async () => {
    for (const { name, iframe, article } of embeds()) {
      const headline = iframe.contentFrame().locator('h1');
      await headline.waitFor({ state: 'visible' });
      expect(await headline.textContent(), name).toBe(article.headline);
    }
    expect(await partner.locator('#loader-seed iframe').count()).toBe(1);
    expect(await partner.locator('#loader-second iframe').count()).toBe(1);
    expect(await partner.locator('iframe').count()).toBe(3);
  });

  it('loads the hero image in the cards of the article that has one', async () => {
    for (const { name, iframe, article } of embeds().filter((embed) => embed.article.image)) {
      const img = iframe.contentFrame().locator('article img');
      await img.waitFor({ state: 'attached' });
      expect(await img.getAttribute('alt'), name).toBe(article.image.alt);
      const state = () => img.evaluate((el: HTMLImageElement) => ({ src: el.currentSrc, complete: el.complete, naturalWidth: el.naturalWidth }));
      await expect.poll(state, { message: `${name}: the image ${article.image.url} should load`, timeout: 5000 }).toMatchObject({ complete: true, naturalWidth: expect.any(Number) });
      const { naturalWidth } = await state();
      expect(naturalWidth, `${name}: the image ${article.image.url} loaded with no pixels`).toBeGreaterThan(0);
    }
  });

  it("resizes each iframe from its initial height to its card's height, within 100–2000 px", async () => {
    for (const { name, iframe, initial } of embeds()) {
      await iframe.contentFrame().locator('h1').waitFor({ state: 'visible' });
      await expectToFollowCard(iframe, name);
      const { card, element } = await heights(iframe);
      // embed.js sizes the frame by style; the oEmbed iframe may already start at its card's height.
      expect(await iframe.evaluate((el: HTMLIFrameElement) => el.style.height), name).toBe(`${element}px`);
      if (initial === loaderDefaultHeight) expect(element, `${name}: card ${card}px, iframe ${element}px, initially ${initial}px`).not.toBe(initial);
      expect(element).toBeGreaterThanOrEqual(MIN_HEIGHT);
      expect(element).toBeLessThanOrEqual(MAX_HEIGHT);
    }
  });

  it("answers an oEmbed height within 10 % of the card's rendered height at the asked width", async () => {
    const page = await context.newPage();
    const rows: string[] = [];
    const off: string[] = [];
    try {
      for (const article of sized) {
        for (const width of [320, 480, 600, 720, undefined]) {
          const query = `url=${encodeURIComponent(`${byline.origin}/v1/articles/${article.slug}`)}&key=${keyPrefix}${width ? `&maxwidth=${width}` : ''}`;
          const answer = await (await fetch(`${byline.origin}/oembed?${query}`)).json();
          // The card as the oEmbed iframe shows it: a frame `answer.width` wide (a viewport here, so
          // nothing else is in the way), measured as the card's own script measures it.
          await page.setViewportSize({ width: answer.width, height: 2400 });
          await page.goto(new URL(/src="([^"]+)"/.exec(answer.html)![1]!.replaceAll('&amp;', '&')).href);
          await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
          const measured = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          const error = (answer.height - measured) / measured;
          rows.push(`  ${article.label.padEnd(34)} width ${String(answer.width).padStart(3)}: oEmbed ${answer.height}px, rendered ${measured}px (${(error * 100).toFixed(1)} %)`);
          if (Math.abs(error) > 0.1) off.push(rows.at(-1)!);
        }
      }
    } finally {
      await page.close();
    }
    console.log(`oEmbed height against the rendered card:\n${rows.join('\n')}`);
    expect(off, 'oEmbed heights more than 10 % off the rendered card').toEqual([]);
  });

  it('resizes a pasted oEmbed iframe even when embed.js runs after the card has loaded', async () => {
    const iframe = latePage.locator('#late iframe');
    await iframe.contentFrame().locator('h1').waitFor({ state: 'visible' });
    // embed.js has run and taken the iframe over…
    await expect.poll(() => iframe.getAttribute('data-byline-ready'), { message: 'embed.js should take the pasted iframe over' }).not.toBeNull();
    // …so the iframe must now follow its card.
    await expectToFollowCard(iframe, 'the late-wired oEmbed iframe');
  });

  it("links the headline to the article's canonical url, in a new tab, without opener", async () => {
    for (const { name, iframe, article } of embeds()) {
      const link = iframe.contentFrame().locator('h1 a');
      await link.waitFor({ state: 'visible' });
      expect(await link.getAttribute('href'), name).toBe(article.url);
      expect(await link.getAttribute('target'), name).toBe('_blank');
      expect((await link.getAttribute('rel'))?.split(/\s+/), name).toContain('noopener');
    }
  });

  it('cannot be framed, with or without the partner’s key, by an origin outside that key’s allowed_origins', async () => {
    for (const id of ['blocked', 'blocked-key']) {
      const iframe = blockedPage.locator(`#${id}`);
      // The iframe's load event fires for the error page too; only then is "nothing shown" meaningful.
      await expect.poll(() => iframe.getAttribute('data-loaded'), { message: `#${id} should finish loading`, timeout: 10_000 }).toBe('yes');
      const frame = await frameOf(iframe);
      const shown = await frame.evaluate(() => document.body?.textContent ?? '').catch(() => '');
      const link = await frame.locator('h1 a').count();
      console.log(`disallowed origin, #${id}: frame url ${frame.url()}, ${link} headline link(s)`);
      expect(shown, `#${id} shows the card`).not.toContain(seed.headline);
      expect(link, `#${id} shows the card's link`).toBe(0);
      expect(frame.url() === 'chrome-error://chromewebdata/' || shown.trim() === '', `#${id}: ${frame.url()}`).toBe(true);
    }
    // Chromium says why: "Framing '…' violates the following Content Security Policy directive: "frame-ancestors …"".
    const refused = blockedSeen.console.filter((line) => line.includes('frame-ancestors'));
    console.log(`CSP console messages on the disallowed origin:\n${refused.map((line) => `  ${line}`).join('\n') || '  (none)'}`);
    expect(refused.length, 'a frame-ancestors violation per blocked iframe').toBe(2);
  });

  it('never runs a script smuggled into an article', async () => {
    const sanitized = (await (await fetch(`${byline.origin}/v1/articles/${sanitizedSlug}`)).json()).data;
    expect(sanitized.body_html).not.toMatch(/<script|onerror|javascript:/i);

    for (const id of ['sanitized', 'raw']) {
      const iframe = smuggledPage.locator(`#${id} iframe`);
      await iframe.contentFrame().locator('h1').waitFor({ state: 'visible' });
    }
    // Every card finished loading (its height message arrived) before looking for what did not happen.
    for (const id of ['sanitized', 'raw']) {
      await expect.poll(() => smuggledPage.locator(`#${id} iframe`).getAttribute('height'), { message: `#${id} should be resized`, timeout: 5000 }).not.toBeNull();
    }

    const frames = smuggledPage.frames();
    expect(frames.length).toBe(3);
    for (const frame of frames) expect(await frame.title(), frame.url()).not.toBe('pwned');
    expect(await smuggledPage.evaluate(() => (window as any).__foreignMessages)).toEqual([]);
    expect(await partner.evaluate(() => (window as any).__foreignMessages)).toEqual([]);
    for (const seen of [smuggledSeen, partnerSeen]) {
      expect(seen.dialogs).toEqual([]);
      expect(seen.console.filter((line) => line.includes('pwned'))).toEqual([]);
    }
    // The raw headline is shown as text, not parsed as markup.
    expect(await smuggledPage.locator('#raw iframe').contentFrame().locator('h1').textContent()).toBe(SMUGGLED_HEADLINE);
    const blockedInline = smuggledSeen.console.filter((line) => /Refused to (execute|load)/i.test(line));
    if (blockedInline.length) console.log(`CSP console messages in the smuggled cards:\n${blockedInline.map((line) => `  ${line}`).join('\n')}`);
  });

  it('throws no script errors on the partner pages', () => {
    expect(partnerSeen.errors).toEqual([]);
    expect(smuggledSeen.errors).toEqual([]);
    expect(blockedSeen.errors).toEqual([]);
    expect(lateSeen.errors).toEqual([]);
  });
});
