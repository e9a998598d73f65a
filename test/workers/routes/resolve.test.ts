import { beforeEach, describe, expect, it } from 'vitest';
import { call, expectJson } from '../helpers/admin';
import { createArticles, get, resetStorage } from '../helpers/articles';

const SITE = 'https://old.example.com';

async function importPost(overrides: Record<string, unknown>) {
  const body = { site: SITE, id: 123, status: 'publish', title: 'Old post', content: 'Words', slug: 'old-post', link: `${SITE}/2013/01/10/old-post/`, date_gmt: '2013-01-10T20:15:40Z', old_slugs: ['older-post'], ...overrides };
  return expectJson(await call('/v1/admin/wordpress/posts', { method: 'POST', body }), 201);
}

const resolve = (url: string) => get(`/v1/resolve?url=${encodeURIComponent(url)}`, { redirect: 'manual' });

function expectMoved(res: Response, slug: string) {
  expect(res.status).toBe(301);
  expect(res.headers.get('Location')).toBe(`http://byline.test/v1/articles/${slug}`);
}

beforeEach(resetStorage);

describe('GET /v1/resolve', () => {
  it('answers 301 to the article for an imported permalink, in any scheme and with or without its slash', async () => {
    await importPost({});
    expectMoved(await resolve(`${SITE}/2013/01/10/old-post/`), 'old-post');
    expectMoved(await resolve('http://www.old.example.com/2013/01/10/old-post'), 'old-post');
  });

  it('answers 301 for ?p=123, as a whole URL or alone', async () => {
    await importPost({});
    expectMoved(await resolve(`${SITE}/?p=123`), 'old-post');
    expectMoved(await resolve('?p=123'), 'old-post');
  });

  it('answers 301 for the post\'s slug and its old WordPress slugs, and for an article\'s slug before a rename', async () => {
    await importPost({ slug: 'old-post' });
    expectMoved(await resolve('older-post'), 'old-post');
    expectMoved(await resolve(`${SITE}/2012/12/31/older-post/`), 'old-post');
    const [article] = await createArticles([{ slug: 'byline-first', status: 'published' }]);
    const { data } = await expectJson(await call(`/v1/admin/articles/${article!.id}`), 200);
    await expectJson(await call(`/v1/admin/articles/${article!.id}`, { method: 'PATCH', headers: { 'If-Match': `"${data.version}"` }, body: { slug: 'byline-renamed' } }), 200);
    expectMoved(await resolve('byline-first'), 'byline-renamed');
  });

  it('answers 404 for an unknown address and for a post that is not public', async () => {
    expect((await resolve(`${SITE}/?p=999`)).status).toBe(404);
    expect((await resolve('https://elsewhere.example/nothing-here/')).status).toBe(404);
    await importPost({ id: 7, slug: 'draft-post', status: 'draft', link: `${SITE}/?p=7` });
    const res = await resolve(`${SITE}/?p=7`);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('answers 404 for an article under embargo, even by a slug it had before a rename (no leak of its new slug)', async () => {
    const [article] = await createArticles([{ slug: 'held-first', status: 'published', embargoed_until: '2099-01-01T00:00:00Z' }]);
    const { data } = await expectJson(await call(`/v1/admin/articles/${article!.id}`), 200);
    await expectJson(await call(`/v1/admin/articles/${article!.id}`, { method: 'PATCH', headers: { 'If-Match': `"${data.version}"` }, body: { slug: 'held-secret-name' } }), 200);
    for (const address of ['held-first', 'held-secret-name', article!.id]) {
      const res = await resolve(address);
      expect(res.status, address).toBe(404);
      expect(res.headers.get('Location'), address).toBeNull();
    }
  });

  it('answers 410 for a withdrawn article', async () => {
    await importPost({});
    await expectJson(await call('/v1/admin/wordpress/posts', { method: 'POST', body: { site: SITE, id: 123, status: 'trash', title: 'Old post', content: 'Words', slug: 'old-post', link: `${SITE}/2013/01/10/old-post/`, date_gmt: '2013-01-10T20:15:40Z', old_slugs: ['older-post'] } }), 200);
    expect((await resolve(`${SITE}/?p=123`)).status).toBe(410);
  });

  it('answers 400 naming url when it is missing, and naming an unknown parameter', async () => {
    const missing = await expectJson(await get('/v1/resolve'), 400);
    expect(missing.errors[0].path).toBe('url');
    const unknown = await expectJson(await get('/v1/resolve?url=x&to=y'), 400);
    expect(unknown.errors.map((error: { path: string }) => error.path)).toEqual(['to']);
  });
});
