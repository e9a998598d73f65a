import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../src/content/search-query';
import type { PublicArticleFilter } from '../../../src/db/articles';
import { publicSearchQuery, SEARCH_WEIGHTS, searchPublishedArticles } from '../../../src/db/search';
import { type ArticleSpec, createArticles, resetStorage } from '../helpers/articles';

const match = (q: string) => {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query.match;
};

/** Every public hit of `q` with its docid and bm25 score, scored by hand: what a cap picks from. */
async function everyHit(q: string, tag?: string, author?: string) {
  const { headline, standfirst, body } = SEARCH_WEIGHTS;
  const { results } = await env.DB.prepare(
    `SELECT d.article_id AS id, d.docid, bm25(article_search, ${headline}.0, ${standfirst}.0, ${body}.0) AS score
     FROM article_search JOIN article_search_docs d ON d.docid = article_search.rowid
     WHERE article_search MATCH ?1 AND (?2 IS NULL OR EXISTS (
       SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = d.article_id AND t.slug = ?2))
     AND (?3 IS NULL OR EXISTS (
       SELECT 1 FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = d.article_id AND au.slug = ?3))`,
  )
    .bind(match(q), tag ?? null, author ?? null)
    .all<{ id: string; docid: number; score: number }>();
  return results;
}

/** The ranking of `hits` as the API promises it: (score, id). */
const ranked = (hits: { id: string; score: number }[]) =>
  [...hits].sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((hit) => hit.id);
/** The `n` matches written last (highest docid), ranked. */
const newest = (hits: { id: string; docid: number; score: number }[], n: number) => ranked([...hits].sort((a, b) => b.docid - a.docid).slice(0, n));

/** Every page of a search at `limit`, following `next` to the end. */
async function walkSearch(q: string, filter: PublicArticleFilter, limit: number, candidates: number) {
  const ids: string[] = [];
  let afterId: string | undefined;
  for (let n = 0; n < 200; n++) {
    const page = await searchPublishedArticles(env.DB, match(q), filter, { limit, afterId, includeBody: false, candidates });
    if (!page) throw new Error(`no page after ${afterId}`);
    ids.push(...page.rows.map((row) => row.id));
    if (page.next === null) return ids;
    afterId = page.next;
  }
  throw new Error('too many pages');
}

// Thirty pangolin stories of different weight (and several identical ones, so scores tie),
// every third tagged, published in an order that is not the order they were written in.
const PANGOLINS: ArticleSpec[] = Array.from({ length: 30 }, (_, i) => ({
  slug: `pangolin-${i}`,
  headline: i % 4 === 0 ? `Pangolin news ${i}` : `Wildlife ${i}`,
  body_html: `<p>${'Pangolin '.repeat(1 + (i % 3))}seen near the river, story ${i % 5 === 0 ? 'again' : i}.</p>`,
  published_at: `2023-09-${String(1 + ((i * 7) % 28)).padStart(2, '0')}T12:00:00Z`,
  tags: i % 3 === 0 ? ['scales'] : [],
  authors: i % 2 === 0 ? ['ana-ruiz'] : ['ben-okafor'],
}));
const OTHERS: ArticleSpec[] = Array.from({ length: 10 }, (_, i) => ({ slug: `weather-${i}`, headline: `Weather ${i}`, body_html: '<p>Rain.</p>' }));

