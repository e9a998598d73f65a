/**
 * Renames keep every slug working: after any sequence of creates and renames, each slug an
 * article ever had answers 200 (it is someone's slug now) or a single 301 to the current slug of
 * the article that gave it up last; and renames racing on one article keep its history whole.
 */
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';
import { concurrentWrites, tally } from './concurrency';

const ORIGIN = 'http://byline.test';
const body = '<p>Renamed.</p>';

type Op = { kind: 'create'; slug: number } | { kind: 'rename'; pick: number; slug: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), slug: fc.nat(5) }),
  { arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), slug: fc.nat(5) }), weight: 3 },
);

const read = (path: string) => get(path, { redirect: 'manual' });

/** Every slug in `slugs` answers as the model says: its owner now, else one 301 to the last one that gave it up. */
async function expectEverySlugResolves(slugs: Set<string>, live: Map<string, string>, history: { slug: string; id: string }[]): Promise<void> {
  const currentSlug = (id: string) => [...live].find(([, owner]) => owner === id)![0];
  for (const slug of slugs) {
    const owner = live.get(slug);
    const res = await read(`/v1/articles/${slug}`);
    if (owner) {
      expect((await expectJson(res, 200)).data.id, slug).toBe(owner);
      continue;
    }
    const lastToLeave = history.findLast((entry) => entry.slug === slug)!.id;
    expect(res.status, slug).toBe(301);
    const location = res.headers.get('Location')!;
    expect(location, slug).toBe(`${ORIGIN}/v1/articles/${currentSlug(lastToLeave)}`);
    const followed = await read(location.slice(ORIGIN.length));
    expect((await expectJson(followed, 200)).data.id, `${slug} → ${location}`).toBe(lastToLeave);
  }
  for (const id of live.values()) expect((await expectJson(await read(`/v1/articles/${id}`), 200)).data.id).toBe(id);
}

beforeAll(resetStorage);

describe('renames', () => {
  it('leave every slug an article ever had resolving to it, or to the article that owns it now', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        const name = (n: number) => `p${run}-s${n}`;
        run++;
        const live = new Map<string, string>(); // slug → article id, every article published
        const order: string[] = [];
        const history: { slug: string; id: string }[] = [];
        const slugs = new Set<string>();
        for (const step of ops) {
          const slug = name(step.slug);
          if (step.kind === 'create') {
            const res = await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Story', body_html: body, slug, status: 'published' } });
            if (live.has(slug)) {
              expect(res.status).toBe(409);
              await res.body?.cancel();
              continue;
            }
            const { data } = await expectJson(res, 201);
            live.set(slug, data.id);
            order.push(data.id);
            slugs.add(slug);
            continue;
          }
          const id = order[step.pick % Math.max(order.length, 1)];
          if (!id) continue;
          const from = [...live].find(([, owner]) => owner === id)![0];
          const res = await call(`/v1/admin/articles/${id}`, { method: 'PATCH', body: { slug }, headers: { 'If-Match': '*' } });
          const takenByOther = live.has(slug) && live.get(slug) !== id;
          expect(res.status, `${from} → ${slug}`).toBe(takenByOther ? 409 : 200);
          await res.body?.cancel();
          if (takenByOther || from === slug) continue;
          live.delete(from);
          live.set(slug, id);
          history.push({ slug: from, id });
          slugs.add(slug);
        }
        await expectEverySlugResolves(slugs, live, history);
      }),
      { numRuns: 20 },
    );
  });

  it('racing on one article each land once, and every slug they gave up redirects to the last', async () => {
    const article = await createArticle({ headline: 'Race', body_html: body, slug: 'race', status: 'published' });
    const rename = (i: number) => call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { slug: `race-${i}` }, headers: { 'If-Match': '*' } });
    const { statuses, history } = await concurrentWrites(article.id, rename);
    expect(tally(statuses)).toEqual({ 200: statuses.length });
    const slugs = history.map((saved) => saved.article.slug);
    const { results } = await env.DB.prepare('SELECT slug FROM slug_history WHERE article_id = ?1 ORDER BY id').bind(article.id).all<{ slug: string }>();
    expect(results.map((row) => row.slug)).toEqual(slugs.slice(0, -1));
    const current = slugs.at(-1)!;
    for (const slug of slugs.slice(0, -1)) {
      const res = await read(`/v1/articles/${slug}`);
      expect(res.status, slug).toBe(301);
      expect(res.headers.get('Location')).toBe(`${ORIGIN}/v1/articles/${current}`);
    }
    const { data: feed } = await expectJson(await get('/v1/changes?limit=1000'), 200);
    const renames = feed.filter((change: { id: string }) => change.id === article.id).map((change: { previous_slug: string | null }) => change.previous_slug);
    expect(renames).toEqual([null, ...slugs.slice(0, -1)]);
  });
});
