import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedWorker, serveWorker } from '../../scripts/lib/serve-worker.mjs';
import type { OpenAPIDocument, OpenAPIOperation } from './openapi-document';

/**
 * The document against the wire: the real Worker in workerd (seeded demo newsroom), real answers
 * of the main routes, each body validated with Ajv against the schema the document declares for
 * that operation, status and content type, and the headers it declares for a GET's 200 present.
 * In Node because Ajv compiles its validators at run time, which workerd forbids.
 */

const DOC_ID = 'https://byline.test/openapi.json';
const SEED_SLUG = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';

let byline: ServedWorker;
let doc: OpenAPIDocument;
let ajv: Ajv2020;
let bare: { id: string; slug: string };
let withdrawn: { id: string; slug: string };

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

beforeAll(async () => {
  byline = await serveWorker();
  doc = (await (await fetch(`${byline.origin}/openapi.json`)).json()) as OpenAPIDocument;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const create = (headline: string) =>
    byline.admin('/v1/admin/articles', { method: 'POST', body: { headline, body_html: '<p>Body.</p>', status: 'published' } }).then((r) => r.data);
  bare = await create('An article in no section, with no image');
  withdrawn = await create('An article taken down');
  await byline.admin(`/v1/admin/articles/${withdrawn.id}/withdraw`, { method: 'POST', body: { reason: 'Legal advice.' }, status: 200 });
}, 120_000);

afterAll(async () => {
  await byline?.close();
}, 30_000);

/** Requests `url` and checks the answer against operation `method template` of the document. */
async function expectDocumented(method: string, template: string, url: string, init: RequestInit = {}): Promise<{ res: Response; body: any }> {
  const res = await fetch(`${byline.origin}${url}`, { method: method.toUpperCase(), ...init });
  const at = `${method.toUpperCase()} ${url} → ${res.status}`;
  const operation = doc.paths[template]?.[method] as OpenAPIOperation | undefined;
  expect(operation, `${method} ${template} is in the document`).toBeDefined();
  let response = operation!.responses[String(res.status)];
  expect(response, `${at} is a declared status`).toBeDefined();
  let base = pointer('paths', template, method, 'responses', String(res.status));
  if (response!.$ref) {
    base = response!.$ref.slice(2);
    response = doc.components.responses![response!.$ref.split('/').pop()!] as typeof response;
  }
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  const text = await res.text();
  if (res.status === 304) return { res, body: undefined };
  expect(Object.keys(response!.content ?? {}), `${at}: ${type} is a declared content type`).toContain(type);
  if (method === 'get' && res.status === 200) {
    for (const name of ['ETag', 'Cache-Control', 'X-Request-Id']) expect(res.headers.get(name), `${at} sends ${name}`).not.toBeNull();
  }
  if (!type.includes('json')) return { res, body: text };
  const body = JSON.parse(text) as unknown;
  const validate = ajv.getSchema(`${DOC_ID}#/${base}/${pointer('content', type, 'schema')}`)!;
  expect(validate(body) ? [] : validate.errors, `${at} matches its schema`).toEqual([]);
  return { res, body };
}

describe('real answers against the OpenAPI document', () => {
  it('match it for article lists, a fields= list and search results', async () => {
    const { body } = await expectDocumented('get', '/v1/articles', '/v1/articles?limit=5');
    expect(body!.data.length).toBeGreaterThan(0);
    await expectDocumented('get', '/v1/articles', '/v1/articles?fields=slug,headline&limit=3');
    await expectDocumented('get', '/v1/articles', '/v1/articles?q=kenya&since=2000-01-01&until=2100-01-01');
    await expectDocumented('get', '/v1/articles', '/v1/articles?limit=0');
  });

  it('match it for one article, with a null section, with fields=, withdrawn, unknown and not modified', async () => {
    await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${SEED_SLUG}`);
    const { body } = await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${bare.slug}`);
    expect(body!.data).toMatchObject({ section: null, image: null });
    await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${SEED_SLUG}?fields=headline,url`);
    const gone = await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${withdrawn.slug}`);
    expect(gone.body).toMatchObject({ status: 410, slug: withdrawn.slug, withdrawn_reason: 'Legal advice.' });
    await expectDocumented('get', '/v1/articles/{slug}', '/v1/articles/no-such-article');
    const ninjs = { headers: { Accept: 'application/ninjs+json' } };
    await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${SEED_SLUG}`, ninjs);
    const canceled = await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${withdrawn.slug}`, ninjs);
    expect(canceled.body).toMatchObject({ pubStatus: 'canceled' });
    await expectDocumented('get', '/v1/articles', '/v1/articles?limit=3', ninjs);
    const { res } = await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${SEED_SLUG}`);
    const etag = res.headers.get('ETag')!;
    await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${SEED_SLUG}`, { headers: { 'If-None-Match': etag } });
    await expectDocumented('get', '/v1/articles/{slug}', `/v1/articles/${SEED_SLUG}`, { method: 'PUT' });
  });

  it('match it for related articles, taxonomies, changes, feeds and health', async () => {
    await expectDocumented('get', '/v1/articles/{slug}/related', `/v1/articles/${SEED_SLUG}/related`);
    await expectDocumented('get', '/v1/articles/{slug}/related', `/v1/articles/${withdrawn.slug}/related`);
    for (const kind of ['sections', 'tags', 'authors']) await expectDocumented('get', `/v1/${kind}`, `/v1/${kind}`);
    await expectDocumented('get', '/v1/changes', '/v1/changes?limit=5');
    await expectDocumented('get', '/v1/feed.json', '/v1/feed.json');
    await expectDocumented('get', '/health', '/health');
  });

  it('match it for oEmbed and the embed card, withdrawn too', async () => {
    await expectDocumented('get', '/oembed', `/oembed?url=${encodeURIComponent(`${byline.origin}/v1/articles/${SEED_SLUG}`)}`);
    const oembed = await expectDocumented('get', '/oembed', `/oembed?url=${encodeURIComponent(`${byline.origin}/v1/articles/${withdrawn.slug}`)}`);
    expect(oembed.body).toMatchObject({ status: 410, slug: withdrawn.slug, withdrawn_reason: 'Legal advice.' });
    const card = await expectDocumented('get', '/embed/{slug}', `/embed/${withdrawn.slug}`, { headers: { Accept: 'application/json' } });
    expect(card.body).toMatchObject({ status: 410, slug: withdrawn.slug, withdrawn_reason: 'Legal advice.' });
  });

  it('match it for the admin API', async () => {
    const auth = { headers: { Authorization: `Bearer ${byline.adminToken}` } };
    await expectDocumented('get', '/v1/admin/articles', '/v1/admin/articles?limit=5', auth);
    await expectDocumented('get', '/v1/admin/articles/{id}', `/v1/admin/articles/${withdrawn.id}`, auth);
    await expectDocumented('get', '/v1/admin/articles/{id}/revisions', `/v1/admin/articles/${withdrawn.id}/revisions`, auth);
    await expectDocumented('get', '/v1/admin/keys', '/v1/admin/keys', auth);
    await expectDocumented('get', '/v1/admin/keys', '/v1/admin/keys');
    const { body: link } = await expectDocumented('post', '/v1/admin/articles/{id}/preview', `/v1/admin/articles/${bare.id}/preview`, auth);
    const path = new URL(link.data.url).pathname;
    await expectDocumented('get', '/preview/{token}', path);
    await expectDocumented('get', '/preview/{token}/card', `${path}/card`);
    await expectDocumented('get', '/preview/{token}', `${path.slice(0, -1)}x`);
  });
});