describe('a search matching more articles than it ranks', () => {
  beforeAll(async () => {
    await resetStorage();
    await createArticles([...PANGOLINS.slice(0, 15), ...OTHERS]);
    await createArticles(PANGOLINS.slice(15));
  });

  it('ranks only the newest matches, by relevance', async () => {
    const hits = await everyHit('pangolin');
    expect(hits).toHaveLength(30);
    const page = await searchPublishedArticles(env.DB, match('pangolin'), {}, { limit: 100, includeBody: false, candidates: 8 });
    expect(page?.rows.map((row) => row.id)).toEqual(newest(hits, 8));
    expect(page?.next).toBeNull();
  });

  it('ranks every hit, exactly by bm25, when fewer match than it would rank', async () => {
    const hits = await everyHit('pangolin');
    const page = await searchPublishedArticles(env.DB, match('pangolin'), {}, { limit: 100, includeBody: false, candidates: 30 });
    expect(page?.rows.map((row) => row.id)).toEqual(ranked(hits));
    expect(page?.rows.map((row) => row.search_score)).toEqual([...hits].map((hit) => hit.score).sort((a, b) => a - b));
  });

  it('pages through the capped results exactly, at any page size', async () => {
    const whole = newest(await everyHit('pangolin'), 11);
    for (const limit of [1, 3, 20, 100]) {
      expect(await walkSearch('pangolin', {}, limit, 11), `limit ${limit}`).toEqual(whole);
    }
  });

  it('applies the filters before the cap: the newest matches that carry the tag, the author, both', async () => {
    const tagged = await everyHit('pangolin', 'scales');
    expect(tagged).toHaveLength(10);
    for (const limit of [1, 3, 100]) {
      expect(await walkSearch('pangolin', { tags: ['scales'] }, limit, 4), `limit ${limit}`).toEqual(newest(tagged, 4));
    }
    const byAna = await everyHit('pangolin', undefined, 'ana-ruiz');
    expect(byAna).toHaveLength(15);
    expect(await walkSearch('pangolin', { author: 'ana-ruiz' }, 3, 4)).toEqual(newest(byAna, 4));
    const both = await everyHit('pangolin', 'scales', 'ana-ruiz');
    expect(both).toHaveLength(5);
    expect(await walkSearch('pangolin', { tags: ['scales'], author: 'ana-ruiz' }, 1, 3)).toEqual(newest(both, 3));
    expect(await walkSearch('pangolin', { tags: ['scales', 'no-such-tag'] }, 20, 4)).toEqual([]);
  });

  it('keeps a cursor working after newer articles push its article out of the ranked set', async () => {
    const first = await searchPublishedArticles(env.DB, match('pangolin'), {}, { limit: 2, includeBody: false, candidates: 5 });
    const anchor = first!.next!;
    const score = (await everyHit('pangolin')).find((hit) => hit.id === anchor)!.score;
    await createArticles(Array.from({ length: 5 }, (_, i) => ({ slug: `late-pangolin-${i}`, headline: `Late news ${i}`, body_html: `<p>A long story about rivers, forests, rain, roads and towns, with one pangolin ${i}.</p>` })));
    const hits = await everyHit('pangolin');
    const rest = await searchPublishedArticles(env.DB, match('pangolin'), {}, { limit: 100, afterId: anchor, includeBody: false, candidates: 5 });
    // The anchor is no longer among the five newest; the page goes on after its (score, id).
    expect(newest(hits, 5)).not.toContain(anchor);
    expect(rest?.rows.length).toBeGreaterThan(0);
    const byId = new Map(hits.map((hit) => [hit.id, hit.score]));
    expect(rest?.rows.map((row) => row.id)).toEqual(newest(hits, 5).filter((id) => byId.get(id)! > score || (byId.get(id) === score && id > anchor)));
  });

  it('walks the FTS index newest docid first, with no scan of articles and no sort of every hit', async () => {
    const filter = { section: 'world', tags: ['scales'], author: 'ana-ruiz', since: '2023-01-01T00:00:00Z' };
    const { sql, params } = publicSearchQuery(match('pangolin'), filter, 21, 'art_x', false, undefined, 50);
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ id: number; parent: number; detail: string }>();
    const plan = results.map((r) => r.detail).join('\n');
    // idxNum 192: FTS5 itself yields the rows in descending rowid order, so the LIMIT stops the walk.
    expect(plan).toMatch(/SCAN article_search VIRTUAL TABLE INDEX 192:M/);
    expect(plan).toMatch(/SEARCH d USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan).toMatch(/SEARCH a USING INDEX sqlite_autoindex_articles_1 \(id=\?\)/);
    expect(plan).not.toMatch(/^SCAN a\b/m);
    // The tag and the author are docid sets read once from their links' index, not one FTS5
    // query per docid: the only FTS look-ups by rowid are the anchor's score and the snippet.
    expect(plan).toMatch(/SEARCH article_tags USING COVERING INDEX article_tags_by_tag \(tag_id=\?\)/);
    expect(plan).toMatch(/SEARCH article_authors USING COVERING INDEX article_authors_by_author \(author_id=\?\)/);
    expect(plan.match(/VIRTUAL TABLE INDEX \d+:=M/g)).toHaveLength(2);
    // The only sorts are of the candidates (by score) and of the page, never of the FTS walk.
    const walkRow = results.find((r) => /INDEX 192:M/.test(r.detail))!;
    expect(results.filter((r) => r.parent === walkRow.parent && /TEMP B-TREE/.test(r.detail))).toEqual([]);
  });
});
