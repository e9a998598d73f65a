/** D1 queries for articles: small functions that take the binding, with numbered parameters. */
import { type Db, noteRead } from '../storage/d1-session';
import { binder } from './bind';
import { articleTag, articleTags, listTags } from './cache-tags';
import { rarestTag } from './tag-frequency';

/** An article row with its section, image and, as JSON arrays, its authors and tags. */
export interface ArticleRow {
  id: string;
  slug: string;
  url: string | null;
  headline: string;
  standfirst: string | null;
  excerpt: string;
  body_html?: string;
  body_text?: string;
  language: string;
  word_count: number;
  reading_time_minutes: number;
  status: 'draft' | 'scheduled' | 'published' | 'withdrawn';
  published_at: string | null;
  publish_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  withdrawn_reason: string | null;
  deleted_at: string | null;
  section_slug: string | null;
  section_name: string | null;
  image_id: string | null;
  image_key: string | null;
  image_width: number | null;
  image_height: number | null;
  image_alt: string | null;
  image_caption: string | null;
  image_credit: string | null;
  image_content_type: string | null;
  /** Only from queries that select it (not every caller builds rows with it). */
  image_byte_size?: number | null;
  authors_json: string;
  tags_json: string;
  rights_usage_terms: string | null;
  rights_copyright_holder: string | null;
  rights_copyright_notice: string | null;
  rights_syndication: 'allowed' | 'restricted' | 'none' | null;
  embargoed_until: string | null;
  /** `[{ at, text }]`, oldest first. */
  corrections_json: string;
}

/** Public visibility, spelled exactly as in the partial indexes so that SQLite can use them. */
export const PUBLIC_ARTICLE = "a.status = 'published' AND a.deleted_at IS NULL AND a.embargoed_until IS NULL";

/**
 * Which articles a read may return, as a WHERE clause over `articles a` that binds its values
 * through `bind`: the reader's contract (src/syndication/contract-sql.ts), public by default.
 */
export type Visibility = (bind: (value: unknown) => string) => string;
export const PUBLIC_VISIBILITY: Visibility = () => PUBLIC_ARTICLE;

/** The columns of an `ArticleRow`, over `articles a` joined as in `ARTICLE_JOINS`. */
export function articleColumns(includeBody: boolean): string {
  return `a.id, a.slug, a.url, a.headline, a.standfirst, a.excerpt,
    ${includeBody ? 'a.body_html, a.body_text,' : ''}
    a.language, a.word_count, a.reading_time_minutes, a.status, a.published_at, a.publish_at,
    a.created_at, a.updated_at, a.version, a.withdrawn_reason, a.deleted_at,
    a.rights_usage_terms, a.rights_copyright_holder, a.rights_copyright_notice, a.rights_syndication, a.embargoed_until,
    (SELECT json_group_array(json_object('at', x.at, 'text', x.text)) FROM
      (SELECT c.at, c.text FROM corrections c WHERE c.article_id = a.id ORDER BY c.id) x) AS corrections_json,
    s.slug AS section_slug, s.name AS section_name,
    m.id AS image_id, m.key AS image_key, m.width AS image_width, m.height AS image_height,
    m.alt AS image_alt, m.caption AS image_caption, m.credit AS image_credit,
    m.content_type AS image_content_type, m.byte_size AS image_byte_size,
    ${authorsJson('a.id')} AS authors_json,
    ${tagsJson('a.id')} AS tags_json`;
}

/** The authors of the article `id` (an SQL expression), in order, as a JSON array of `{ slug, name }`. */
export function authorsJson(id: string): string {
  return `(SELECT json_group_array(json_object('slug', x.slug, 'name', x.name)) FROM
      (SELECT au.slug, au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
        WHERE aa.article_id = ${id} ORDER BY aa.position) x)`;
}

/** The tags of the article `id` (an SQL expression), in order, as a JSON array of `{ slug, name }`. */
export function tagsJson(id: string): string {
  return `(SELECT json_group_array(json_object('slug', x.slug, 'name', x.name)) FROM
      (SELECT t.slug, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
        WHERE at.article_id = ${id} ORDER BY at.position) x)`;
}

/** The section and image of `articles a`, for `articleColumns`. */
export const ARTICLE_JOINS = `LEFT JOIN sections s ON s.id = a.section_id
  LEFT JOIN media m ON m.id = a.image_id`;

