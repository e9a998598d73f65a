import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../../src/index';
import { toTimestamp } from '../../../src/content/time';
import { upsertSectionStatement } from '../../../src/db/article-writes';
import { liftEmbargoes } from '../../../src/syndication/embargo';
import { atOnce, expectHistoryIntact } from '../properties/concurrency';
import { expectPagesExactly } from '../properties/paging';
import { call, createArticle, expectJson } from '../helpers/admin';
import { createArticles, get, resetStorage } from '../helpers/articles';

// Far enough ahead that the write is valid whenever the test runs; the lift gets its own clock.
const UNTIL = toTimestamp(new Date(Date.now() + 3600_000));
const AFTER_UNTIL = toTimestamp(new Date(Date.parse(UNTIL) + 30_000));
const runCron = (iso: string) => worker.scheduled(createScheduledController({ scheduledTime: new Date(iso), cron: '* * * * *' }), env);

let open: any;
let secret: any;

beforeAll(async () => {
  await resetStorage();
  await env.DB.batch(['world', 'embargoed-only'].map((slug) => upsertSectionStatement(env.DB, { slug, name: slug, description: null }, '2024-01-01T00:00:00Z')));
  open = await createArticle({ headline: 'Summit opens', body_html: '<p>Leaders gather.</p>', status: 'published', section: 'world', tags: ['Summit'], authors: [{ slug: 'ann', name: 'Ann' }] });
  secret = await createArticle({
    headline: 'Summit communique zebrafinch', body_html: '<p>The zebrafinch accord.</p>', status: 'published', embargoed_until: UNTIL,
    section: 'embargoed-only', tags: ['Summit', 'Embargoed Only'], authors: [{ slug: 'eve', name: 'Eve' }],
  });
});

async function publicTexts(): Promise<Record<string, string>> {
  const paths = [
    '/v1/articles', '/v1/articles?q=zebrafinch', `/v1/articles/${open.slug}/related`, '/v1/feed.json', '/v1/feed.xml', '/sitemap.xml',
    '/sitemap-news.xml', '/v1/changes', '/v1/tags', '/v1/sections', '/v1/authors',
  ];
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await (await get(path)).text()])));
}

