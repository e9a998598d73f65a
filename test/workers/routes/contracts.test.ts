import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { toTimestamp } from '../../../src/content/time';
import { upsertSectionStatement } from '../../../src/db/article-writes';
import { expectPagesExactly } from '../properties/paging';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

const UNTIL = toTimestamp(new Date(Date.now() + 3600_000));
const WORLD_ONLY = { sections: ['world'], body: 'excerpt', embargo_access: true, syndication: ['allowed', 'restricted'] };
const world: any[] = [];
const business: any[] = [];
let embargoed: any;
let none: any;
let partner: { id: string; secret: string };
let twin: { id: string; secret: string };

async function partnerKey(entitlements: unknown): Promise<{ id: string; secret: string }> {
  const { data } = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'partner', role: 'partner', entitlements } }), 201);
  return { id: data.id, secret: data.secret };
}
const as = (key: { secret: string } | null, path: string) => call(path, { token: key ? key.secret : null });

beforeAll(async () => {
  await resetStorage();
  await env.DB.batch(['world', 'business'].map((slug) => upsertSectionStatement(env.DB, { slug, name: slug, description: null }, '2024-01-01T00:00:00Z')));
  for (let i = 0; i < 5; i++) {
    world.push(await createArticle({ headline: `World story ${i}`, body_html: `<p>World body ${i}.</p>`, section: 'world', tags: ['Shared'], status: 'published' }));
    business.push(await createArticle({ headline: `Business story ${i}`, body_html: `<p>Business body ${i}.</p>`, section: 'business', tags: ['Shared'], status: 'published' }));
  }
  embargoed = await createArticle({ headline: 'World embargoed', body_html: '<p>Held.</p>', section: 'world', status: 'published', embargoed_until: UNTIL });
  none = await createArticle({ headline: 'World no syndication', body_html: '<p>Ours.</p>', section: 'world', status: 'published', rights: { syndication: 'none' } });
  partner = await partnerKey(WORLD_ONLY);
  // The same contract, spelled in another order.
  twin = await partnerKey({ syndication: ['restricted', 'allowed'], embargo_access: true, body: 'excerpt', sections: ['world'] });
});

