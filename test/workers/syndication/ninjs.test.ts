/**
 * ninjs on the article routes: negotiated from Accept, `Vary: Accept` on every answer, and each
 * representation cached, tagged and revalidated on its own. (Validation against the IPTC's
 * schema with Ajv is in test/node/ninjs.test.ts: workerd cannot compile Ajv's validators.)
 */
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../../src/index';
import { sniffImage } from '../../../src/content/image-sniff';
import { ROOT, call, createArticle, expectJson } from '../helpers/admin';
import { viewOf } from '../../../src/content/article';
import { upsertSectionStatement } from '../../../src/db/article-writes';
import { findArticleById } from '../../../src/db/articles';
import { toNinjs } from '../../../src/syndication/ninjs';
import { get, resetStorage } from '../helpers/articles';
import { fakeImagesBinding, images } from '../helpers/images';

const NINJS = 'application/ninjs+json';
const ORIGIN = 'http://byline.test';
let article: any;
let withdrawn: any;

const asNinjs = { headers: { Accept: NINJS } };

beforeAll(async () => {
  await resetStorage();
  await upsertSectionStatement(env.DB, { slug: 'world', name: 'World', description: null }, '2023-01-01T00:00:00Z').run();
  const upload = await exports.default.fetch(`${ORIGIN}/v1/admin/media?alt=Delegates&caption=The%20signing&credit=Photo%3A%20A.%20Reporter`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ROOT}`, 'Content-Type': 'image/png' },
    body: images.png(1200, 675),
  });
  const media = (await expectJson(upload, 201)).data;
  article = await createArticle({
    headline: 'Kenya, Haiti set up diplomatic ties',
    standfirst: 'Talks on the deployment go on.',
    body_html: '<p>Nairobi and <strong>Port-au-Prince</strong> signed.</p>',
    section: 'world',
    tags: ['Kenya', 'Haiti'],
    authors: [{ slug: 'ana-reporter', name: 'Ana Reporter' }, { slug: 'ben-writer', name: 'Ben Writer' }],
    image_id: media.id,
    status: 'published',
  });
  withdrawn = await createArticle({ headline: 'A story taken down', body_html: '<p>Wrong.</p>', status: 'published' });
  await expectJson(await call(`/v1/admin/articles/${withdrawn.id}/withdraw`, { method: 'POST', body: { reason: 'Legal advice.' } }), 200);
});

describe('GET /v1/articles/{slug} in ninjs', () => {
  it('answers the article as a ninjs item with Accept: application/ninjs+json', async () => {
    const res = await get(`/v1/articles/${article.slug}`, asNinjs);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(NINJS);
    const item = (await res.json()) as any;
    expect(item).toMatchObject({
      uri: `${ORIGIN}/v1/articles/${article.id}`,
      type: 'text',
      representationType: 'full',
      version: String(article.version),
      firstCreated: article.published_at,
      versionCreated: article.updated_at,
      pubStatus: 'usable',
      language: 'en',
      slugline: article.slug,
      headlines: [{ role: 'main', value: 'Kenya, Haiti set up diplomatic ties' }, { role: 'sub', value: 'Talks on the deployment go on.' }],
      by: 'Ana Reporter and Ben Writer',
      people: [
        { name: 'Ana Reporter', rel: 'author', uri: `${ORIGIN}/v1/authors#ana-reporter`, literal: 'ana-reporter' },
        { name: 'Ben Writer', rel: 'author', uri: `${ORIGIN}/v1/authors#ben-writer`, literal: 'ben-writer' },
      ],
      subjects: [
        { rel: 'section', uri: `${ORIGIN}/v1/sections#world`, literal: 'world' },
        { name: 'Kenya', rel: 'tag', uri: `${ORIGIN}/v1/tags#kenya`, literal: 'kenya' },
        { name: 'Haiti', rel: 'tag', uri: `${ORIGIN}/v1/tags#haiti`, literal: 'haiti' },
      ],
    });
    expect(item.bodies).toEqual([
      { role: 'main', contentType: 'text/html', value: '<p>Nairobi and <strong>Port-au-Prince</strong> signed.</p>', charCount: 29, wordCount: 4 },
      { role: 'main', contentType: 'text/plain', value: 'Nairobi and Port-au-Prince signed.', charCount: 29, wordCount: 4 },
    ].map((body) => ({ ...body, charCount: 'Nairobi and Port-au-Prince signed.'.length })));
  });

  it('associates the hero image as a picture whose renditions are the variants /media serves', async () => {
    const withVariants = { ...env, IMAGES: fakeImagesBinding(sniffImage), RESPONSE_CACHE: 'off' };
    const res = await app.request(`${ORIGIN}/v1/articles/${article.slug}`, asNinjs, withVariants);
    const [picture] = ((await res.json()) as any).associations;
    const url = article.image.url;
    expect(picture).toMatchObject({ name: 'featureimage', type: 'picture', uri: url, by: 'Photo: A. Reporter' });
    expect(picture.descriptions).toEqual([{ role: 'caption', value: 'The signing' }, { role: 'alt', value: 'Delegates' }]);
    expect(picture.renditions.map((r: any) => [r.name, r.href, r.width, r.height])).toEqual([
      ['w320', `${url}?w=320`, 320, 180],
      ['w640', `${url}?w=640`, 640, 360],
      ['w960', `${url}?w=960`, 960, 540],
      ['original', url, 1200, 675],
    ]);
    for (const rendition of picture.renditions) {
      const served = await app.request(new URL(rendition.href).pathname + new URL(rendition.href).search, { headers: { Accept: 'image/png' } }, withVariants);
      expect(sniffImage(new Uint8Array(await served.arrayBuffer()))?.width, rendition.name).toBe(rendition.width);
    }
    // Without the Images binding `?w=` serves the original, so only the original is offered.
    const plain = (await (await get(`/v1/articles/${article.slug}`, asNinjs)).json()) as any;
    expect(plain.associations[0].renditions.map((r: any) => r.name)).toEqual(['original']);
  });

  it('answers a withdrawn article 410 as a canceled item carrying the reason, not the content', async () => {
    const res = await get(`/v1/articles/${withdrawn.slug}`, asNinjs);
    expect(res.status).toBe(410);
    expect(res.headers.get('Content-Type')).toBe(NINJS);
    const item = (await res.json()) as any;
    expect(item).toMatchObject({ uri: `${ORIGIN}/v1/articles/${withdrawn.id}`, pubStatus: 'canceled', edNote: 'Withdrawn by the publisher: Legal advice.' });
    expect(item.bodies).toBeUndefined();
    expect(item.headlines).toBeUndefined();
    const json = await get(`/v1/articles/${withdrawn.slug}`);
    expect([json.status, json.headers.get('Content-Type')]).toEqual([410, 'application/problem+json']);
  });

  it('carries only the bodies that fields names', async () => {
    const item = (await (await get(`/v1/articles/${article.slug}?fields=headline,body_text`, asNinjs)).json()) as any;
    expect(item.representationType).toBe('partial');
    expect(item.bodies.map((b: any) => b.contentType)).toEqual(['text/plain']);
  });
});