function articleSelect(includeBody: boolean): string {
  return `SELECT ${articleColumns(includeBody)}
  FROM articles a
  ${ARTICLE_JOINS}`;
}

/** Filters of the public list; every one optional, tags all required (AND). */
export interface PublicArticleFilter {
  section?: string;
  tags?: string[];
  author?: string;
  since?: string;
  until?: string;
}

/** Where a page starts: after this `(published_at, id)` in newest-first order. */
export type ArticleKey = [publishedAt: string, id: string];

/**
 * The WHERE clauses of `filter` over `articles a`, binding values through `bind` (which
 * returns the placeholder, e.g. `?3`); the tags and the author are matched on the article id
 * `id`. Shared by the list and the search.
 */
export function publicFilterClauses(filter: PublicArticleFilter, bind: (value: unknown) => string, id = 'a.id'): string[] {
  const where: string[] = [];
  if (filter.section) where.push(`a.section_id = (SELECT id FROM sections WHERE slug = ${bind(filter.section)})`);
  for (const tag of filter.tags ?? []) {
    where.push(
      `EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ${id} AND t.slug = ${bind(tag)})`,
    );
  }
  if (filter.author) {
    where.push(
      `EXISTS (SELECT 1 FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = ${id} AND au.slug = ${bind(filter.author)})`,
    );
  }
  if (filter.since) where.push(`a.published_at >= ${bind(filter.since)}`);
  if (filter.until) where.push(`a.published_at <= ${bind(filter.until)}`);
  return where;
}

/**
 * The ids of the articles of each of `filter`'s tags and of its author, one subquery each, read
 * from the links' indexes (article_tags_by_tag, article_authors_by_author) in article-id order.
 */
export function linkSets(filter: PublicArticleFilter, bind: (value: unknown) => string): string[] {
  const sets = (filter.tags ?? []).map((tag) => `SELECT article_id FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE slug = ${bind(tag)})`);
  if (filter.author) sets.push(`SELECT article_id FROM article_authors WHERE author_id = (SELECT id FROM authors WHERE slug = ${bind(filter.author)})`);
  return sets;
}

/** `articles a` after the cursor `after` in newest-first order. */
function afterCursor(after: ArticleKey, bind: (value: unknown) => string): string {
  return `(a.published_at, a.id) < (${bind(after[0])}, ${bind(after[1])})`;
}

/**
 * How many of the driving tag's links a list of several tags checks before it gives up on them:
 * other tags on 1 % of the driving tag's articles fill a page of 20 within it, and at a million
 * articles it costs less than the intersection that follows when they do not.
 */
export const TAG_WINDOW = 2000;

/**
 * How a list with several tags bounds its read: only the first `window` links of the driving
 * tag (the same rows when they fill the page, else too few), or the intersection of the tags'
 * links and the author's (read in article-id order from article_tags_by_tag and
 * article_authors_by_author and merged, bounded by their counts).
 */
export type TagPlan = { window: number } | 'intersect';

/**
 * Builds the query and its parameters for the public list. With `drivingTag` (one of the
 * filter's tags, best the rarest: src/db/tag-frequency.ts) the rows come from that tag's links
 * in publication order (article_tags_by_tag_time, whose published_at the triggers of 0013 keep
 * equal to the article's): the range holds the dates and the cursor, the other tags and the
 * author are probed on the link's article id, so a page reads about limit links when the filter
 * is common among the tag's articles. A window (`tagPlan`) caps the links read; 'intersect'
 * sorts what all the tags' links (and the author's) share. Without either, the newest-first walk
 * of the articles, checking each. All give the same rows in the same order.
 */
