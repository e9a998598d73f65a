import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../../src/index';
import { isBookmark } from '../../../src/storage/d1-session';
import { forgetGeneration } from '../../../src/storage/generation';
import { ROOT, call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

const body = '<p>Session body.</p>';
const BOOKMARK = 'X-D1-Bookmark';

beforeAll(async () => {
  await resetStorage();
});

/** The real binding, recording the constraint of every session opened and every statement prepared outside one. */
function recordingD1(db: D1Database) {
  const sessions: (string | undefined)[] = [];
  const direct: string[] = [];
  const recorded = new Proxy(db, {
    get(target, prop) {
      if (prop === 'withSession') {
        return (constraint?: string) => {
          sessions.push(constraint);
          return target.withSession(constraint);
        };
      }
      if (prop === 'prepare') {
        return (sql: string) => {
          direct.push(sql);
          return target.prepare(sql);
        };
      }
      const member = Reflect.get(target, prop, target);
      return typeof member === 'function' ? member.bind(target) : member;
    },
  });
  return { recorded, sessions, direct };
}

async function fetchWith(db: D1Database, path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`http://byline.test${path}`, init);
  return worker.fetch(request as Parameters<typeof worker.fetch>[0], { ...env, DB: db }, createExecutionContext());
}

describe('D1 sessions', () => {
  it('answers X-D1-Bookmark on every admin write', async () => {
    const created = await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Bookmarked', body_html: body } });
    expect(created.status).toBe(201);
    const { id } = (await created.json<{ data: { id: string } }>()).data;
    const writes = [
      created,
      await call(`/v1/admin/articles/${id}`, { method: 'PATCH', headers: { 'If-Match': '"1"' }, body: { headline: 'Bookmarked Again' } }),
      await call(`/v1/admin/articles/${id}/publish`, { method: 'POST', body: {} }),
      await call(`/v1/admin/articles/${id}/withdraw`, { method: 'POST', body: { reason: 'Legal' } }),
      await call(`/v1/admin/articles/${id}`, { method: 'DELETE' }),
      await call('/v1/admin/keys', { method: 'POST', body: { name: 'k', role: 'partner', allowed_origins: [] } }),
    ];
    for (const res of writes) {
      expect(res.status).toBeLessThan(300);
      expect(isBookmark(res.headers.get(BOOKMARK) ?? '')).toBe(true);
    }
    // Each write is later than the one before it.
    const marks = writes.map((res) => res.headers.get(BOOKMARK)!);
    expect([...marks].sort()).toEqual(marks);
  });

  it('runs keyless reads on an unconstrained session, the admin API on the primary, and a sent bookmark at that bookmark', async () => {
    const article = await createArticle({ headline: 'Session Routed', body_html: body, status: 'published' });
    const write = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', headers: { 'If-Match': '"1"' }, body: { standfirst: 'Dek' } });
    const bookmark = write.headers.get(BOOKMARK)!;

    const { recorded, sessions, direct } = recordingD1(env.DB);
    expect((await fetchWith(recorded, '/v1/articles?limit=3')).status).toBe(200);
    expect((await fetchWith(recorded, '/v1/admin/articles?limit=3', { headers: { Authorization: `Bearer ${ROOT}` } })).status).toBe(200);
    expect((await fetchWith(recorded, '/v1/sections', { headers: { [BOOKMARK]: bookmark } })).status).toBe(200);
    // Keyless reads start at the bookmark this isolate's cache generation was seen at, else anywhere.
    expect(sessions[0] === 'first-unconstrained' || isBookmark(sessions[0] ?? '')).toBe(true);
    expect(sessions.slice(1)).toEqual(['first-primary', bookmark]);
    expect(direct).toEqual([]);
  });

  it('starts keyless sessions no earlier than the write this isolate last caches under', async () => {
    forgetGeneration();
    const { recorded, sessions } = recordingD1(env.DB);
    await (await fetchWith(recorded, '/v1/tags')).arrayBuffer();
    expect(sessions).toEqual(['first-unconstrained']);
    const write = await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Floor Setter', body_html: body, status: 'published' } });
    await (await fetchWith(recorded, '/v1/tags?limit=2')).arrayBuffer();
    // The bookmark of the write's batch itself (its answer's is later still: it reads the article back).
    expect(isBookmark(sessions[1] ?? '')).toBe(true);
    expect(sessions[1]! <= write.headers.get(BOOKMARK)!).toBe(true);
  });

  it('reads at least the state of a sent bookmark, even where this isolate has an older copy cached', async () => {
    const article = await createArticle({ headline: 'Before Elsewhere', body_html: body, status: 'published' });
    const path = `/v1/articles/${article.slug}`;
    expect(await headlineOf(await get(path))).toBe('Before Elsewhere');
    expect((await get(path)).headers.get('Cache-Status')).toContain('hit');

    // Another isolate (or location) writes: this one does not hear of it for up to GENERATION_TTL_MS.
    const elsewhere = env.DB.withSession('first-primary');
    await elsewhere.batch([
      elsewhere.prepare("UPDATE articles SET headline = 'After Elsewhere' WHERE id = ?1").bind(article.id),
      elsewhere.prepare('UPDATE cache_state SET generation = generation + 1 WHERE id = 1'),
    ]);
    const bookmark = elsewhere.getBookmark()!;
    expect(await headlineOf(await get(path))).toBe('Before Elsewhere');

    const fresh = await get(path, { headers: { [BOOKMARK]: bookmark } });
    expect(await headlineOf(fresh)).toBe('After Elsewhere');
    expect(fresh.headers.get('Cache-Status')).toContain('miss');
    // Conditional requests with the bookmark are checked against the same fresh state.
    const conditional = await get(path, { headers: { [BOOKMARK]: bookmark, 'If-None-Match': fresh.headers.get('ETag')! } });
    expect(conditional.status).toBe(304);
  });

  it.each([
    ['garbage'],
    ['00000000-0000000c-00000000'],
    ['0000000z-00000009-00000000-00000000000000000000000000000000'],
  ])('answers 400 naming X-D1-Bookmark when it is %j, on public and admin requests', async (value) => {
    for (const res of [await get('/v1/articles', { headers: { [BOOKMARK]: value } }), await call('/v1/admin/articles', { headers: { [BOOKMARK]: value } })]) {
      const problem = await expectJson(res, 400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(problem.errors).toEqual([{ path: BOOKMARK, message: expect.any(String) }]);
    }
  });

  it('keeps answers to a read with a bookmark or a key out of shared caches', async () => {
    const { data } = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Private Edge', body_html: body, status: 'published' } }), 201);
    const bookmark = (await call(`/v1/admin/articles/${data.id}`)).headers.get(BOOKMARK)!;
    expect((await get('/v1/articles/private-edge')).headers.get('CDN-Cache-Control')).toMatch(/^public/);
    expect((await get('/v1/articles/private-edge', { headers: { [BOOKMARK]: bookmark } })).headers.get('CDN-Cache-Control')).toBe('private');
    expect((await call('/v1/articles/private-edge')).headers.get('CDN-Cache-Control')).toBe('private');
  });
});

async function headlineOf(res: Response): Promise<string> {
  return (await expectJson<{ data: { headline: string } }>(res, 200)).data.headline;
}
