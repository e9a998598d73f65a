import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { atOnce, tally } from '../properties/concurrency';

const SITE = 'https://old.example.com';

function post(overrides: Record<string, unknown> = {}) {
  return {
    site: SITE,
    id: 123,
    status: 'publish',
    title: 'Kenya &amp; Haiti <em>talk</em>',
    content: 'First paragraph\n\n[caption id="attachment_9"]<img src="https://old.example.com/wp-content/uploads/a.jpg" alt="A" /> Caption[/caption]',
    slug: 'kenya-haiti-talk',
    link: `${SITE}/2023/09/20/kenya-haiti-talk/`,
    date_gmt: '2023-09-20T14:05:00Z',
    modified_gmt: '2023-09-21T08:00:00Z',
    author: { slug: 'jane', name: 'Jane Doe' },
    categories: [{ slug: 'news', name: 'News' }, { slug: 'world', name: 'World' }],
    primary_category: 'world',
    tags: [{ slug: 'kenya', name: 'Kenya' }],
    old_slugs: ['kenya-haiti'],
    ...overrides,
  };
}

async function importPost(body: unknown, query = ''): Promise<any> {
  const res = await call(`/v1/admin/wordpress/posts${query}`, { method: 'POST', body });
  return { status: res.status, ...(await res.json<any>()) };
}

beforeEach(resetStorage);

describe('POST /v1/admin/wordpress/posts', () => {
  it('creates a published article at the post\'s date, with its section, tags, author and converted body', async () => {
    const created = await importPost(post());
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ action: 'created', slug: 'kenya-haiti-talk', status: 'published', version: 1 });
    expect(created.data.warnings).toEqual(['image not imported, kept at its WordPress URL: https://old.example.com/wp-content/uploads/a.jpg']);
    const { data } = await expectJson(await get('/v1/articles/kenya-haiti-talk'), 200);
    expect(data).toMatchObject({
      headline: 'Kenya & Haiti talk',
      url: `${SITE}/2023/09/20/kenya-haiti-talk/`,
      published_at: '2023-09-20T14:05:00Z',
      section: { slug: 'world', name: 'World' },
      tags: [{ slug: 'news', name: 'News' }, { slug: 'kenya', name: 'Kenya' }],
      authors: [{ slug: 'jane', name: 'Jane Doe' }],
    });
    expect(data.body_html).toContain('<figcaption>Caption</figcaption>');
  });

  it('changes nothing when the same post comes again, and updates it when it changed', async () => {
    await importPost(post());
    const again = await importPost(post());
    expect(again.data).toMatchObject({ action: 'unchanged', version: 1 });
    const changes = await expectJson(await get('/v1/changes'), 200);
    expect(changes.data).toHaveLength(1);
    const edited = await importPost(post({ title: 'Kenya and Haiti talk', modified_gmt: '2023-09-22T08:00:00Z' }));
    expect(edited.data).toMatchObject({ action: 'updated', version: 2, slug: 'kenya-haiti-talk' });
  });

  it('writes no new version when only a term\'s name changed in WordPress (terms are matched by slug)', async () => {
    await importPost(post());
    const renamed = await importPost(post({ tags: [{ slug: 'kenya', name: 'Kenya (country)' }], modified_gmt: '2023-09-22T08:00:00Z' }));
    expect(renamed.data).toMatchObject({ action: 'unchanged', version: 1 });
    expect((await expectJson(await get('/v1/changes'), 200)).data).toHaveLength(1);
  });

  it('answers 20 sends of the same post at once as sent one after another: one created, 19 unchanged', async () => {
    const statuses = (await atOnce(20, () => call('/v1/admin/wordpress/posts', { method: 'POST', body: post() }))).map((res) => res.status);
    expect(tally(statuses)).toEqual({ 201: 1, 200: 19 });
    const count = async (table: string) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;
    expect([await count('articles'), await count('changes'), await count('revisions')]).toEqual([1, 1, 1]);
  });

  it('gives 20 different posts wanting one slug at once 20 articles, each with its own free slug', async () => {
    const results = await atOnce(20, (i) => importPost(post({ id: 100 + i, slug: 'same' })));
    expect(tally(results.map((result) => result.status))).toEqual({ 201: 20 });
    expect(new Set(results.map((result) => result.data.slug))).toEqual(new Set(['same', ...Array.from({ length: 19 }, (_, i) => `same-${i + 2}`)]));
  });

  it('writes nothing on a dry run, yet says what it would do', async () => {
    const dry = await importPost(post(), '?dry_run=true');
    expect(dry.status).toBe(200);
    expect(dry.data.action).toBe('created');
    expect((await get('/v1/articles/kenya-haiti-talk')).status).toBe(404);
  });

  it('withdraws a published article whose post went to the trash or back to draft', async () => {
    await importPost(post());
    const trashed = await importPost(post({ status: 'trash' }));
    expect(trashed.data).toMatchObject({ action: 'withdrawn', status: 'withdrawn' });
    expect((await get('/v1/articles/kenya-haiti-talk')).status).toBe(410);
    const republished = await importPost(post());
    expect(republished.data).toMatchObject({ action: 'updated', status: 'published' });
    const drafted = await importPost(post({ status: 'draft' }));
    expect(drafted.data.status).toBe('withdrawn');
  });

  it('maps future to scheduled, draft, pending and private to draft, and skips a trashed post it never had', async () => {
    expect((await importPost(post({ id: 1, slug: 'a', status: 'future', date_gmt: '2999-01-01T00:00:00Z' }))).data.status).toBe('scheduled');
    for (const [id, status] of [[2, 'draft'], [3, 'pending'], [4, 'private']] as const) {
      expect((await importPost(post({ id, slug: `p${id}`, status }))).data.status).toBe('draft');
    }
    expect((await importPost(post({ id: 5, slug: 'gone', status: 'trash' }))).data).toMatchObject({ action: 'skipped', article_id: null });
  });

  it('answers 422 naming body_html for content Byline refuses, and 422 naming the field of a malformed post', async () => {
    const refused = await importPost(post({ content: '<select><style>x</style></select>' }));
    expect(refused.status).toBe(422);
    expect(refused.errors[0].path).toBe('body_html');
    const malformed = await importPost({ ...post(), id: 'x' });
    expect(malformed.status).toBe(422);
    expect(malformed.errors[0].path).toBe('id');
  });

  it('is for admin keys only', async () => {
    expect((await call('/v1/admin/wordpress/posts', { method: 'POST', body: post(), token: null })).status).toBe(401);
  });
});