describe('partner contracts on keys', () => {
  it('shows the contract on the key, and refuses an unknown section with 422 naming it', async () => {
    const { data } = await expectJson(await call('/v1/admin/keys'), 200);
    expect(data.find((k: any) => k.id === partner.id).entitlements).toEqual({ ...WORLD_ONLY, expires_at: null });
    const problem = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'x', role: 'partner', entitlements: { sections: ['world', 'nowhere'] } } }), 422);
    expect(problem.errors.map((e: any) => e.path)).toEqual(['entitlements.sections.1']);
  });

  it('lists exactly what the contract allows, with the embargoed article marked, privately cached', async () => {
    const res = await as(partner, '/v1/articles?limit=100');
    expect(res.headers.get('Cache-Control')).toMatch(/^private/);
    const { data } = await expectJson(res, 200);
    expect(data.map((a: any) => a.id).sort()).toEqual([...world.map((a) => a.id), embargoed.id].sort());
    expect(data.find((a: any) => a.id === embargoed.id).embargoed_until).toBe(UNTIL);
  });

  it('pages the contract exactly, with no gap or repeat', async () => {
    const expected = [...world.map((a) => a.slug), embargoed.slug];
    await expectPagesExactly({ name: 'partner list', path: '/v1/articles', key: (a: any) => a.slug, expected, token: partner.secret }, { runs: 3 });
  });

  it('answers 404 to the key for an article outside its contract, in every single-article route', async () => {
    for (const article of [business[0], none]) {
      for (const path of [`/v1/articles/${article.slug}`, `/v1/articles/${article.slug}/related`, `/embed/${article.slug}`, `/oembed?url=${encodeURIComponent(`http://byline.test/v1/articles/${article.slug}`)}`]) {
        expect((await as(partner, path)).status, path).toBe(404);
      }
    }
    expect((await as(partner, `/v1/articles/${embargoed.slug}`)).status).toBe(200);
  });

  it('never sends body_html or body_text to an excerpt contract, not even when asked', async () => {
    const single = await expectJson(await as(partner, `/v1/articles/${world[0].slug}?fields=headline,body_html,body_text`), 200);
    expect(single.data).toEqual({ headline: world[0].headline });
    const full = await expectJson(await as(partner, `/v1/articles/${world[0].slug}`), 200);
    expect(full.data).not.toHaveProperty('body_html');
    const feed = (await (await as(partner, '/v1/feed.json')).json()) as any;
    expect(feed.items.every((item: any) => !('content_html' in item))).toBe(true);
    const rss = await (await as(partner, '/v1/feed.xml')).text();
    expect(rss).not.toContain('<content:encoded>');
  });

  it('cuts search, related and the feeds to the contract', async () => {
    const search = await expectJson(await as(partner, '/v1/articles?q=story&limit=100'), 200);
    expect(search.data.map((a: any) => a.id).sort()).toEqual(world.map((a) => a.id).sort());
    const related = await expectJson(await as(partner, `/v1/articles/${world[0].slug}/related`), 200);
    expect(related.data.every((a: any) => a.section.slug === 'world')).toBe(true);
    const feed = (await (await as(partner, '/v1/feed.json')).json()) as any;
    expect(feed.items.map((i: any) => i.id).sort()).toEqual([...world.map((a) => a.id), embargoed.id].sort());
  });

  it("gives the change feed the contract's articles only", async () => {
    const { data } = await expectJson(await as(partner, '/v1/changes?limit=1000'), 200);
    expect([...new Set(data.map((c: any) => c.id))].sort()).toEqual([...world.map((a) => a.id), embargoed.id].sort());
  });

  it('shares cached answers between equal contracts, and the keyless read never gets the partner view', async () => {
    const first = await as(partner, '/v1/articles?limit=50');
    const second = await as(twin, '/v1/articles?limit=50');
    expect(second.headers.get('Cache-Status')).toMatch(/hit/);
    expect(await second.text()).toBe(await first.text());
    const keyless = await expectJson(await as(null, '/v1/articles?limit=50'), 200);
    expect(keyless.data.map((a: any) => a.id)).toContain(business[0].id);
    expect(keyless.data.map((a: any) => a.id)).not.toContain(embargoed.id);
    expect(keyless.data[0]).toHaveProperty('rights');
    const keylessSingle = await expectJson(await as(null, `/v1/articles/${world[0].slug}`), 200);
    expect(keylessSingle.data.body_html).toBe('<p>World body 0.</p>');
  });

  it("changes a key's contract with PATCH, effective on its next request", async () => {
    expect((await as(partner, `/v1/articles/${business[0].slug}`)).status).toBe(404);
    const { data } = await expectJson(await call(`/v1/admin/keys/${partner.id}`, { method: 'PATCH', body: { entitlements: { sections: ['business'] } } }), 200);
    expect(data.entitlements).toMatchObject({ sections: ['business'], body: 'full' });
    expect((await as(partner, `/v1/articles/${business[0].slug}`)).status).toBe(200);
    expect((await as(partner, `/v1/articles/${world[0].slug}`)).status).toBe(404);
    const unknown = await call('/v1/admin/keys/key_nope', { method: 'PATCH', body: { entitlements: null } });
    expect(unknown.status).toBe(404);
  });

  it('tells a contract of an article leaving it once, as deleted', async () => {
    const key = await partnerKey({ sections: ['world'] });
    const moving = await createArticle({ headline: 'Moving story', body_html: '<p>m</p>', section: 'world', status: 'published' });
    await expectJson(await call(`/v1/admin/articles/${moving.id}`, { method: 'PATCH', headers: { 'If-Match': '*' }, body: { section: 'business' } }), 200);
    await expectJson(await call(`/v1/admin/articles/${moving.id}`, { method: 'PATCH', headers: { 'If-Match': '*' }, body: { headline: 'Moved story' } }), 200);
    const { data } = await expectJson(await as(key, '/v1/changes?limit=1000'), 200);
    expect(data.filter((c: any) => c.id === moving.id).map((c: any) => c.change)).toEqual(['upsert', 'deleted']);
  });

  it('filters by a contract of 300 sections (one bound JSON array, within D1 limits)', async () => {
    const slugs = Array.from({ length: 300 }, (_, i) => `desk-${i}`);
    await env.DB.batch(slugs.map((slug) => upsertSectionStatement(env.DB, { slug, name: slug, description: null }, '2024-01-01T00:00:00Z')));
    const key = await partnerKey({ sections: [...slugs, 'world'], syndication: ['allowed'] });
    const { data } = await expectJson(await as(key, '/v1/articles?limit=100'), 200);
    expect(data.map((a: any) => a.id).sort()).toEqual(world.map((a) => a.id).sort());
    expect((await as(key, '/v1/changes')).status).toBe(200);
    expect((await as(key, '/v1/articles?q=story')).status).toBe(200);
  });

  it('answers 401 to an expired contract, never the public view', async () => {
    const key = await partnerKey({ expires_at: toTimestamp(new Date(Date.now() + 1500)) });
    expect((await as(key, '/v1/articles')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const res = await as(key, '/v1/articles');
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    expect((await call('/v1/articles', { token: 'byl_unknown_secret' })).status).toBe(401);
  });
});
