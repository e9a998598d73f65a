/**
 * Every paginated list pages exactly (test/workers/properties/paging.ts), over data built to
 * break a cursor: many rows share a published_at or updated_at, ids do not sort in time order,
 * articles change several times, and caching is on (repeat walks are answered from cache).
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/content/ids';
import { insertKeyStatement } from '../../../src/db/keys';
import { call, createArticle, createKey, expectJson } from '../helpers/admin';
import { type ArticleSpec, createArticles, resetStorage } from '../helpers/articles';
import { type PagedList, expectPagesExactly, walk } from './paging';

const PUBLISHED = ['2023-09-01T12:00:00Z', '2023-09-02T08:30:00Z', '2023-09-03T00:00:00Z', '2023-09-04T23:59:59Z'];
const UPDATED = ['2023-10-01T00:00:00Z', '2023-10-02T00:00:00Z', '2023-10-03T00:00:00Z'];
const SECTIONS = ['world', 'politics', 'sport'];
const TAGS = ['kenya', 'haiti', 'elections', 'climate', 'football'];
const AUTHORS = ['ana', 'ben', 'chloe', 'dev'];
const KEY_TIMES = ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-03T00:00:00Z'];

/** What the test knows about each article it wrote. */
interface Model {
  id: string;
  status: string;
  deleted: boolean;
  published_at: string | null;
  updated_at: string;
  section: string | null;
  tags: string[];
  authors: string[];
  text: string;
}

function spec(i: number): ArticleSpec {
  const status = i % 8 === 5 ? 'draft' : i % 8 === 6 ? 'withdrawn' : i % 11 === 3 ? 'scheduled' : 'published';
  return {
    // Id times are a permutation of the creation order, unrelated to published_at/updated_at.
    id: newId('art', Date.UTC(2020, 0, 1) + ((i * 29) % 48) * 1000),
    slug: `story-${i}`,
    headline: i % 6 === 0 ? `Harbour report ${i}` : `Story ${i}`,
    body_html: i % 2 === 0 ? '<p>News from the harbour today.</p>' : '<p>Other news today.</p>',
    status,
    ...(status === 'published' || status === 'withdrawn' ? { published_at: PUBLISHED[i % 4] } : {}),
    updated_at: UPDATED[i % 3],
    section: i % 5 === 0 ? null : SECTIONS[i % 3],
    tags: TAGS.filter((_, t) => ((i >> t) & 1) === 1),
    authors: [AUTHORS[i % 4]!, ...(i % 3 === 0 ? [AUTHORS[(i + 1) % 4]!] : [])],
    deleted: i % 8 === 7,
  };
}

const world = { articles: [] as Model[], changes: [] as string[], keys: [] as { id: string; created_at: string }[], often: '', gone: '' };

async function patch(id: string, version: number, body: Record<string, unknown>) {
  await expectJson(await call(`/v1/admin/articles/${id}`, { method: 'PATCH', body, headers: { 'If-Match': `"${version}"` } }), 200);
}

async function adminState(id: string): Promise<Model> {
  const { data } = await expectJson(await call(`/v1/admin/articles/${id}`), 200);
  return {
    id, status: data.status, deleted: false, published_at: data.published_at, updated_at: data.updated_at,
    section: null, tags: [], authors: [], text: data.headline,
  };
}

