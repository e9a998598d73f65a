// Checks of a seeded state beyond its row counts: a tag query and two searches, counted in the
// SQLite file and then walked through the Worker's API, so that the links, the search index's
// docids and its public-only rule agree with what the Worker answers.
import { SYNTHETIC } from '../lib/synthetic-articles.mjs';
import { detail } from './log.mjs';

/** The checks for a state of `synthetic` articles: each a list's path and the SQL that counts it in the file. */
export function apiChecks(synthetic) {
  const rare = SYNTHETIC.rares[3];
  const story = synthetic >= 7001 ? 7001 : 1; // n % 50 ≠ 0: published; its number is only in its headline
  const checks = {
    rareTag: { path: `/v1/articles?tag=${rare}&limit=100`, sql: `SELECT COUNT(*) AS n FROM articles a JOIN article_tags t ON t.article_id = a.id JOIN tags g ON g.id = t.tag_id
      WHERE g.slug = '${rare}' AND a.status = 'published' AND a.deleted_at IS NULL` },
    searchStory: { path: `/v1/articles?q=${story}&limit=100`, slug: `bench-story-${story}`, sql: `SELECT COUNT(*) AS n FROM article_search s JOIN article_search_docs d ON d.docid = s.rowid
      JOIN articles a ON a.id = d.article_id WHERE article_search MATCH '"${story}"' AND a.status = 'published' AND a.deleted_at IS NULL` },
    searchRare: { path: `/v1/articles?q=council&tag=${rare}&limit=100`, sql: `SELECT COUNT(*) AS n FROM article_search s JOIN article_search_docs d ON d.docid = s.rowid
      JOIN articles a ON a.id = d.article_id JOIN article_tags t ON t.article_id = a.id JOIN tags g ON g.id = t.tag_id
      WHERE article_search MATCH 'council' AND g.slug = '${rare}' AND a.status = 'published' AND a.deleted_at IS NULL` },
  };
  return checks;
}

/** Each check's count in the file, by its name (`sqlite`: node:sqlite). */
export function countInFile(sqlite, checks) {
  return Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, sqlite.prepare(check.sql).get().n]));
}

/** Pages each check's list to its end through the API at `api`: as many articles as `counts` says, none twice. */
export async function verifyThroughApi(api, checks, counts) {
  for (const [name, check] of Object.entries(checks)) {
    const slugs = [];
    let cursor = null;
    do {
      const res = await fetch(`${api}${check.path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (res.status !== 200) throw new Error(`GET ${check.path}: ${res.status}`);
      const page = await res.json();
      slugs.push(...page.data.map((article) => article.slug));
      cursor = page.next_cursor;
    } while (cursor && slugs.length < 100_000);
    if (slugs.length !== counts[name] || new Set(slugs).size !== slugs.length) {
      throw new Error(`GET ${check.path} listed ${slugs.length} articles (${new Set(slugs).size} distinct), the file holds ${counts[name]}`);
    }
    if (check.slug && !slugs.includes(check.slug)) throw new Error(`GET ${check.path} did not find ${check.slug}`);
  }
  detail(`verified through the API: ${Object.keys(checks).map((name) => `${name} ${counts[name]}`).join(', ')}`);
}