describe('rights, corrections and embargo in ninjs', () => {
  it('carries the rights: the article\'s own, else the publisher\'s defaults', async () => {
    const own = await createArticle({
      headline: 'With its own rights',
      body_html: '<p>x</p>',
      status: 'published',
      rights: { usage_terms: 'Print only.', copyright_holder: 'Agence Exemple', copyright_notice: '© 2026 Agence Exemple', syndication: 'restricted' },
    });
    const mine = (await (await get(`/v1/articles/${own.slug}`, asNinjs)).json()) as any;
    expect(mine).toMatchObject({ usageTerms: 'Print only.', copyrightHolder: 'Agence Exemple', copyrightNotice: '© 2026 Agence Exemple' });
    const defaults = (await (await get(`/v1/articles/${article.slug}`, asNinjs)).json()) as any;
    expect(defaults).toMatchObject({ usageTerms: env.RIGHTS_USAGE_TERMS, copyrightHolder: env.RIGHTS_COPYRIGHT_HOLDER, copyrightNotice: env.RIGHTS_COPYRIGHT_NOTICE });
  });

  it('lists each correction as a dated description with role correction, oldest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
      const corrected = await createArticle({ headline: 'Corrected story', body_html: '<p>x</p>', status: 'published' });
      let version = corrected.version;
      for (const [at, text] of [['2026-12-01T10:00:00Z', 'The minister was misnamed.'], ['2026-12-01T11:00:00Z', 'The date was wrong.']]) {
        vi.setSystemTime(new Date(at!));
        const patched = await call(`/v1/admin/articles/${corrected.id}`, { method: 'PATCH', body: { correction: { text } }, headers: { 'If-Match': `"${version}"` } });
        version = (await expectJson(patched, 200)).data.version;
      }
      const item = (await (await get(`/v1/articles/${corrected.slug}`, asNinjs)).json()) as any;
      expect(item.descriptions.filter((d: any) => d.role === 'correction')).toEqual([
        { role: 'correction', value: 'Corrected 2026-12-01T10:00:00Z: The minister was misnamed.' },
        { role: 'correction', value: 'Corrected 2026-12-01T11:00:00Z: The date was wrong.' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is withheld with embargoedUntil while an embargo runs, and usable once it has lifted', async () => {
    const row = (await findArticleById(env.DB, article.id))!;
    const view = { ...viewOf(`${ORIGIN}/`, env), bodies: { html: true, text: true } };
    const embargoed = { ...row, embargoed_until: '2026-12-02T06:00:00Z' };
    expect(toNinjs(embargoed, view, Date.parse('2026-12-02T05:59:59Z'))).toMatchObject({ pubStatus: 'withheld', embargoedUntil: '2026-12-02T06:00:00Z' });
    expect(toNinjs(embargoed, view, Date.parse('2026-12-02T06:00:00Z')).pubStatus).toBe('usable');
    expect(toNinjs(row, view)).not.toHaveProperty('embargoedUntil');
  });
});

describe('content negotiation on the article routes', () => {
  it.each([
    [undefined, 'application/json'],
    ['*/*', 'application/json'],
    ['application/*', 'application/json'],
    ['application/json', 'application/json'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'application/json'],
    [NINJS, NINJS],
    [`application/json;q=0.5, ${NINJS}`, NINJS],
    [`${NINJS};q=0.2, */*;q=0.1`, NINJS],
    ['application/json;q=0, */*', NINJS],
  ])('answers Accept %s with %s', async (accept, type) => {
    const res = await get(`/v1/articles/${article.slug}`, accept ? { headers: { Accept: accept } } : {});
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain(type);
  });

  it.each(['application/xml', 'text/html', `${NINJS};q=0, application/json;q=0`])('answers 406 problem+json to Accept %s', async (accept) => {
    for (const path of [`/v1/articles/${article.slug}`, '/v1/articles']) {
      const res = await get(path, { headers: { Accept: accept } });
      expect(res.status, path).toBe(406);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(res.headers.get('Vary')).toMatch(/Accept/);
      expect(((await res.json()) as any).type).toBe('/problems/not-acceptable');
    }
  });

  it('sends Vary: Accept on every answer of both routes, errors included', async () => {
    const answers = [
      await get(`/v1/articles/${article.slug}`),
      await get(`/v1/articles/${article.slug}`, asNinjs),
      await get('/v1/articles'),
      await get('/v1/articles', asNinjs),
      await get('/v1/articles/no-such-article', asNinjs),
      await get(`/v1/articles/${withdrawn.slug}`),
      await get('/v1/articles?limit=0', asNinjs),
    ];
    expect(answers.map((res) => [res.status, /(^|,)\s*Accept\s*(,|$)/.test(res.headers.get('Vary') ?? '')])).toEqual([
      [200, true], [200, true], [200, true], [200, true], [404, true], [410, true], [400, true],
    ]);
  });
});

describe('caching per representation', () => {
  it('never answers a JSON client with the cached ninjs copy, nor the other way round', async () => {
    for (const order of [['json', 'ninjs'], ['ninjs', 'json']]) {
      await resetCacheOnly();
      for (const round of [1, 2, 3]) {
        for (const kind of order) {
          for (const path of [`/v1/articles/${article.slug}`, '/v1/articles?limit=5']) {
            const res = await get(path, kind === 'ninjs' ? asNinjs : {});
            const body = (await res.json()) as any;
            const isNinjs = path.includes('?') ? 'uri' in body.data[0] : 'uri' in body;
            expect(isNinjs, `${kind} ${path} round ${round}`).toBe(kind === 'ninjs');
            if (round > 1) expect(res.headers.get('Cache-Status'), `${kind} ${path} round ${round}`).toMatch(/hit/);
          }
        }
      }
    }
  });

  it('gives each representation its own ETag, and 304 only for its own', async () => {
    const path = `/v1/articles/${article.slug}`;
    const jsonTag = (await get(path)).headers.get('ETag')!;
    const ninjsTag = (await get(path, asNinjs)).headers.get('ETag')!;
    expect(jsonTag).not.toBe(ninjsTag);
    const revalidate = async (accept: string | undefined, tag: string) =>
      (await get(path, { headers: { 'If-None-Match': tag, ...(accept ? { Accept: accept } : {}) } })).status;
    expect(await revalidate(undefined, jsonTag)).toBe(304);
    expect(await revalidate(NINJS, ninjsTag)).toBe(304);
    expect(await revalidate(NINJS, jsonTag)).toBe(200);
    expect(await revalidate(undefined, ninjsTag)).toBe(200);
    const notModified = await get(path, { headers: { 'If-None-Match': ninjsTag, Accept: NINJS } });
    expect(notModified.headers.get('Vary')).toMatch(/Accept/);
  });
});

/** Forgets what the tiers hold (memory, KV) without touching the articles. */
async function resetCacheOnly(): Promise<void> {
  const { knownUrls, memoryTier } = await import('../../../src/middleware/cache');
  memoryTier.clear();
  knownUrls.clear();
  const listed = await env.CACHE.list();
  await Promise.all(listed.keys.map((key) => env.CACHE.delete(key.name)));
}