beforeAll(async () => {
  await resetStorage();
  const specs = Array.from({ length: 48 }, (_, i) => spec(i));
  const records = await createArticles(specs);
  world.articles = records.map((record, i) => ({
    id: record.id, status: record.status, deleted: !!record.deleted_at, published_at: record.published_at, updated_at: record.updated_at,
    section: specs[i]!.section ?? null, tags: specs[i]!.tags!, authors: specs[i]!.authors!, text: `${record.headline} ${record.body_text}`,
  }));

  // Through the admin API, so that the change feed and revisions have rows: two articles
  // changed several times in interleaved order, a draft published, a withdrawal and a delete.
  const gone = await createArticle({ headline: 'Feed first', body_html: '<p>x</p>', status: 'published' });
  const often = await createArticle({ headline: 'Feed second', body_html: '<p>x</p>', status: 'published' });
  const draft = await createArticle({ headline: 'Feed draft', body_html: '<p>x</p>' });
  const log = (id: string, version: number, change: string) => world.changes.push(`${id}@${version}:${change}`);
  log(gone.id, 1, 'upsert');
  log(often.id, 1, 'upsert');
  for (let version = 1; version <= 6; version++) {
    for (const id of [often.id, gone.id]) {
      await patch(id, version, { headline: `Feed ${id} ${version}` });
      log(id, version + 1, 'upsert');
    }
  }
  await expectJson(await call(`/v1/admin/articles/${draft.id}/publish`, { method: 'POST' }), 200);
  log(draft.id, 2, 'upsert');
  await expectJson(await call(`/v1/admin/articles/${gone.id}/withdraw`, { method: 'POST', body: { reason: 'x' } }), 200);
  log(gone.id, 8, 'withdrawn');
  expect((await call(`/v1/admin/articles/${gone.id}`, { method: 'DELETE' })).status).toBe(204);
  log(gone.id, 9, 'deleted');
  await patch(draft.id, 2, { headline: 'Feed draft, published' });
  log(draft.id, 3, 'upsert');
  world.often = often.id;
  world.gone = gone.id;
  world.articles.push(await adminState(often.id), await adminState(draft.id), { ...world.articles[0]!, id: gone.id, deleted: true });

  // Keys whose ids run against their creation times, several created in the same second.
  const keys = Array.from({ length: 12 }, (_, j) => ({
    id: newId('key', Date.UTC(2025, 0, 1) - j * 1000),
    name: `key ${j}`, role: 'partner' as const, prefix: `pagingkey${j.toString(36)}`, secret_hash: 'x', allowed_origins: '[]',
    created_at: KEY_TIMES[j % 3]!,
  }));
  await env.DB.batch(keys.map((key) => insertKeyStatement(env.DB, key)));
  world.keys = keys.map(({ id, created_at }) => ({ id, created_at }));
  for (const role of ['editor', 'partner'] as const) {
    const { id } = await createKey(role);
    world.keys.push({ id, created_at: (await adminKey(id)).created_at });
  }

  // Every term is used by a public article, so the lists hold whether or not they leave out unused ones.
  const live = world.articles.filter(isPublic);
  for (const section of SECTIONS) expect(live.some((a) => a.section === section)).toBe(true);
  for (const tag of TAGS) expect(live.some((a) => a.tags.includes(tag))).toBe(true);
  for (const author of AUTHORS) expect(live.some((a) => a.authors.includes(author))).toBe(true);
}, 30_000);

async function adminKey(id: string): Promise<{ created_at: string }> {
  const { items } = await walk<{ id: string; created_at: string }>({ path: '/v1/admin/keys', admin: true }, [100]);
  return items.find((key) => key.id === id)!;
}

const isPublic = (a: Model) => a.status === 'published' && !a.deleted;
const ids = (articles: Model[]) => articles.map((a) => a.id);
const newestFirst = (a: { published_at: string }, b: { published_at: string }) => a.published_at >= b.published_at;
const changedFirst = (a: { updated_at: string }, b: { updated_at: string }) => a.updated_at >= b.updated_at;
const byId = (item: { id: string }) => item.id;
const bySlug = (item: { slug: string }) => item.slug;
const NINJS = { Accept: 'application/ninjs+json' };
const byNinjsId = (item: { altIds: { value: string }[] }) => item.altIds[0]!.value;
const ninjsNewestFirst = (a: { firstCreated: string }, b: { firstCreated: string }) => a.firstCreated >= b.firstCreated;

type ListSpec = Omit<PagedList, 'name' | 'key'> & { key?: PagedList['key'] };

