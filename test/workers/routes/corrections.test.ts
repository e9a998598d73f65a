import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

const FIRST = 'An earlier version of this article misspelled the minister’s name.';
const SECOND = 'The meeting was on Tuesday, not Monday.';
let article: any;

function patch(id: string, version: number | '*', body: unknown) {
  return call(`/v1/admin/articles/${id}`, { method: 'PATCH', headers: { 'If-Match': version === '*' ? '*' : `"${version}"` }, body });
}

async function lastChange(id: string) {
  const { data } = await expectJson(await get('/v1/changes?limit=1000'), 200);
  return data.filter((change: any) => change.id === id).at(-1);
}

beforeAll(async () => {
  await resetStorage();
  article = await createArticle({ headline: 'Ministers meet', body_html: '<p>They met.</p>', status: 'published' });
});

describe('corrections', () => {
  it('appends a PATCH’s correction with its time to the public list, and the feed says corrected', async () => {
    const { data } = await expectJson(await patch(article.id, 1, { body_html: '<p>They met on Tuesday.</p>', correction: { text: FIRST } }), 200);
    expect(data.corrections).toEqual([{ at: data.updated_at, text: FIRST }]);
    const pub = await expectJson(await get(`/v1/articles/${article.slug}`), 200);
    expect(pub.data.corrections).toEqual(data.corrections);
    expect(await lastChange(article.id)).toMatchObject({ change: 'corrected', version: 2 });
  });

  it('keeps every correction through later writes, oldest first, and a publish may add one too', async () => {
    await expectJson(await patch(article.id, '*', { headline: 'Ministers meet in Nairobi' }), 200);
    const { data } = await expectJson(
      await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST', body: { correction: { text: SECOND } } }),
      200,
    );
    expect(data.version).toBe(4);
    expect(data.corrections.map((c: any) => c.text)).toEqual([FIRST, SECOND]);
    expect(await lastChange(article.id)).toMatchObject({ change: 'corrected', version: 4 });
    const list = await expectJson(await get('/v1/articles'), 200);
    expect(list.data[0].corrections.map((c: any) => c.text)).toEqual([FIRST, SECOND]);
  });

  it('shows "Corrected on …" on the card and the corrections in both feeds', async () => {
    const html = await (await get(`/embed/${article.slug}`)).text();
    expect(html).toMatch(/<p class="corrected">Corrected on <time datetime="[^"]+">\d+ \w+ \d{4}<\/time>: The meeting was on Tuesday, not Monday\.<\/p>/);
    const json = (await (await get('/v1/feed.json')).json()) as any;
    expect(json.items[0]._byline.corrections.map((c: any) => c.text)).toEqual([FIRST, SECOND]);
    const xml = await (await get('/v1/feed.xml')).text();
    expect(xml).toMatch(/<byline:correction at="[^"]+">The meeting was on Tuesday, not Monday\.<\/byline:correction>/);
  });

  it('cannot set or remove corrections: the field is unknown to PATCH (400)', async () => {
    const problem = await expectJson(await patch(article.id, '*', { corrections: [] }), 400);
    expect(problem.errors.map((e: any) => e.path)).toContain('corrections');
    const { data } = await expectJson(await call(`/v1/admin/articles/${article.id}`), 200);
    expect(data.corrections).toHaveLength(2);
  });

  it('answers 422 on correction for an article that was never published, and on an empty text', async () => {
    const draft = await createArticle({ headline: 'Draft', body_html: '<p>d</p>' });
    const problem = await expectJson(await patch(draft.id, 1, { correction: { text: 'Nothing to correct.' } }), 422);
    expect(problem.errors.map((e: any) => e.path)).toEqual(['correction']);
    const publish = await expectJson(await call(`/v1/admin/articles/${draft.id}/publish`, { method: 'POST', body: { correction: { text: 'x' } } }), 422);
    expect(publish.errors.map((e: any) => e.path)).toEqual(['correction']);
    const empty = await expectJson(await patch(article.id, '*', { correction: { text: ' ' } }), 422);
    expect(empty.errors.map((e: any) => e.path)).toEqual(['correction.text']);
  });
});
