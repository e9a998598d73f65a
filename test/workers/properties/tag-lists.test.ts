/**
 * Tag lists page exactly (test/workers/properties/paging.ts) now that they are read from a tag's
 * links in publication order (0013): one tag, two that meet, two that never meet, a tag and an
 * author, over articles that share published_at, whose ids do not sort in time order, with
 * drafts, withdrawn and deleted ones among them. The expected lists are worked out here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/content/ids';
import { type ArticleSpec, createArticles, resetStorage } from '../helpers/articles';
import { type PagedList, expectPagesExactly, walk } from './paging';

const TIMES = ['2023-09-01T12:00:00Z', '2023-09-02T08:30:00Z', '2023-09-03T00:00:00Z'];

function spec(i: number): ArticleSpec {
  const status = i % 9 === 4 ? 'draft' : i % 9 === 5 ? 'withdrawn' : 'published';
  return {
    id: newId('art', Date.UTC(2020, 0, 1) + ((i * 37) % 60) * 1000),
    slug: `tagged-${i}`,
    status,
    ...(status === 'draft' ? {} : { published_at: TIMES[i % 3] }),
    // even and odd never meet; even and third meet on i % 6 = 0.
    tags: [i % 2 === 0 ? 'even' : 'odd', ...(i % 3 === 0 ? ['third'] : [])],
    authors: [i % 4 === 0 ? 'ana' : 'ben'],
    deleted: i % 9 === 7,
  };
}

const specs = Array.from({ length: 60 }, (_, i) => spec(i));
const ids: string[] = [];

/** The public articles `keep` chooses, newest first (published_at, then id, descending). */
function expected(keep: (s: ArticleSpec) => boolean): string[] {
  return specs
    .map((s, i) => ({ s, id: ids[i]! }))
    .filter(({ s }) => s.status === 'published' && !s.deleted && keep(s))
    .sort((x, y) => (x.s.published_at! === y.s.published_at! ? (x.id < y.id ? 1 : -1) : x.s.published_at! < y.s.published_at! ? 1 : -1))
    .map(({ s }) => s.slug);
}

beforeAll(async () => {
  await resetStorage();
  ids.push(...(await createArticles(specs)).map((record) => record.id));
});

const has = (tag: string) => (s: ArticleSpec) => s.tags!.includes(tag);

describe('tag lists read from the links in publication order', () => {
  it.each<[string, string, (s: ArticleSpec) => boolean]>([
    ['one tag', 'tag=third', has('third')],
    ['two tags that meet', 'tag=even&tag=third', (s) => has('even')(s) && has('third')(s)],
    ['two tags that never meet', 'tag=even&tag=odd', () => false],
    ['a tag and an author', 'tag=even&author=ana', (s) => has('even')(s) && s.authors!.includes('ana')],
    ['a tag and an author that never meet', 'tag=odd&author=ana', () => false],
  ])('pages %s exactly, newest first, at every page size', async (name, query, keep) => {
    const list: PagedList<{ slug: string }> = { name, path: `/v1/articles?${query}`, key: (item) => item.slug, expected: expected(keep), exact: true };
    await expectPagesExactly(list, { runs: 4 });
    expect((await walk<{ slug: string }>(list, [2])).items.map(list.key)).toEqual(list.expected);
  });
});
