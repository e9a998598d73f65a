import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { createArticles, get, resetStorage } from '../helpers/articles';

const ORIGIN = 'http://byline.test';
const SITE = 'https://news.example.com';
const SHARED = `${SITE}/shared`;

beforeAll(async () => {
  await resetStorage();
  await createArticles([
    { slug: 'live' },
    { slug: 'draft-one', status: 'draft' },
    { slug: 'sched', status: 'scheduled' },
    { slug: 'binned', deleted: true },
    { slug: 'pulled', status: 'withdrawn', withdrawn_reason: 'Legal review' },
    // Every hidden state sharing the canonical URL of one published article, each changed after it.
    { slug: 'shared' },
    { slug: 'shared-draft', status: 'draft' },
    { slug: 'shared-sched', status: 'scheduled' },
    { slug: 'shared-pulled', status: 'withdrawn' },
    { slug: 'shared-binned', deleted: true },
    // A withdrawn article and its replacement draft.
    { slug: 'pulled-draft', status: 'draft' },
  ]);
  await env.DB.prepare("UPDATE articles SET url = ?1, updated_at = '2024-01-01T00:00:00Z' WHERE slug LIKE 'shared-%'").bind(SHARED).run();
  await env.DB.prepare("UPDATE articles SET url = ?1, updated_at = '2024-01-01T00:00:00Z' WHERE slug = 'pulled-draft'").bind(`${SITE}/pulled`).run();
});

const oembed = (url: string) => get(`/oembed?url=${encodeURIComponent(url)}&format=json`);

/** A problem body without its request id, and the headers a client could tell apart. */
async function problemShape(res: Response) {
  const { request_id, ...body } = (await res.json()) as Record<string, unknown>;
  expect(request_id).toEqual(expect.any(String));
  return { status: res.status, type: res.headers.get('Content-Type'), cache: res.headers.get('Cache-Control'), body: JSON.stringify(body) };
}

describe('GET /oembed for what is not public', () => {
  it('answers one 404 body for unknown, draft, scheduled and deleted articles, by slug or by URL', async () => {
    const refs = [`${SITE}/nothing-here`, `${ORIGIN}/v1/articles/nothing-here`, `${ORIGIN}/embed/nothing-here`];
    for (const slug of ['draft-one', 'sched', 'binned']) refs.push(`${SITE}/${slug}`, `${ORIGIN}/v1/articles/${slug}`, `${ORIGIN}/embed/${slug}/`);
    const shapes = [];
    for (const ref of refs) shapes.push(await problemShape(await oembed(ref)));
    expect(shapes[0]).toMatchObject({ status: 404, type: 'application/problem+json' });
    for (const [i, shape] of shapes.entries()) expect([refs[i], shape]).toEqual([refs[i], shapes[0]]);
  });

  it('answers 410 with the reason for a withdrawn article, by slug or by URL', async () => {
    for (const ref of [`${SITE}/pulled`, `${ORIGIN}/v1/articles/pulled`]) {
      expect(await expectJson(await oembed(ref), 410)).toMatchObject({ status: 410, withdrawn_reason: 'Legal review' });
    }
  });

  it('answers the published article when a draft, a scheduled, a withdrawn and a deleted one share its url', async () => {
    const body = await expectJson(await oembed(SHARED), 200);
    expect(body.title).toBe('Shared');
    expect(body.html).toContain(`<iframe src="${ORIGIN}/embed/shared"`);
  });

  it('answers 410 when a withdrawn article shares its url with a draft only', async () => {
    expect((await oembed(`${SITE}/pulled`)).status).toBe(410);
  });

  it('lets a write give a draft the url of a published article (urls are not unique), and keeps answering the published one', async () => {
    const live = await createArticle({ headline: 'Live Wire', body_html: '<p>x</p>', url: `${SITE}/live-wire`, status: 'published' });
    const draft = await createArticle({ headline: 'Live Wire, rewritten', body_html: '<p>y</p>', url: `${SITE}/live-wire` });
    expect(draft.url).toBe(live.url);
    const patched = await call(`/v1/admin/articles/${draft.id}`, { method: 'PATCH', headers: { 'If-Match': `"${draft.version}"` }, body: { standfirst: 'Newer' } });
    expect(patched.status).toBe(200);
    expect((await expectJson(await oembed(`${SITE}/live-wire`), 200)).title).toBe('Live Wire');
  });
});

