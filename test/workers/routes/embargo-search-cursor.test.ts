import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/content/cursor';
import { parseSearchQuery } from '../../../src/content/search-query';
import { toTimestamp } from '../../../src/content/time';
import { rankPosition } from '../../../src/routes/articles/articles.routes';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

const UNTIL = toTimestamp(new Date(Date.now() + 3600_000));

let hidden: { id: string };
let shown: { id: string };
let sportOnly: string;

/** A search cursor for `q` that continues after the article `id`, as anyone can make one (the checksum is no secret). */
function cursorAfter(q: string, id: string): string {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return encodeCursor('articles', rankPosition(parsed.query.match, id));
}

beforeAll(async () => {
  await resetStorage();
  for (const slug of ['sport', 'politics']) {
    await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES (?1, ?1, '2023-01-01T00:00:00Z')").bind(slug).run();
  }
  shown = await createArticle({ headline: 'Merger in the league', body_html: '<p>A merger.</p>', section: 'sport', status: 'published', embargoed_until: UNTIL });
  hidden = await createArticle({ headline: 'Merger of ministries', body_html: '<p>Zanzibar merger.</p>', section: 'politics', status: 'published', embargoed_until: UNTIL });
  const { data } = await expectJson(
    await call('/v1/admin/keys', { method: 'POST', body: { name: 'sport desk', role: 'partner', entitlements: { embargo_access: true, sections: ['sport'] } } }),
    201,
  );
  sportOnly = data.secret;
});

describe('a search cursor under embargo access', () => {
  it.each(['zanzibar', 'merger', 'nothing'])(
    'refuses a cursor after an embargoed article outside the contract as stale, for q=%s: whether it matches is not told',
    async (q) => {
      const res = await call(`/v1/articles?q=${q}&cursor=${cursorAfter(q, hidden.id)}`, { token: sportOnly });
      const problem = await expectJson(res, 400);
      expect(problem.errors).toEqual([{ path: 'cursor', message: expect.stringContaining('search again') }]);
    },
  );

  it('still continues after an embargoed article inside the contract', async () => {
    const res = await call(`/v1/articles?q=merger&cursor=${cursorAfter('merger', shown.id)}`, { token: sportOnly });
    expect((await expectJson(res, 200)).data).toEqual([]);
  });
});
