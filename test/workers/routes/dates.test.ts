import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../../src/index';
import { parseTimestamp } from '../../../src/content/time';
import { call, createArticle, expectJson } from '../helpers/admin';
import { createArticles, get, resetStorage } from '../helpers/articles';

const OLDEST = '0000-01-01T00:00:00Z';
const LATEST = '9999-12-31T23:59:59Z';
const body = '<p>Dated.</p>';

beforeAll(async () => {
  await resetStorage();
  // Two articles at each end of the stored range, so a limit=1 page there has a next_cursor.
  await createArticles([
    { slug: 'oldest-a', published_at: OLDEST },
    { slug: 'oldest-b', published_at: OLDEST },
    { slug: 'early', published_at: '0001-06-01T00:00:00Z' },
    { slug: 'today', published_at: '2024-02-29T12:00:00Z' },
    { slug: 'late', published_at: '9999-06-01T00:00:00Z' },
    { slug: 'latest-a', published_at: LATEST },
    { slug: 'latest-b', published_at: LATEST },
  ]);
});

const runCron = (iso: string) => worker.scheduled(createScheduledController({ scheduledTime: new Date(iso), cron: '* * * * *' }), env);

describe('publish_at outside years 0000–9999', () => {
  it('answers 422 on publish_at for 9999-12-31T23:59:59-23:59, and the next cron run publishes nothing', async () => {
    const problem = await expectJson(
      await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Far Future', body_html: body, publish_at: '9999-12-31T23:59:59-23:59' } }),
      422,
    );
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['publish_at']);
    await runCron(new Date().toISOString());
    expect((await get('/v1/articles/far-future')).status).toBe(404);
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM articles WHERE slug = 'far-future'").first<{ n: number }>())!;
    expect(n).toBe(0);
  });

  it('answers 422 on publish_at when updating or publishing with a date beyond either end', async () => {
    const article = await createArticle({ headline: 'Draft', body_html: body });
    for (const publish_at of ['9999-12-31T23:59:59-00:01', '0000-01-01T00:00:00+00:01']) {
      const patched = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { publish_at }, headers: { 'If-Match': '"1"' } });
      expect((await expectJson(patched, 422)).errors[0].path).toBe('publish_at');
      const published = await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST', body: { publish_at } });
      expect((await expectJson(published, 422)).errors[0].path).toBe('publish_at');
    }
  });

  it('schedules at the latest accepted instant and publishes it only then', async () => {
    const article = await createArticle({ headline: 'At The End', body_html: body, publish_at: '9999-12-31T00:00:59-23:59' });
    expect(article).toMatchObject({ status: 'scheduled', publish_at: LATEST });
    await runCron(new Date().toISOString());
    expect((await get('/v1/articles/at-the-end')).status).toBe(404);
    await runCron('9999-12-31T23:59:58Z');
    expect((await get('/v1/articles/at-the-end')).status).toBe(404);
    await runCron(LATEST);
    expect((await expectJson(await get('/v1/articles/at-the-end'), 200)).data.published_at).toBe(LATEST);
  });
});

describe('since and until outside years 0000–9999', () => {
  it.each([
    ['since', '9999-12-31T23:59:59-23:59'],
    ['until', '0000-01-01T00:00:00+00:01'],
    ['until', '10000-01-01'],
    ['since', '2016-12-31T23:59:60Z'],
  ])('answers 400 naming %s for %s', async (field, value) => {
    const problem = await expectJson(await get(`/v1/articles?${field}=${encodeURIComponent(value)}`), 400);
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([field]);
  });
});

/** Walks a list to its end; the statuses of every page. */
async function walk(query: string): Promise<number[]> {
  const statuses: number[] = [];
  let cursor: string | null = null;
  do {
    const res = await get(`/v1/articles?${query}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    statuses.push(res.status);
    cursor = res.status === 200 ? ((await res.json()) as { next_cursor: string | null }).next_cursor : null;
  } while (cursor && statuses.length < 50);
  return statuses;
}

describe('cursors at the ends of the range', () => {
  it('takes back the next_cursor of a year-0 until and of a year-9999 since', async () => {
    expect(await walk('until=0000-01-01')).toEqual([200, 200]);
    expect(await walk('since=9999-12-31T23:59:59Z')).toEqual([200, 200, 200]);
  });

  it('never answers 400 walking next_cursor for any since and until it accepted', async () => {
    const near = (year: string) =>
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('Z', 'z', '+23:59', '-23:59', '+00:01', '-00:01'))
        .map(([h, m, zone]) => `${year}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:59${zone}`);
    const bound = fc.option(fc.oneof(near('0000-01-01'), near('9999-12-31'), fc.constantFrom('0000-01-01', '9999-12-31', '0001-06-01', '2024-02-29')), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(bound, bound, async (since, until) => {
        const query = new URLSearchParams();
        if (since !== undefined) query.set('since', since);
        if (until !== undefined) query.set('until', until);
        const accepted = (since === undefined || parseTimestamp(since, 'from') !== null) && (until === undefined || parseTimestamp(until, 'until') !== null);
        const statuses = await walk(query.toString());
        expect(statuses.every((status) => status === (accepted ? 200 : 400))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