describe('the card, the article and related for what is not public', () => {
  const routes = [(s: string) => `/embed/${s}`, (s: string) => `/v1/articles/${s}`, (s: string) => `/v1/articles/${s}/related`];

  it('answers the unknown slug\'s 404 for drafts, scheduled and deleted articles, in JSON and in HTML', async () => {
    for (const route of routes) {
      const unknown = await problemShape(await get(route('nothing-here'), { headers: { Accept: 'application/json' } }));
      expect(unknown.status).toBe(404);
      for (const slug of ['draft-one', 'sched', 'binned']) {
        const shape = await problemShape(await get(route(slug), { headers: { Accept: 'application/json' } }));
        expect(shape).toEqual({ ...unknown, body: unknown.body.replace('nothing-here', slug) });
      }
    }
    const missing = await get('/embed/nothing-here', { headers: { Accept: 'text/html' } });
    const html = await missing.text();
    for (const slug of ['draft-one', 'sched', 'binned']) {
      const res = await get(`/embed/${slug}`, { headers: { Accept: 'text/html' } });
      expect([slug, res.status, await res.text()]).toEqual([slug, 404, html]);
    }
  });
});

/** 404, or 400 naming `field`: what a reference that names nothing, or cannot, answers. */
async function expectRefused(res: Response, field: string) {
  const text = await res.text();
  expect([res.status, text]).toEqual([expect.toSatisfy((s: number) => s === 404 || s === 400), text]);
  if (res.status === 400) expect(JSON.parse(text).errors.map((e: { path: string }) => e.path)).toEqual([field]);
}

const BAD_SEGMENTS = ['%25', '%25ZZ', '%', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%ED%B0%80', '%uD800', '%FF', '%C0%AF', `${'%25'.repeat(80)}`];

describe('bad percent-escapes', () => {
  it('answers 404 or 400 naming url, never 5xx, for an oEmbed url with a malformed escape', async () => {
    for (const segment of BAD_SEGMENTS) {
      for (const base of [`${ORIGIN}/v1/articles/`, `${ORIGIN}/embed/`, `${SITE}/`]) await expectRefused(await oembed(`${base}${segment}`), 'url');
      // The same escapes unencoded in the query itself.
      await expectRefused(await get(`/oembed?url=${segment}`), 'url');
      await expectRefused(await get(`/oembed?url=${ORIGIN}/embed/${segment}`), 'url');
    }
    await expectRefused(await get(`/oembed?url=${ORIGIN}/embed/\uD800`), 'url');
    await expectRefused(await oembed(`${ORIGIN}/embed/${'a'.repeat(1900)}`), 'url');
    const long = await oembed(`${ORIGIN}/embed/${'%25'.repeat(700)}`);
    expect(long.status).toBe(400);
    expect(((await long.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('url');
  });

  it('answers 404 or 400 naming slug, never 5xx, for a card, article or related path with one', async () => {
    for (const segment of [...BAD_SEGMENTS, '\uD800', 'a'.repeat(5000)]) {
      for (const path of [`/embed/${segment}`, `/v1/articles/${segment}`, `/v1/articles/${segment}/related`]) {
        await expectRefused(await get(path, { headers: { Accept: 'application/json' } }), 'slug');
      }
    }
  });
});

const fragment = fc.oneof(
  fc.constantFrom('%', '%25', '%ZZ', '%E0', '%A4', '%ED%A0%80', '%F0%9F', '%00', '/', '.', '..', '?', '#', '&', '=', '+', 'live', 'v1/articles/', 'embed/', `${ORIGIN}/`, `${SITE}/`),
  fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const junk = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
const segment = fc.array(fragment.filter((part) => !/[/?#]/.test(part)), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
/** Any string, or one that names a slug the way the provider reads them, with any segment. */
const oembedUrl = fc.oneof(
  junk,
  fc.tuple(fc.constantFrom(`${ORIGIN}/v1/articles/`, `${ORIGIN}/embed/`, `${SITE}/`), segment, fc.constantFrom('', '/')).map((parts) => parts.join('')),
);
/** encodeURIComponent, except that a lone surrogate (which it refuses) goes through as it is. */
const encodeLoosely = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
};

describe('properties', () => {
  it('never answers 5xx to /oembed, whatever the url', async () => {
    await fc.assert(
      fc.asyncProperty(oembedUrl, fc.boolean(), async (url, encoded) => {
        const res = await get(`/oembed?url=${encoded ? encodeLoosely(url) : url}`);
        await res.body?.cancel();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never answers 5xx to /embed/{slug} or /v1/articles/{slug}, whatever the path segment', async () => {
    await fc.assert(
      fc.asyncProperty(segment, fc.constantFrom('/embed/', '/v1/articles/'), async (slug, route) => {
        const res = await get(`${route}${slug}`, { headers: { Accept: 'application/json' } });
        await res.body?.cancel();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
