import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../../src/index';
import { call, createArticle, createKey, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

const ORIGIN = 'http://byline.test';
let published: any;
let partner: { secret: string; prefix: string; id: string };
let otherPrefix: string;

beforeAll(async () => {
  await resetStorage();
  await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES ('world', 'World', '2023-01-01T00:00:00Z')").run();
  published = await createArticle({
    headline: 'Kenya & Haiti <Ties>',
    url: 'https://news.example.com/world/kenya-haiti',
    body_html: '<p>Kenya and Haiti officially established diplomatic relations on Wednesday.</p>',
    section: 'world',
    authors: [{ slug: 'amara-okafor', name: 'Amara Okafor' }],
    status: 'published',
  });
  await createArticle({ headline: 'Not Yet', body_html: '<p>x</p>', url: 'https://news.example.com/not-yet' });
  const withdrawn = await createArticle({ headline: 'Pulled', body_html: '<p>x</p>', url: 'https://news.example.com/pulled', status: 'published' });
  await expectJson(await call(`/v1/admin/articles/${withdrawn.id}/withdraw`, { method: 'POST', body: { reason: 'Legal review' } }), 200);
  const { data } = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'P', role: 'partner', allowed_origins: ['https://partner.example'] } }), 201);
  partner = { secret: data.secret, prefix: data.prefix, id: data.id };
  const { data: other } = await expectJson(
    await call('/v1/admin/keys', { method: 'POST', body: { name: 'O', role: 'partner', allowed_origins: ['https://other.example'] } }),
    201,
  );
  otherPrefix = other.prefix;
});

const oembed = (query: string) => get(`/oembed?${query}`);

describe('GET /oembed', () => {
  it('answers a rich oEmbed for an article by its canonical URL or its API URL', async () => {
    for (const url of [published.url, `${ORIGIN}/v1/articles/${published.slug}`]) {
      const res = await oembed(`url=${encodeURIComponent(url)}&format=json`);
      const body = await expectJson(res, 200);
      expect(res.headers.get('Content-Type')).toContain('application/json');
      expect(body).toMatchObject({
        version: '1.0',
        type: 'rich',
        title: 'Kenya & Haiti <Ties>',
        author_name: 'Amara Okafor',
        author_url: `${ORIGIN}/v1/articles?author=amara-okafor`,
        provider_name: env.SITE_NAME,
        provider_url: env.SITE_URL,
        cache_age: expect.any(Number),
        width: 600,
        height: expect.any(Number),
      });
      expect(body.html).toContain(`<iframe src="${ORIGIN}/embed/${published.slug}"`);
      expect(body.html).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
      expect(body.html).toContain('loading="lazy"');
      expect(body.html).toContain('title="Kenya &amp; Haiti &lt;Ties&gt;"');
      expect(body.html).toContain(`<script async src="${ORIGIN}/embed.js"></script>`);
    }
  });

  it('honours maxwidth and maxheight', async () => {
    const body = await expectJson(await oembed(`url=${encodeURIComponent(published.url)}&maxwidth=320&maxheight=200`), 200);
    expect(body).toMatchObject({ width: 320, height: 200 });
    expect(body.html).toContain('width="320" height="200"');
  });

  it("embeds the card for the partner key whose public prefix is given, and refuses anything else as key", async () => {
    const body = await expectJson(await oembed(`url=${encodeURIComponent(published.url)}&key=${partner.prefix}`), 200);
    expect(body.html).toContain(`<iframe src="${ORIGIN}/embed/${published.slug}?key=${partner.prefix}"`);
    expect((await expectJson(await oembed(`url=${encodeURIComponent(published.url)}`), 200)).html).toContain(`<iframe src="${ORIGIN}/embed/${published.slug}"`);
    const bad = await expectJson(await oembed(`url=${encodeURIComponent(published.url)}&key=${encodeURIComponent(partner.secret)}`), 400);
    expect(bad.errors[0].path).toBe('key');
  });

  it('answers 501 for xml, 404 unknown or draft, 410 withdrawn, 400 without url', async () => {
    expect((await oembed(`url=${encodeURIComponent(published.url)}&format=xml`)).status).toBe(501);
    expect((await oembed(`url=${encodeURIComponent('https://news.example.com/nothing')}`)).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent('https://news.example.com/not-yet')}`)).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent('https://news.example.com/pulled')}`)).status).toBe(410);
    const missing = await oembed('format=json');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).errors[0].path).toBe('url');
  });
});

