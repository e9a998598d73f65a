import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { upsertSectionStatement } from '../../../src/db/article-writes';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

// A contract with `body: "excerpt"` is never sent a body: a search must not show one in its
// snippets, nor tell by its matches which words a body holds.
describe('search with a key whose contract gives excerpts only', () => {
  let excerptKey: string;
  const filler = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');

  beforeAll(async () => {
    await resetStorage();
    await env.DB.batch([upsertSectionStatement(env.DB, { slug: 'world', name: 'World', description: null }, '2024-01-01T00:00:00Z')]);
    for (const n of [1, 2, 3]) {
      await createArticle({
        headline: `Quiet story ${n}`,
        standfirst: `A standfirst about quokkas ${n}.`,
        body_html: `<p>${filler} the quokkasecret password is hunter${n} indeed.</p>`,
        section: 'world',
        status: 'published',
      });
    }
    const entitlements = { sections: ['world'], body: 'excerpt', embargo_access: false, syndication: ['allowed', 'restricted', 'none'] };
    const { data } = await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name: 'excerpts', role: 'partner', entitlements } }), 201);
    excerptKey = data.secret;
  });

  it('finds nothing by a word only the body holds, which a keyless search finds', async () => {
    const keyless = await expectJson(await call('/v1/articles?q=quokkasecret', { token: null }), 200);
    expect(keyless.data).toHaveLength(3);
    expect(keyless.data[0].snippet).toContain('hunter');
    const excerpt = await expectJson(await call('/v1/articles?q=quokkasecret', { token: excerptKey }), 200);
    expect(excerpt.data).toEqual([]);
  });

  it('finds by the headline and the standfirst, with snippets from them alone, in JSON and in ninjs', async () => {
    for (const q of ['quiet', 'quokkas']) {
      const found = await expectJson(await call(`/v1/articles?q=${q}`, { token: excerptKey }), 200);
      expect(found.data, q).toHaveLength(3);
      for (const item of found.data) {
        expect(item.snippet, q).toMatch(/<mark>/);
        expect(JSON.stringify(item), q).not.toMatch(/hunter|word100/);
      }
    }
    const ninjs = await call('/v1/articles?q=quiet', { token: excerptKey, headers: { Accept: 'application/ninjs+json' } });
    expect(ninjs.status).toBe(200);
    expect(await ninjs.text()).not.toMatch(/hunter|word100/);
  });

  it('pages a search one article at a time to the end, each article once', async () => {
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { slug: string }[]; next_cursor: string | null } = await expectJson(await call(`/v1/articles?q=quiet&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token: excerptKey }), 200);
      slugs.push(...page.data.map((item) => item.slug));
      cursor = page.next_cursor;
    } while (cursor);
    expect(slugs.sort()).toEqual(['quiet-story-1', 'quiet-story-2', 'quiet-story-3']);
  });
});
