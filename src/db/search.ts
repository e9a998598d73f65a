/**
 * Full-text search and related articles over the FTS5 index of migrations/0002_search.sql.
 * Since 0005 the index holds only public articles, so bm25() statistics never see text the
 * public cannot; the queries still join back to `articles` for the row and the filters.
 */
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../content/search-query';
import {
  ARTICLE_JOINS, type ArticleRow, PUBLIC_VISIBILITY, type PublicArticleFilter, type Visibility, articleColumns, linkSets, publicFilterClauses,
} from './articles';
import { type Db, noteRead } from '../storage/d1-session';
import { binder } from './bind';
import { articleTag } from './cache-tags';

/**
 * bm25() column weights, in the index's column order: a headline match counts ten times a body
 * match, the standfirst four times. bm25() is negative; lower is more relevant.
 */
export const SEARCH_WEIGHTS = { headline: 10, standfirst: 4, body: 1 } as const;
/**
 * The two FTS5 tables (migrations/0014): public articles, and released articles under embargo,
 * which only readers with embargo access search. An article is in one at most.
 */
type SearchIndex = 'article_search' | 'article_search_embargoed';
const PUBLIC_INDEX: SearchIndex = 'article_search';
const EMBARGO_INDEX: SearchIndex = 'article_search_embargoed';
/** The indexes a reader searches: the public one, and with embargo access the embargo one too. */
const indexesFor = (embargoed: boolean): SearchIndex[] => (embargoed ? [PUBLIC_INDEX, EMBARGO_INDEX] : [PUBLIC_INDEX]);
const bm25Of = (index: SearchIndex) => `bm25(${index}, ${SEARCH_WEIGHTS.headline}.0, ${SEARCH_WEIGHTS.standfirst}.0, ${SEARCH_WEIGHTS.body}.0)`;
const BM25 = bm25Of(PUBLIC_INDEX);
/** Tokens of context in a snippet (FTS5 allows 1–64). */
const SNIPPET_TOKENS = 24;
const snippetOf = (index: SearchIndex) => `snippet(${index}, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', ${SNIPPET_TOKENS})`;

/** A search hit: the article row, its bm25 score and the raw snippet (markers, not HTML). */
export interface SearchRow extends ArticleRow {
  search_score: number;
  search_snippet: string | null;
}

/**
 * The bm25 score of one article for `match` (?1): its docid by the unique index, then the FTS
 * row by rowid, not a scan. A join, not `rowid = (subquery)`: FTS5 reads `rowid = NULL` (no
 * such article) as no constraint at all and would score the first hit instead.
 */
const scoreIn = (index: SearchIndex, articleId: string, visibleWhere: string) => {
  const guarded = index === EMBARGO_INDEX;
  return `(SELECT ${bm25Of(index)}
      FROM article_search_docs anchor JOIN ${index} ON ${index}.rowid = anchor.docid${guarded ? ' JOIN articles a ON a.id = anchor.article_id' : ''}
      WHERE anchor.article_id = ${articleId} AND ${index} MATCH ?1${guarded ? ` AND ${visibleWhere}` : ''})`;
};
/**
 * The score of one article in whichever of `indexes` holds it (null: in none, or no match). The
 * embargo index also holds articles a contract with embargo access may not read (another
 * section or level): those are scored only when `visibleWhere` lets the reader see them, so a
 * cursor that names one tells nothing of its text. The public index holds only public articles.
 */
const scoreOf = (indexes: SearchIndex[], articleId: string, visibleWhere: string) =>
  indexes.length === 1
    ? scoreIn(indexes[0]!, articleId, visibleWhere)
    : `coalesce(${indexes.map((index) => scoreIn(index, articleId, visibleWhere)).join(', ')})`;

/**
 * How many matches a search ranks: those the filters keep, newest docid first (the order
 * articles were first saved in Byline), up to this many. bm25() costs a few µs per hit, and two
 * common words match most of a large archive; past the cap the oldest-written matches are not
 * ranked. Most searches match fewer and rank every hit.
 */
export const SEARCH_CANDIDATES = 2000;

/**
 * The tag and author filters as sets of docids, each read once from its links' index: the FTS
 * walk checks its rowid against them (a Bloom filter, then an ephemeral index) before it looks
 * the article up, where one EXISTS per match would look up every match's article and links. The
 * unary `+` keeps SQLite from handing `rowid IN` to FTS5, which would run one query per docid.
 */
function linkClauses(filter: PublicArticleFilter, bind: (value: unknown) => string, index: SearchIndex): string[] {
  return linkSets(filter, bind).map(
    (ids) => `+${index}.rowid IN (SELECT ld.docid FROM (${ids}) l JOIN article_search_docs ld ON ld.article_id = l.article_id)`,
  );
}

/**
 * The search statement. The matches are read from the FTS index in descending rowid order,
 * joined to their articles and filtered, up to `candidates` of them (FTS5 walks the doclists
 * backwards and stops there, and scores only those), then ordered by relevance. The order is
 * total — (score, id), ids being unique — so a keyset on those two values neither skips nor
 * repeats, even across equal scores. The key is only the id of the last article seen
 * (`afterId`): its score is taken from the candidates, or recomputed by the same bm25() over the
 * same index when it has left them, so no score ever leaves the database and a cursor keeps
 * working while its article matches. Snippets are made only for the page, not for every hit.
 * `embargoed` (a reader with embargo access) adds the index of articles under embargo.
 */
