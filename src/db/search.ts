/**
 * Full-text search and related articles over the FTS5 index of migrations/0002_search.sql.
 * The index holds every article; these queries join back to `articles` and keep public ones.
 */
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../content/search-query';
import { ARTICLE_JOINS, type ArticleRow, PUBLIC_ARTICLE, type PublicArticleFilter, articleColumns, publicFilterClauses } from './articles';

/**
 * bm25() column weights, in the index's column order: a headline match counts ten times a body
 * match, the standfirst four times. bm25() is negative; lower is more relevant.
 */
export const SEARCH_WEIGHTS = { headline: 10, standfirst: 4, body: 1 } as const;
const BM25 = `bm25(article_search, ${SEARCH_WEIGHTS.headline}.0, ${SEARCH_WEIGHTS.standfirst}.0, ${SEARCH_WEIGHTS.body}.0)`;
/** Tokens of context in a snippet (FTS5 allows 1–64). */
const SNIPPET_TOKENS = 24;
const SNIPPET = `snippet(article_search, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', ${SNIPPET_TOKENS})`;

/** A search hit: the article row, its bm25 score and the raw snippet (markers, not HTML). */
export interface SearchRow extends ArticleRow {
  search_score: number;
  search_snippet: string | null;
}

/** Where a page of search results starts: after this `(score, id)`, best first. */
export type SearchKey = [score: number, id: string];

/**
 * The search statement. The order is total — (score, id), ids being unique — so a keyset
 * cursor on exactly those two values neither skips nor repeats, even across equal scores.
 * Snippets are made only for the page, not for every hit.
 */
export function publicSearchQuery(
  match: string,
  filter: PublicArticleFilter,
  limit: number,
  after: SearchKey | undefined,
  includeBody: boolean,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [match];
  const bind = (value: unknown) => {
    params.push(value);
    return `?${params.length}`;
  };
  const where = [PUBLIC_ARTICLE, ...publicFilterClauses(filter, bind)];
  if (after) where.push(`(h.score, a.id) > (${bind(after[0])}, ${bind(after[1])})`);
  const sql = `WITH hits AS (
    SELECT d.article_id, d.docid, ${BM25} AS score
    FROM article_search JOIN article_search_docs d ON d.docid = article_search.rowid
    WHERE article_search MATCH ?1
  ),
  page AS (
    SELECT a.id, h.docid, h.score FROM hits h JOIN articles a ON a.id = h.article_id
    WHERE ${where.join(' AND ')}
    ORDER BY h.score, a.id
    LIMIT ${bind(limit)}
  )
  SELECT ${articleColumns(includeBody)}, page.score AS search_score,
    (SELECT ${SNIPPET} FROM article_search WHERE article_search MATCH ?1 AND article_search.rowid = page.docid) AS search_snippet
  FROM page JOIN articles a ON a.id = page.id
  ${ARTICLE_JOINS}
  ORDER BY page.score, page.id`;
  return { sql, params };
}

/** One page of public articles matching `match` (an FTS5 expression), most relevant first. */
export async function searchPublishedArticles(
  db: D1Database,
  match: string,
  filter: PublicArticleFilter,
  options: { limit: number; after?: SearchKey; includeBody: boolean },
): Promise<{ rows: SearchRow[]; next: SearchKey | null }> {
  const { sql, params } = publicSearchQuery(match, filter, options.limit + 1, options.after, options.includeBody);
  const { results } = await db.prepare(sql).bind(...params).all<SearchRow>();
  const rows = results.slice(0, options.limit);
  const last = rows.at(-1);
  const next = results.length > options.limit && last ? ([last.search_score, last.id] as SearchKey) : null;
  return { rows, next };
}

/** A related article: its row, how many tags it shares, and its text score (null: no text match). */
export interface RelatedRow extends ArticleRow {
  shared_tags: number;
  text_score: number | null;
}

/**
 * Up to `limit` public articles related to `articleId`: most shared tags first, then the best
 * text match of `match` (the headline's significant words, ORed), then newest. An article that
 * shares no tag and matches no word is not related. Never the article itself.
 */
export async function findRelatedArticles(db: D1Database, articleId: string, match: string | null, limit: number): Promise<RelatedRow[]> {
  const similar = match
    ? `SELECT d.article_id, ${BM25} AS score
       FROM article_search JOIN article_search_docs d ON d.docid = article_search.rowid
       WHERE article_search MATCH ?3`
    : 'SELECT NULL AS article_id, NULL AS score WHERE 0';
  const sql = `WITH tagged AS (
      SELECT other.article_id, COUNT(*) AS shared
      FROM article_tags mine JOIN article_tags other ON other.tag_id = mine.tag_id
      WHERE mine.article_id = ?1 AND other.article_id <> ?1
      GROUP BY other.article_id
    ),
    similar AS (${similar}),
    candidates AS (SELECT article_id FROM tagged UNION SELECT article_id FROM similar)
    SELECT ${articleColumns(false)}, coalesce(t.shared, 0) AS shared_tags, sim.score AS text_score
    FROM candidates c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN tagged t ON t.article_id = a.id
    LEFT JOIN similar sim ON sim.article_id = a.id
    ${ARTICLE_JOINS}
    WHERE ${PUBLIC_ARTICLE} AND a.id <> ?1
    ORDER BY shared_tags DESC, sim.score IS NULL, sim.score, a.published_at DESC, a.id DESC
    LIMIT ?2`;
  const statement = db.prepare(sql);
  const { results } = await (match ? statement.bind(articleId, limit, match) : statement.bind(articleId, limit)).all<RelatedRow>();
  return results;
}
