import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../../src/index';
import { SLUG_PATTERN } from '../../../src/content/slug';
import { ROOT, call, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { withPatternLimit } from '../helpers/d1-limits';
import { CONCURRENCY, atOnce, expectHistoryIntact, tally } from '../properties/concurrency';

beforeAll(resetStorage);

const body = '<p>Nairobi opened the first line of its bus rapid transit network on Monday.</p>';
const SLOW = 60_000;

/** Creates through a Worker whose D1 refuses LIKE/GLOB patterns over 50 bytes, as production D1 does. */
function createUnderPatternLimit(headline: string): Promise<Response> {
  const init = {
    method: 'POST',
    headers: { Authorization: `Bearer ${ROOT}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ headline, body_html: body }),
  };
  return Promise.resolve(app.request('http://byline.test/v1/admin/articles', init, { ...env, DB: withPatternLimit(env.DB) }));
}

const suffixed = (base: string, n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? base : `${base}-${i + 1}`));

describe('slugs made from headlines', () => {
  it("creates the README's headline, whose slug is 46 characters, under D1's 50-byte pattern limit", async () => {
    const first = await expectJson(await createUnderPatternLimit('Nairobi Opens Its First Bus Rapid Transit Line'), 201);
    const second = await expectJson(await createUnderPatternLimit('Nairobi Opens Its First Bus Rapid Transit Line'), 201);
    expect([first.data.slug, second.data.slug]).toEqual(['nairobi-opens-its-first-bus-rapid-transit-line', 'nairobi-opens-its-first-bus-rapid-transit-line-2']);
  });

  it('creates 300-character headlines again and again with -2, -3…, every slug valid and within 120 characters', { timeout: SLOW }, async () => {
    const headlines = ['a'.repeat(300), `${'Transit '.repeat(37)}Line`.slice(0, 300)];
    for (const headline of headlines) {
      const slugs: string[] = [];
      for (let i = 0; i < CONCURRENCY; i++) slugs.push((await expectJson(await createUnderPatternLimit(headline), 201)).data.slug);
      const base = slugs[0]!;
      expect(base.length).toBeLessThanOrEqual(80);
      expect(slugs).toEqual(suffixed(base, CONCURRENCY));
      for (const slug of slugs) {
        expect(slug.length).toBeLessThanOrEqual(120);
        expect(slug).toMatch(SLUG_PATTERN);
      }
    }
  });

  it('gives 20 simultaneous creates of one headline the slugs base, base-2 … base-20', { timeout: SLOW }, async () => {
    const answers = await atOnce(CONCURRENCY, () => call('/v1/admin/articles', { method: 'POST', body: { headline: 'Rush Hour', body_html: body } }));
    expect(tally(answers.map((res) => res.status))).toEqual({ 201: CONCURRENCY });
    const created = await Promise.all(answers.map(async (res) => (await res.json<{ data: { id: string; slug: string } }>()).data));
    expect(created.map((article) => article.slug).sort()).toEqual(suffixed('rush-hour', CONCURRENCY).sort());
    for (const article of created) expect(await expectHistoryIntact(article.id)).toHaveLength(1);
  });

  it('answers 409 to every simultaneous create of a taken explicit slug but one', async () => {
    const answers = await atOnce(5, () => call('/v1/admin/articles', { method: 'POST', body: { headline: 'Chosen', slug: 'chosen-slug', body_html: body } }));
    expect(tally(answers.map((res) => res.status))).toEqual({ 201: 1, 409: 4 });
    expect((await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Later', slug: 'chosen-slug', body_html: body } })).status).toBe(409);
  });
});