export function publicSearchQuery(
  match: string,
  filter: PublicArticleFilter,
  limit: number,
  afterId: string | undefined,
  includeBody: boolean,
  visible: Visibility = PUBLIC_VISIBILITY,
  candidates = SEARCH_CANDIDATES,
  embargoed = false,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [match];
  const bind = binder(params);
  const indexes = indexesFor(embargoed);
  const visibleWhere = visible(bind);
  const filterWhere = publicFilterClauses({ ...filter, tags: undefined, author: undefined }, bind);
  const where = indexes.map((index) => [visibleWhere, ...filterWhere, ...linkClauses(filter, bind, index)].join(' AND '));
  const cap = bind(candidates);
  // CROSS JOIN keeps the FTS scan outermost, so its rowid order is the walk's order.
  const walk = (index: SearchIndex, tag: number) => `SELECT a.id, d.docid, ${bm25Of(index)} AS score, ${tag} AS index_tag
    FROM ${index} CROSS JOIN article_search_docs d ON d.docid = ${index}.rowid
    CROSS JOIN articles a ON a.id = d.article_id
    WHERE ${index} MATCH ?1 AND ${where[tag]}
    ORDER BY ${index}.rowid DESC
    LIMIT ${cap}`;
  // With embargo access, each index is walked and capped on its own; the union is ranked. The
  // embargoed articles' scores come from their own, smaller index.
  const hits = embargoed ? indexes.map((index, tag) => `SELECT * FROM (${walk(index, tag)})`).join('\n    UNION ALL\n    ') : walk(PUBLIC_INDEX, 0);
  let after = '1';
  if (afterId !== undefined) {
    const id = bind(afterId);
    // coalesce evaluates its second argument only when the first is NULL: one bm25() pass less.
    after = `(h.score, h.id) > (coalesce((SELECT score FROM hits WHERE id = ${id}), ${scoreOf(indexes, id, visibleWhere)}), ${id})`;
  }
  const snippets = indexes.map((index) => `(SELECT ${snippetOf(index)} FROM ${index} WHERE ${index} MATCH ?1 AND ${index}.rowid = page.docid)`);
  const snippet = embargoed ? `CASE page.index_tag WHEN 0 THEN ${snippets[0]} ELSE ${snippets[1]} END` : snippets[0];
  const sql = `WITH hits AS (
    ${hits}
  ),
  page AS (
    SELECT h.id, h.docid, h.score, h.index_tag FROM hits h
    WHERE ${after}
    ORDER BY h.score, h.id
    LIMIT ${bind(limit)}
  )
  SELECT ${articleColumns(includeBody)}, page.score AS search_score,
    ${snippet} AS search_snippet
  FROM page JOIN articles a ON a.id = page.id
  ${ARTICLE_JOINS}
  ORDER BY page.score, page.id`;
  return { sql, params };
}

/**
 * One page of public articles matching `match` (an FTS5 expression), most relevant first among
 * the newest `candidates` (SEARCH_CANDIDATES) matches that pass the filters, after the article
 * `afterId`; `next` is the id to continue after. Null when `afterId` no longer matches
 * (withdrawn, deleted, or its text no longer has the words): there is no place to continue
 * from. (If it still matches under new text, paging goes on from its new place.)
 */
export async function searchPublishedArticles(
  db: Db,
  match: string,
  filter: PublicArticleFilter,
  options: { limit: number; afterId?: string; includeBody: boolean; visible?: Visibility; candidates?: number; embargoed?: boolean },
): Promise<{ rows: SearchRow[]; next: string | null } | null> {
  const { sql, params } = publicSearchQuery(
    match, filter, options.limit + 1, options.afterId, options.includeBody, options.visible, options.candidates, options.embargoed,
  );
  const { results } = await db.prepare(sql).bind(...params).all<SearchRow>();
  // An anchor without a score compares as NULL and yields no rows; only then is it worth asking.
  if (results.length === 0 && options.afterId !== undefined) {
    if (!(await isSearchHit(db, match, options.afterId, options.embargoed ?? false, options.visible ?? PUBLIC_VISIBILITY))) return null;
  }
  const rows = results.slice(0, options.limit);
  noteRead(db, ['search', ...rows.map((row) => articleTag(row.id))]);
  const last = rows.at(-1);
  return { rows, next: results.length > options.limit && last ? last.id : null };
}

/** Whether the article `articleId` is in the index (or, `embargoed`, in either, where `visible` to the reader) and matches `match`. */
async function isSearchHit(db: Db, match: string, articleId: string, embargoed: boolean, visible: Visibility): Promise<boolean> {
  const indexes = indexesFor(embargoed);
  const params: unknown[] = [match, articleId];
  const visibleWhere = visible(binder(params));
  const row = await db.prepare(`SELECT ${scoreOf(indexes, '?2', visibleWhere)} AS score`).bind(...params).first<{ score: number | null }>();
  return row?.score != null;
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
export async function findRelatedArticles(
  db: Db,
  articleId: string,
  match: string | null,
  limit: number,
  visible: Visibility = PUBLIC_VISIBILITY,
): Promise<RelatedRow[]> {
  // ?1–?3 are fixed (?3 is unused without a match); the contract's values follow.
  const params: unknown[] = [articleId, limit, match];
  const bind = binder(params);
  const visibleWhere = visible(bind);
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
    WHERE ${visibleWhere} AND a.id <> ?1
    ORDER BY shared_tags DESC, sim.score IS NULL, sim.score, a.published_at DESC, a.id DESC
    LIMIT ?2`;
  // Without a match or contract values, ?3 is the last parameter and unused: bind only what the SQL names.
  const bound = match || params.length > 3 ? params : params.slice(0, 2);
  const { results } = await db.prepare(sql).bind(...bound).all<RelatedRow>();
  // Any publish can add a related article, and any edit change how well one matches.
  noteRead(db, ['list:articles', 'search', ...results.map((row) => articleTag(row.id))]);
  return results;
}