export function publicListQuery(
  filter: PublicArticleFilter,
  limit: number,
  after: ArticleKey | undefined,
  includeBody: boolean,
  visible: Visibility = PUBLIC_VISIBILITY,
  drivingTag?: string,
  tagPlan?: TagPlan,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = binder(params);
  if (tagPlan === 'intersect') {
    const links = linkSets(filter, bind);
    const where = [visible(bind), ...publicFilterClauses({ ...filter, tags: undefined, author: undefined }, bind)];
    if (after) where.push(afterCursor(after, bind));
    // Only the intersection's ids are sorted; the row's columns are built for the page alone.
    const sql = `SELECT ${articleColumns(includeBody)}
  FROM (SELECT a.id FROM (${links.join(' INTERSECT ')}) x CROSS JOIN articles a ON a.id = x.article_id
    WHERE ${where.join(' AND ')}
    ORDER BY a.published_at DESC, a.id DESC LIMIT ${bind(limit)}) page
  JOIN articles a ON a.id = page.id
  ${ARTICLE_JOINS}
  ORDER BY a.published_at DESC, a.id DESC`;
    return { sql, params };
  }
  if (drivingTag) {
    // The range of the tag's links the page is in: inside the window's subquery, or on `dt`.
    const link = (column: string) => (tagPlan ? column : `dt.${column}`);
    const range = [`${link('tag_id')} = (SELECT id FROM tags WHERE slug = ${bind(drivingTag)})`];
    if (filter.since) range.push(`${link('published_at')} >= ${bind(filter.since)}`);
    if (filter.until) range.push(`${link('published_at')} <= ${bind(filter.until)}`);
    if (after) range.push(`(${link('published_at')}, ${link('article_id')}) < (${bind(after[0])}, ${bind(after[1])})`);
    const links = tagPlan
      ? `(SELECT article_id, published_at FROM article_tags WHERE ${range.join(' AND ')}
    ORDER BY published_at DESC, article_id DESC LIMIT ${bind(tagPlan.window)})`
      : 'article_tags';
    const tags = (filter.tags ?? []).filter((tag) => tag !== drivingTag);
    const where = [
      ...(tagPlan ? [] : range),
      ...publicFilterClauses({ tags, author: filter.author }, bind, 'dt.article_id'),
      visible(bind),
      ...publicFilterClauses({ section: filter.section }, bind),
    ];
    // CROSS JOIN keeps the links outermost (SQLite never reorders it), so their index gives
    // the order and the LIMIT stops the walk.
    const sql = `SELECT ${articleColumns(includeBody)}
  FROM ${links} dt CROSS JOIN articles a ON a.id = dt.article_id
  ${ARTICLE_JOINS}
  WHERE ${where.join(' AND ')}
  ORDER BY dt.published_at DESC, dt.article_id DESC
  LIMIT ${bind(limit)}`;
    return { sql, params };
  }
  const where = [visible(bind), ...publicFilterClauses(filter, bind)];
  if (after) where.push(afterCursor(after, bind));
  const sql = `${articleSelect(includeBody)}
  WHERE ${where.join(' AND ')}
  ORDER BY a.published_at DESC, a.id DESC
  LIMIT ${bind(limit)}`;
  return { sql, params };
}

/**
 * One page of published articles, newest first, and the key the next page starts after. A tag
 * filter is read from its rarest tag's links in publication order; when other tags or an author
 * are checked too, and that tag has more links than the window, the window first, then the
 * intersection of their links (they may never meet).
 */
export async function listPublishedArticles(
  db: Db,
  filter: PublicArticleFilter,
  options: { limit: number; after?: ArticleKey; includeBody: boolean; visible?: Visibility; tagWindow?: number },
): Promise<{ rows: ArticleRow[]; next: ArticleKey | null }> {
  const read = async (drivingTag?: string, tagPlan?: TagPlan) => {
    const { sql, params } = publicListQuery(filter, options.limit + 1, options.after, options.includeBody, options.visible, drivingTag, tagPlan);
    return (await db.prepare(sql).bind(...params).all<ArticleRow>()).results;
  };
  const window = options.tagWindow ?? TAG_WINDOW;
  const rarest = await rarestTag(db, filter.tags, Date.now(), filter.author !== undefined);
  let results: ArticleRow[];
  if (rarest?.links === undefined || rarest.links <= window) {
    results = await read(rarest?.slug);
  } else {
    results = await read(rarest.slug, { window });
    if (results.length <= options.limit) results = await read(undefined, 'intersect');
  }
  const rows = results.slice(0, options.limit);
  noteRead(db, [...listTags(filter), ...rows.map((row) => articleTag(row.id))]);
  const last = rows.at(-1);
  const next = results.length > options.limit && last?.published_at ? ([last.published_at, last.id] as ArticleKey) : null;
  return { rows, next };
}

/** The article with this slug in any state, with its body; null when there is none. */
export async function findArticleBySlug(db: Db, slug: string): Promise<ArticleRow | null> {
  return db.prepare(`${articleSelect(true)} WHERE a.slug = ?1`).bind(slug).first<ArticleRow>();
}