async function card(path: string, headers: Record<string, string> = { Accept: 'text/html' }) {
  const res = await get(path, { headers });
  return { res, html: await res.text(), csp: res.headers.get('Content-Security-Policy') ?? '' };
}

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

describe('GET /embed/{slug}', () => {
  it('is a small self-contained card with headline, excerpt, byline, date, section and a link to the canonical URL', async () => {
    const { res, html } = await card(`/embed/${published.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(new TextEncoder().encode(html).byteLength).toBeLessThan(15 * 1024);
    expect(html).toContain('<h1 id="headline"><a href="https://news.example.com/world/kenya-haiti" target="_blank" rel="noopener">Kenya &amp; Haiti &lt;Ties&gt;</a></h1>');
    expect(html).toContain('Kenya and Haiti officially established diplomatic relations on Wednesday.');
    expect(html).toContain('By Amara Okafor');
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z">/);
    expect(html).toContain('<p class="kicker">World</p>');
    expect(html).toContain('<main>');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${ORIGIN}/oembed?url=`);
    // Nothing is loaded from anywhere else: every src is Byline's.
    for (const [, src] of html.matchAll(/\ssrc="([^"]+)"/g)) expect(src!.startsWith(`${ORIGIN}/`)).toBe(true);
  });

  it('allows its inline style and script by hash, nothing else, and without a key lets only Byline frame it', async () => {
    const { html, csp } = await card(`/embed/${published.slug}`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${await sha256Base64(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${await sha256Base64(script)}'`);
    expect(csp).toContain(`img-src 'self' ${ORIGIN}`);
    expect(csp).toContain("frame-ancestors 'self';");
    // An unkeyed card must not be a list of the publisher's partners.
    expect(csp).not.toContain('partner.example');
    expect(csp).not.toContain('other.example');
  });

  it("never serves one partner's card with another's frame-ancestors, cached or not", async () => {
    for (let round = 0; round < 2; round++) {
      const mine = await card(`/embed/${published.slug}?key=${partner.prefix}`);
      const theirs = await card(`/embed/${published.slug}?key=${otherPrefix}`);
      const none = await card(`/embed/${published.slug}`);
      if (round === 1) for (const { res } of [mine, theirs, none]) expect(res.headers.get('Cache-Status')).toContain('hit');
      expect(mine.csp).toContain('frame-ancestors https://partner.example;');
      expect(theirs.csp).toContain('frame-ancestors https://other.example;');
      expect(none.csp).toContain("frame-ancestors 'self';");
      // The discovery link of a keyed card keeps its key.
      expect(mine.html).toContain(`&amp;format=json&amp;key=${partner.prefix}"`);
      expect(none.html).toContain('&amp;format=json"');
    }
  });

  it('narrows frame-ancestors to one partner key by its public prefix, and to none for an unknown or revoked key', async () => {
    expect((await card(`/embed/${published.slug}?key=${partner.prefix}`)).csp).toContain('frame-ancestors https://partner.example;');
    expect((await card(`/embed/${published.slug}?key=byl_zzzzzzzzzz`)).csp).toContain("frame-ancestors 'none';");
    const revoked = await createKey('partner', ['https://gone.example']);
    const { data } = await expectJson(await call(`/v1/admin/keys/${revoked.id}`, { method: 'DELETE' }), 200);
    expect((await card(`/embed/${published.slug}?key=${data.prefix}`)).csp).toContain("frame-ancestors 'none';");
    expect((await card(`/embed/${published.slug}`)).csp).not.toContain('gone.example');
  });

  it('lets any origin frame it when embeds are public', async () => {
    const res = await app.request(`${ORIGIN}/embed/${published.slug}`, {}, { ...env, EMBEDS_PUBLIC: 'true', RESPONSE_CACHE: 'off' });
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *;');
  });

  it('has light and dark themes', async () => {
    expect((await card(`/embed/${published.slug}?theme=dark`)).html).toContain('<html lang="en" class="dark">');
    expect((await card(`/embed/${published.slug}?theme=light`)).html).toContain('<html lang="en" class="light">');
    expect((await card(`/embed/${published.slug}`)).html).toContain('prefers-color-scheme:dark');
    expect((await card(`/embed/${published.slug}?theme=neon`)).res.status).toBe(400);
  });

  it('posts its height with the secret from its URL fragment', async () => {
    const { html } = await card(`/embed/${published.slug}`);
    expect(html).toContain('ResizeObserver');
    expect(html).toContain('type:"byline:height"');
    expect(html).toMatch(/secret=\(\[A-Za-z0-9\]\{8,64\}\)/);
  });

  it('shows a withdrawn card with 410, and problem+json to clients that do not want HTML', async () => {
    const { res, html } = await card('/embed/pulled');
    expect(res.status).toBe(410);
    expect(html).toContain('withdrawn');
    expect(html).toContain('Legal review');
    const json = await get('/embed/pulled', { headers: { Accept: 'application/json' } });
    expect(json.status).toBe(410);
    expect(json.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await card('/embed/not-yet')).res.status).toBe(404);
  });
});

describe('GET /embed.js', () => {
  it('is a small script for this origin, under 3 KB gzipped', async () => {
    const res = await get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/javascript');
    const source = await res.text();
    expect(source).toContain(`var O="${ORIGIN}"`);
    const gzipped = await new Response(new Blob([source]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    expect(gzipped.byteLength).toBeLessThan(3 * 1024);
    expect(source).toContain('data-byline-article');
    expect(source).toContain('if(w.__bylineEmbed){w.__bylineEmbed.scan();return}');
    expect(source).toContain('Math.max(100,Math.min(2000');
  });
});

describe('partner CORS', () => {
  it('opens keyless reads to every origin', async () => {
    const res = await get('/v1/articles', { headers: { Origin: 'https://anyone.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });

  it('echoes an allowed origin for a partner key, with Vary: Origin, and refuses any other origin with 403', async () => {
    const ok = await call('/v1/articles', { token: partner.secret, headers: { Origin: 'https://partner.example' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('https://partner.example');
    expect(ok.headers.get('Vary')).toContain('Origin');
    const refused = await call('/v1/articles', { token: partner.secret, headers: { Origin: 'https://evil.example' } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it("does not name the key's allowed origins when it refuses an origin", async () => {
    const refused = await call('/v1/articles', { token: partner.secret, headers: { Origin: 'https://evil.example' } });
    expect(refused.status).toBe(403);
    const text = await refused.text();
    expect(text).toContain('https://evil.example');
    expect(text).not.toContain('partner.example');
  });

  it('answers preflights for public reads', async () => {
    const res = await get('/v1/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://partner.example');
    expect(res.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
    // A partner's browser code that just got a webhook reads at least that state with the bookmark.
    expect(res.headers.get('Access-Control-Allow-Headers')).toContain('X-D1-Bookmark');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('GET');
  });

  it('keeps CORS headers on a 304', async () => {
    const first = await get('/v1/sections', { headers: { Origin: 'https://x.example' } });
    const res = await get('/v1/sections', { headers: { Origin: 'https://x.example', 'If-None-Match': first.headers.get('ETag')! } });
    expect(res.status).toBe(304);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('gives the admin API no CORS at all', async () => {
    const res = await get('/v1/admin/articles', { method: 'OPTIONS', headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
