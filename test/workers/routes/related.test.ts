import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE_POLICIES } from '../../../src/app/cache-policy';
import { call, expectJson } from '../helpers/admin';
import { type ArticleSpec, createArticles, get, resetStorage } from '../helpers/articles';

const TARGET: ArticleSpec = {
  slug: 'target',
  headline: 'Kenya and Haiti discuss the deployment of police',
  body_html: '<p>Talks went on.</p>',
  tags: ['Kenya', 'Haiti', 'United Nations'],
  published_at: '2023-09-10T00:00:00Z',
};

const RELATED: ArticleSpec[] = [
  { slug: 'three-tags', headline: 'Budget vote', tags: ['Kenya', 'Haiti', 'United Nations'], published_at: '2023-09-01T00:00:00Z' },
  { slug: 'two-tags', headline: 'Harvest report', tags: ['Haiti', 'United Nations'], published_at: '2023-09-02T00:00:00Z' },
  { slug: 'one-tag-and-words', headline: 'Police deployment in Haiti delayed', tags: ['Kenya'], published_at: '2023-09-03T00:00:00Z' },
  { slug: 'one-tag-newer', headline: 'Marathon results', tags: ['Kenya'], published_at: '2023-09-09T00:00:00Z' },
  { slug: 'one-tag-older', headline: 'Tea prices', tags: ['Kenya'], published_at: '2023-08-01T00:00:00Z' },
  { slug: 'headline-words', headline: 'Haiti awaits police deployment', published_at: '2023-09-04T00:00:00Z' },
  { slug: 'body-words', headline: 'Weekly roundup', body_html: '<p>Among other things, Haiti was mentioned.</p>', published_at: '2023-09-05T00:00:00Z' },
  { slug: 'unrelated', headline: 'Gardening tips', tags: ['Gardens'], published_at: '2023-09-06T00:00:00Z' },
];

const HIDDEN: ArticleSpec[] = [
  { slug: 'hidden-draft', status: 'draft', headline: 'Kenya Haiti deployment police', tags: ['Kenya', 'Haiti', 'United Nations'] },
  { slug: 'hidden-scheduled', status: 'scheduled', headline: 'Kenya Haiti deployment police', tags: ['Kenya', 'Haiti'] },
  {
    slug: 'hidden-withdrawn',
    status: 'withdrawn',
    withdrawn_reason: 'Legal',
    headline: 'Kenya Haiti deployment police',
    tags: ['Kenya', 'Haiti', 'United Nations'],
    published_at: '2023-09-08T00:00:00Z',
  },
  { slug: 'hidden-deleted', deleted: true, headline: 'Kenya Haiti deployment police', tags: ['Kenya', 'Haiti'], published_at: '2023-09-08T00:00:00Z' },
];

beforeAll(async () => {
  await resetStorage();
  await createArticles([TARGET, ...RELATED, ...HIDDEN]);
});

const related = async (path: string) => (await expectJson<{ data: { slug: string }[]; next_cursor: null }>(await get(path), 200));
const slugs = async (path: string) => (await related(path)).data.map((item) => item.slug);

describe('GET /v1/articles/{slug}/related', () => {
  it('ranks by shared tags, then by the headline words, then newest; five by default', async () => {
    expect(await slugs('/v1/articles/target/related')).toEqual(['three-tags', 'two-tags', 'one-tag-and-words', 'one-tag-newer', 'one-tag-older']);
  });

  it('continues with articles that share only words, a headline match before a body match', async () => {
    expect(await slugs('/v1/articles/target/related?limit=20')).toEqual([
      'three-tags', 'two-tags', 'one-tag-and-words', 'one-tag-newer', 'one-tag-older', 'headline-words', 'body-words',
    ]);
  });

  it('never lists the article itself, anything unrelated, or anything not public', async () => {
    const found = await slugs('/v1/articles/target/related?limit=20');
    expect(found).not.toContain('target');
    expect(found).not.toContain('unrelated');
    expect(found.filter((slug) => slug.startsWith('hidden-'))).toEqual([]);
  });

  it('answers list items without bodies, in the list envelope', async () => {
    const body = await related('/v1/articles/target/related?limit=1');
    expect(body.next_cursor).toBeNull();
    expect(body.data[0]).toMatchObject({ slug: 'three-tags', tags: expect.any(Array) });
    expect(body.data[0]).not.toHaveProperty('body_html');
    expect(body.data[0]).not.toHaveProperty('status');
  });

  it('answers 404 for an unknown slug or an unpublished article, 410 for a withdrawn one', async () => {
    expect((await get('/v1/articles/nope/related')).status).toBe(404);
    expect((await get('/v1/articles/hidden-draft/related')).status).toBe(404);
    expect((await get('/v1/articles/hidden-deleted/related')).status).toBe(404);
    const gone = await expectJson(await get('/v1/articles/hidden-withdrawn/related'), 410);
    expect(gone).toMatchObject({ status: 410, withdrawn_reason: 'Legal' });
  });

  it('answers 400 on limit outside 1–20', async () => {
    for (const limit of ['0', '21', 'x', '2.5']) {
      const body = await expectJson(await get(`/v1/articles/target/related?limit=${limit}`), 400);
      expect(body.errors[0].path).toBe('limit');
    }
  });

  it('is cacheable: Cache-Control, a strong ETag, and 304 on If-None-Match', async () => {
    const res = await get('/v1/articles/target/related');
    expect(res.headers.get('Cache-Control')).toBe(CACHE_POLICIES.list);
    const etag = res.headers.get('ETag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await get('/v1/articles/target/related', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('follows a change of tags made through the admin API', async () => {
    const [target] = (await expectJson(await call('/v1/admin/articles?status=published&limit=100'), 200)).data.filter(
      (a: { slug: string }) => a.slug === 'unrelated',
    );
    const res = await call(`/v1/admin/articles/${target.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${target.version}"` },
      body: { tags: ['Kenya', 'Haiti', 'United Nations', 'Gardens'] },
    });
    await expectJson(res, 200);
    expect((await slugs('/v1/articles/target/related?limit=2')).sort()).toEqual(['three-tags', 'unrelated']);
  });
});