/** The article with this id in any state, with its body; null when there is none. */
export async function findArticleById(db: Db, id: string): Promise<ArticleRow | null> {
  return db.prepare(`${articleSelect(true)} WHERE a.id = ?1`).bind(id).first<ArticleRow>();
}

/** Where an admin page starts: after this `(updated_at, id)`, most recently changed first. */
export type AdminArticleKey = [updatedAt: string, id: string];

/** One page of articles in every state but deleted, most recently changed first. */
export async function listAdminArticles(
  db: Db,
  options: { status?: ArticleRow['status']; limit: number; after?: AdminArticleKey },
): Promise<{ rows: ArticleRow[]; next: AdminArticleKey | null }> {
  const { results } = await db
    .prepare(
      `${articleSelect(false)}
       WHERE a.deleted_at IS NULL AND (?1 IS NULL OR a.status = ?1)
         AND (?2 IS NULL OR (a.updated_at, a.id) < (?2, ?3))
       ORDER BY a.updated_at DESC, a.id DESC LIMIT ?4`,
    )
    .bind(options.status ?? null, options.after?.[0] ?? null, options.after?.[1] ?? null, options.limit + 1)
    .all<ArticleRow>();
  const rows = results.slice(0, options.limit);
  const last = rows.at(-1);
  return { rows, next: results.length > options.limit && last ? [last.updated_at, last.id] : null };
}

/** Scheduled articles whose publish_at has passed, oldest first. */
export async function findDueArticles(db: Db, now: string, limit = 100): Promise<ArticleRow[]> {
  const { results } = await db
    .prepare(
      `${articleSelect(true)}
       WHERE a.status = 'scheduled' AND a.deleted_at IS NULL AND a.publish_at <= ?1
       ORDER BY a.publish_at LIMIT ?2`,
    )
    .bind(now, limit)
    .all<ArticleRow>();
  return results;
}

/** Published articles whose embargo has passed at `now`, the longest due first. */
export async function findDueEmbargoes(db: Db, now: string, limit = 100): Promise<ArticleRow[]> {
  const { results } = await db
    .prepare(
      `${articleSelect(true)}
       WHERE a.status = 'published' AND a.embargoed_until IS NOT NULL AND a.embargoed_until <= ?1 AND a.deleted_at IS NULL
       ORDER BY a.embargoed_until LIMIT ?2`,
    )
    .bind(now, limit)
    .all<ArticleRow>();
  return results;
}

/**
 * `base`, or the lowest free `base-2`, `base-3`…, for a slug made from a headline. `base` comes
 * from `slugify` (at most 80 characters), so `base-n` stays within the 120 a slug may have. A
 * slug a renamed article gave up is not free: it keeps redirecting (an explicit slug may take it).
 */
export async function freeSlug(db: Db, base: string): Promise<string> {
  // A range on the slug index instead of a pattern: D1 refuses LIKE/GLOB patterns over 50
  // bytes, and a slug can be longer. '.' sorts right after '-', and a slug has no other
  // character below '.', so the range holds exactly `base` and every `base-…`.
  const { results } = await db
    .prepare(
      `SELECT slug FROM articles WHERE slug >= ?1 AND slug < ?1 || '.'
       UNION SELECT slug FROM slug_history WHERE slug >= ?1 AND slug < ?1 || '.'`,
    )
    .bind(base)
    .all<{ slug: string }>();
  const taken = new Set(results.map((row) => row.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * The article whose canonical URL is `url`. URLs are not unique (a replacement draft or a
 * republished story may share one), so the public state of the URL wins: the newest published
 * article, else a withdrawn one, else any other; deleted ones last. Null when there is none.
 */
export async function findArticleByUrl(db: Db, url: string): Promise<ArticleRow | null> {
  const row = await db
    .prepare(
      `${articleSelect(true)} WHERE a.url = ?1
       ORDER BY a.deleted_at IS NOT NULL, CASE a.status WHEN 'published' THEN 0 WHEN 'withdrawn' THEN 1 ELSE 2 END,
         a.published_at DESC, a.updated_at DESC, a.id DESC
       LIMIT 1`,
    )
    .bind(url)
    .first<ArticleRow>();
  if (row) noteRead(db, articleTags(row));
  return row;
}