describe('an article under embargo', () => {
  it('is held as published with its release time, and the admin API shows the embargo', async () => {
    expect(secret).toMatchObject({ status: 'published', embargoed_until: UNTIL, published_at: UNTIL });
  });

  it('is invisible to the public in every route: lists, search, related, feeds, sitemaps, changes, taxonomy counts', async () => {
    for (const [path, text] of Object.entries(await publicTexts())) {
      expect(text, path).not.toContain(secret.id);
      expect(text, path).not.toContain(secret.slug);
      expect(text, path).not.toContain('zebrafinch');
      // Sections are the publisher's list, each shown with its count (below); tags and authors only when used.
      if (path !== '/v1/sections') expect(text, path).not.toContain('embargoed-only');
      expect(text, path).not.toMatch(/"eve"/);
    }
    const tags = await expectJson(await get('/v1/tags'), 200);
    expect(tags.data.find((t: any) => t.slug === 'summit')?.article_count).toBe(1);
    const sections = await expectJson(await get('/v1/sections'), 200);
    expect(sections.data.find((s: any) => s.slug === 'embargoed-only')?.article_count).toBe(0);
  });

  it('answers 404 by slug, id, oEmbed and card, as an unknown article would', async () => {
    for (const path of [`/v1/articles/${secret.slug}`, `/v1/articles/${secret.id}`, `/embed/${secret.slug}`, `/oembed?url=${encodeURIComponent(`http://byline.test/v1/articles/${secret.slug}`)}`]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('refuses an embargo in the past (422) and on an article already public (409)', async () => {
    const past = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Past', body_html: '<p>p</p>', embargoed_until: '2020-01-01T00:00:00Z' } }), 422);
    expect(past.errors.map((e: any) => e.path)).toEqual(['embargoed_until']);
    const live = await call(`/v1/admin/articles/${open.id}`, { method: 'PATCH', headers: { 'If-Match': '*' }, body: { embargoed_until: UNTIL } });
    expect(live.status).toBe(409);
  });

  it('pages the public list exactly around it', async () => {
    await expectPagesExactly({ name: 'public list with an embargo', path: '/v1/articles', key: (a: any) => a.slug, expected: [open.slug] }, { runs: 3 });
  });

  it('stays under embargo when the Cron Trigger runs before its time', async () => {
    await runCron(toTimestamp(new Date(Date.parse(UNTIL) - 60_000)));
    expect((await get(`/v1/articles/${secret.slug}`)).status).toBe(404);
  });

  it('becomes public at the first Cron Trigger after its time, with its change row and a new cache generation', async () => {
    // Read (and cache) the list first: the lift must start a new generation for it to show.
    expect((await expectJson(await get('/v1/articles'), 200)).data.map((a: any) => a.slug)).toEqual([open.slug]);
    await runCron(AFTER_UNTIL);
    const { data } = await expectJson(await get(`/v1/articles/${secret.slug}`), 200);
    expect(data).not.toHaveProperty('embargoed_until');
    expect(data.published_at).toBe(UNTIL);
    expect((await expectJson(await get('/v1/articles'), 200)).data.map((a: any) => a.slug)).toEqual([secret.slug, open.slug]);
    const changes = await expectJson(await get('/v1/changes'), 200);
    expect(changes.data.filter((c: any) => c.id === secret.id)).toEqual([expect.objectContaining({ change: 'upsert', at: AFTER_UNTIL })]);
    const row = await env.DB.prepare("SELECT event FROM changes WHERE article_id = ?1 ORDER BY id DESC LIMIT 1").bind(secret.id).first();
    expect(row).toEqual({ event: 'article.embargo_lifted' });
    expect((await expectJson(await get('/v1/articles?q=zebrafinch'), 200)).data.map((a: any) => a.slug)).toEqual([secret.slug]);
  });

  it('is lifted once by 20 Cron runs at once: one new version, one change row', async () => {
    const [held] = await createArticles([{ slug: 'held', embargoed_until: UNTIL, published_at: UNTIL }]);
    const lifted = await atOnce(20, () => liftEmbargoes(env.DB, AFTER_UNTIL));
    expect(lifted.flat()).toEqual([held!.id]);
    const { results } = await env.DB.prepare('SELECT version, event FROM changes WHERE article_id = ?1').bind(held!.id).all();
    expect(results).toEqual([{ version: 2, event: 'article.embargo_lifted' }]);
    expect(await liftEmbargoes(env.DB, AFTER_UNTIL)).toEqual([]);
  });
});

describe('embargo write history', () => {
  it('keeps the history whole through an embargoed publish and its lift', async () => {
    const draft = await createArticle({ headline: 'History', body_html: '<p>h</p>', embargoed_until: UNTIL });
    await expectJson(await call(`/v1/admin/articles/${draft.id}/publish`, { method: 'POST' }), 200);
    await liftEmbargoes(env.DB, AFTER_UNTIL);
    const history = await expectHistoryIntact(draft.id);
    expect(history.map((saved) => [saved.version, saved.article.embargoed_until, saved.article.published_at])).toEqual([
      [1, UNTIL, null],
      [2, UNTIL, UNTIL],
      [3, null, UNTIL],
    ]);
  });

  describe('once its time has passed but before the Cron Trigger has run', () => {
    afterEach(() => vi.useRealTimers());

    it('is lifted by a publish: a new version without the embargo, public at once', async () => {
      const held = await createArticle({ headline: 'Passed', body_html: '<p>p</p>', status: 'published', embargoed_until: UNTIL });
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(AFTER_UNTIL));
      const { data } = await expectJson(await call(`/v1/admin/articles/${held.id}/publish`, { method: 'POST' }), 200);
      expect(data).toMatchObject({ version: 2, status: 'published', embargoed_until: null, published_at: UNTIL });
      expect((await get(`/v1/articles/${held.slug}`)).status).toBe(200);
      expect(await liftEmbargoes(env.DB, AFTER_UNTIL)).not.toContain(held.id);
    });
  });
});
