import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { toTimestamp } from '../../../src/content/time';
import { liftEmbargoes } from '../../../src/syndication/embargo';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

const UNTIL = toTimestamp(new Date(Date.now() + 3600_000));
beforeAll(resetStorage);

async function where(id: string): Promise<string[]> {
  const { results } = await env.DB.prepare(`SELECT 'public' AS i FROM article_search s JOIN article_search_docs d ON d.docid = s.rowid WHERE d.article_id = ?1
    UNION ALL SELECT 'embargo' FROM article_search_embargoed s JOIN article_search_docs d ON d.docid = s.rowid WHERE d.article_id = ?1`).bind(id).all<{ i: string }>();
  return results.map((r) => r.i);
}
const patch = (id: string, body: unknown) => call(`/v1/admin/articles/${id}`, { method: 'PATCH', body, headers: { 'If-Match': '*' } });

describe('which search index holds an embargoed article', () => {
  it('keeps it in the embargo index through edits and a slug change, moves it on lift or release, drops it on withdraw and delete', async () => {
    const a = await createArticle({ headline: 'Okapi', body_html: '<p>okapi</p>', status: 'published', embargoed_until: UNTIL });
    expect(await where(a.id)).toEqual(['embargo']);
    await expectJson(await patch(a.id, { headline: 'Okapi two', slug: 'okapi-two' }), 200);
    expect(await where(a.id)).toEqual(['embargo']);
    const { results } = await env.DB.prepare("SELECT rowid FROM article_search_embargoed WHERE article_search_embargoed MATCH 'two'").all();
    expect(results.length).toBe(1);
    await liftEmbargoes(env.DB, toTimestamp(new Date(Date.now() + 7200_000)));
    expect(await where(a.id)).toEqual(['public']);
    await expectJson(await call(`/v1/admin/articles/${a.id}/withdraw`, { method: 'POST', body: { reason: 'x' } }), 200);
    expect(await where(a.id)).toEqual([]);
    const b = await createArticle({ headline: 'Okapi three', body_html: '<p>okapi</p>', status: 'published', embargoed_until: UNTIL });
    await expectJson(await call(`/v1/admin/articles/${b.id}/withdraw`, { method: 'POST', body: { reason: 'x' } }), 200);
    expect(await where(b.id)).toEqual([]);
    const c = await createArticle({ headline: 'Okapi four', body_html: '<p>okapi</p>', status: 'published', embargoed_until: UNTIL });
    expect((await call(`/v1/admin/articles/${c.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await where(c.id)).toEqual([]);
    const d = await createArticle({ headline: 'Okapi five', body_html: '<p>okapi</p>', status: 'published', embargoed_until: UNTIL });
    await expectJson(await patch(d.id, { embargoed_until: null }), 200);
    expect(await where(d.id)).toEqual(['public']);
  });
});
