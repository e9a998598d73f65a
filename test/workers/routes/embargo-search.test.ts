import { beforeAll, describe, expect, it } from 'vitest';
import { toTimestamp } from '../../../src/content/time';
import { expectPagesExactly } from '../properties/paging';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

const UNTIL = toTimestamp(new Date(Date.now() + 3600_000));

type Key = { secret: string } | null;
const keys: Record<string, Key> = { public: null };
let open: any;
let held: any;

async function partnerKey(entitlements: unknown): Promise<{ secret: string }> {
  const { data } = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'partner', role: 'partner', entitlements } }), 201);
  return { secret: data.secret };
}

/** The slugs `key` reads at `path`, in order. */
async function slugsAt(key: Key, path: string): Promise<string[]> {
  const res = await call(path, { token: key ? key.secret : null });
  return (await expectJson(res, 200)).data.map((article: { slug: string }) => article.slug);
}

beforeAll(async () => {
  await resetStorage();
  open = await createArticle({ headline: 'Quokka census opens', body_html: '<p>Counting the quokka.</p>', status: 'published' });
  held = await createArticle({ headline: 'Quokka census result', standfirst: 'Numbers under embargo.', body_html: '<p>The quokka count rose.</p>', status: 'published', embargoed_until: UNTIL });
  keys.embargo = await partnerKey({ embargo_access: true });
  keys['embargo, excerpts only'] = await partnerKey({ embargo_access: true, body: 'excerpt' });
  keys['no embargo access'] = await partnerKey({ embargo_access: false });
  keys['no embargo, excerpts only'] = await partnerKey({ embargo_access: false, body: 'excerpt' });
});

describe('search and lists under embargo', () => {
  it.each([
    ['embargo', true],
    ['embargo, excerpts only', true],
    ['no embargo access', false],
    ['no embargo, excerpts only', false],
    ['public', false],
  ])('finds in search what the list shows, for a key with %s', async (name, sees) => {
    const key = keys[name]!;
    const expected = sees ? [held.slug, open.slug] : [open.slug];
    const list = await slugsAt(key, '/v1/articles');
    expect(list).toEqual(expected);
    // Asked twice: the second answer comes from the cache, which must not cross contracts.
    for (let round = 0; round < 2; round++) {
      expect((await slugsAt(key, '/v1/articles?q=quokka')).sort(), `round ${round}`).toEqual([...expected].sort());
      expect(await slugsAt(key, '/v1/articles?q=result'), `round ${round}`).toEqual(sees ? [held.slug] : []);
      expect(await slugsAt(key, `/v1/articles?q=quokka&since=${UNTIL}`), `round ${round}`).toEqual(sees ? [held.slug] : []);
    }
  });

  it('gives a key with embargo access the same embargoed article whichever key searched first', async () => {
    const order: [string, boolean][] = [
      ['public', false],
      ['embargo', true],
      ['no embargo access', false],
      ['embargo', true],
    ];
    for (const [name, sees] of order) {
      expect(await slugsAt(keys[name]!, '/v1/articles?q=census+result'), name).toEqual(sees ? [held.slug] : []);
    }
  });

  it('marks the embargoed hit with embargoed_until in search as in the list', async () => {
    const searched = await expectJson(await call('/v1/articles?q=result', { token: keys.embargo!.secret }), 200);
    const listed = await expectJson(await call('/v1/articles', { token: keys.embargo!.secret }), 200);
    const inList = listed.data.find((article: { slug: string }) => article.slug === held.slug);
    expect(searched.data[0]).toMatchObject({ slug: held.slug, embargoed_until: UNTIL });
    const { snippet: _, ...hit } = searched.data[0];
    expect(hit).toEqual(inList);
    expect(searched.data[0].snippet).toContain('<mark>result</mark>');
  });

  it('pages a search over both indexes exactly, at any limit', async () => {
    const wombats: string[] = [];
    for (let i = 0; i < 9; i++) {
      const words = 'wombat '.repeat(1 + (i % 3));
      const article = await createArticle({ headline: `Burrow ${i}`, body_html: `<p>${words}burrow ${i}.</p>`, status: 'published', ...(i % 2 ? { embargoed_until: UNTIL } : {}) });
      wombats.push(article.slug);
    }
    const key = (article: { slug: string }) => article.slug;
    await expectPagesExactly({ name: 'search with embargo access', path: '/v1/articles?q=wombat', token: keys.embargo!.secret, key, expected: wombats }, { runs: 3 });
    const open = wombats.filter((_, i) => i % 2 === 0);
    await expectPagesExactly({ name: 'search without embargo access', path: '/v1/articles?q=wombat', token: keys['no embargo access']!.secret, key, expected: open }, { runs: 3 });
  });
});