/** Each list with what it must give, from the model (built lazily: the model is filled in beforeAll). */
const LISTS: [string, () => ListSpec][] = [
  ['/v1/articles', () => ({ path: '/v1/articles', expected: ids(world.articles.filter(isPublic)), inOrder: newestFirst })],
  ...[
    ['section', 'section=world', (a: Model) => a.section === 'world'],
    ['tag', 'tag=kenya', (a: Model) => a.tags.includes('kenya')],
    ['two tags', 'tag=kenya&tag=haiti', (a: Model) => a.tags.includes('kenya') && a.tags.includes('haiti')],
    ['author', 'author=ben', (a: Model) => a.authors.includes('ben')],
    ['since/until', `since=${PUBLISHED[1]}&until=${PUBLISHED[2]}`, (a: Model) => a.published_at! >= PUBLISHED[1]! && a.published_at! <= PUBLISHED[2]!],
  ].map(([name, query, keep]) => [
    `/v1/articles by ${name}`,
    () => ({ path: `/v1/articles?${query}`, expected: ids(world.articles.filter((a) => isPublic(a) && (keep as (a: Model) => boolean)(a))), inOrder: newestFirst }),
  ] as [string, () => ListSpec]),
  // Ordered by relevance, which the test does not recompute: equal bodies tie on score.
  ['/v1/articles by q', () => ({ path: '/v1/articles?q=harbour', expected: ids(world.articles.filter((a) => isPublic(a) && /harbour/i.test(a.text))) })],
  ['/v1/articles by q and section', () => ({
    path: '/v1/articles?q=harbour&section=politics',
    expected: ids(world.articles.filter((a) => isPublic(a) && a.section === 'politics' && /harbour/i.test(a.text))),
  })],
  // The same lists in ninjs (Accept: application/ninjs+json): items identified by their Byline id.
  ['/v1/articles in ninjs', () => ({ path: '/v1/articles', headers: NINJS, key: byNinjsId, expected: ids(world.articles.filter(isPublic)), inOrder: ninjsNewestFirst })],
  ['/v1/articles by tag in ninjs', () => ({
    path: '/v1/articles?tag=kenya', headers: NINJS, key: byNinjsId, expected: ids(world.articles.filter((a) => isPublic(a) && a.tags.includes('kenya'))), inOrder: ninjsNewestFirst,
  })],
  ['/v1/articles by q in ninjs', () => ({ path: '/v1/articles?q=harbour', headers: NINJS, key: byNinjsId, expected: ids(world.articles.filter((a) => isPublic(a) && /harbour/i.test(a.text))) })],
  ['/v1/sections', () => ({ path: '/v1/sections', key: bySlug, expected: [...SECTIONS].sort(), exact: true })],
  ['/v1/tags', () => ({ path: '/v1/tags', key: bySlug, expected: [...TAGS].sort(), exact: true })],
  ['/v1/authors', () => ({ path: '/v1/authors', key: bySlug, expected: [...AUTHORS].sort(), exact: true })],
  ['/v1/changes', () => ({ path: '/v1/changes', key: (c: any) => `${c.id}@${c.version}:${c.change}`, expected: world.changes, exact: true })],
  ['/v1/admin/articles', () => ({ path: '/v1/admin/articles', admin: true, expected: ids(world.articles.filter((a) => !a.deleted)), inOrder: changedFirst })],
  ...['draft', 'scheduled', 'published', 'withdrawn'].map((status) => [
    `/v1/admin/articles by status=${status}`,
    () => ({ path: `/v1/admin/articles?status=${status}`, admin: true, expected: ids(world.articles.filter((a) => !a.deleted && a.status === status)), inOrder: changedFirst }),
  ] as [string, () => ListSpec]),
  ['/v1/admin/keys', () => ({ path: '/v1/admin/keys', admin: true, expected: world.keys.map(byId), inOrder: (a: any, b: any) => a.created_at >= b.created_at })],
  ['/v1/admin/articles/{id}/revisions', () => ({
    path: `/v1/admin/articles/${world.often}/revisions`, admin: true, key: (r: any) => String(r.version), expected: ['7', '6', '5', '4', '3', '2', '1'], exact: true,
  })],
  ['/v1/admin/articles/{id}/revisions of a deleted article', () => ({
    path: `/v1/admin/articles/${world.gone}/revisions`, admin: true, key: (r: any) => String(r.version), expected: ['9', '8', '7', '6', '5', '4', '3', '2', '1'], exact: true,
  })],
];

describe('every paginated list', () => {
  it.each(LISTS)('%s gives the same items in the same order at any limit, with no repeat and no gap', async (name, build) => {
    await expectPagesExactly({ name, key: byId, ...build() });
  }, 30_000);

  it('does not serve cached pages once a write changed the list', async () => {
    const list: PagedList = { name: '/v1/articles', key: byId, path: '/v1/articles', expected: ids(world.articles.filter(isPublic)), inOrder: newestFirst };
    await expectPagesExactly(list, { runs: 1 });
    const fresh = await createArticle({ headline: 'Fresh', body_html: '<p>x</p>', status: 'published' });
    await expectPagesExactly({ ...list, expected: [fresh.id, ...list.expected] }, { runs: 1 });
  }, 30_000);
});
