/**
 * D1 queries for renamed articles: the slugs (and derived URLs) an article was publicly known by
 * before a rename, and the look-ups that resolve a slug, an id or a URL through them.
 */
import { ARTICLE_JOINS, type ArticleRow, articleColumns } from './articles';
import { type Db, noteRead } from '../storage/d1-session';
import { articleTags } from './cache-tags';

/** An article a reference resolved to; `moved` when the reference is a slug or URL it had before. */
export interface ResolvedArticle {
  row: ArticleRow;
  moved: boolean;
}

// Published or withdrawn: what the public can see (200 or 410). Anything else is skipped, so an
// old slug or URL answers as if a draft, scheduled or deleted article did not exist at all.
const SEEN = "a.deleted_at IS NULL AND a.status IN ('published', 'withdrawn')";

/** Records a slug (and, when it changed too, the URL) an article gives up; put it in the rename's batch. */
export function slugHistoryStatement(
  db: Db,
  entry: { article_id: string; slug: string; url: string | null; at: string },
): D1PreparedStatement {
  return db
    .prepare('INSERT INTO slug_history (article_id, slug, url, renamed_at) VALUES (?1, ?2, ?3, ?4)')
    .bind(entry.article_id, entry.slug, entry.url, entry.at);
}

/** The query `resolve` runs: the first public article among `candidates` (ids, each with `moved` and `seq`). */
export function resolveQuery(candidates: string): string {
  return `SELECT ${articleColumns(true)}, c.moved
       FROM (${candidates}) c JOIN articles a ON a.id = c.article_id
       ${ARTICLE_JOINS}
       WHERE ${SEEN}
       ORDER BY c.moved, c.seq DESC LIMIT 1`;
}

/** The candidates of a slug or an id (?1): the article it names now, then those that gave it up. */
export const SLUG_OR_ID_CANDIDATES = `SELECT id AS article_id, 0 AS moved, 0 AS seq FROM articles WHERE slug = ?1
     UNION ALL SELECT id, 0, 0 FROM articles WHERE id = ?1
     UNION ALL SELECT article_id, 1, id FROM slug_history WHERE slug = ?1`;

async function resolve(db: Db, candidates: string, value: string): Promise<ResolvedArticle | null> {
  const row = await db.prepare(resolveQuery(candidates)).bind(value).first<ArticleRow & { moved: number }>();
  if (!row) return null;
  const { moved, ...article } = row;
  noteRead(db, articleTags(article));
  return { row: article, moved: moved === 1 };
}

/**
 * The public article `slugOrId` names: the one whose slug or id it is now (ids have an
 * underscore, slugs cannot, so the two never collide), else the one that gave the slug up most
 * recently. Null when none of them is published or withdrawn.
 */
export function resolveArticle(db: Db, slugOrId: string): Promise<ResolvedArticle | null> {
  return resolve(db, SLUG_OR_ID_CANDIDATES, slugOrId);
}

/** The public article that had the canonical URL `url` before a rename changed it, newest first. */
export function resolveFormerUrl(db: Db, url: string): Promise<ResolvedArticle | null> {
  return resolve(db, 'SELECT article_id, 1 AS moved, id AS seq FROM slug_history WHERE url = ?1', url);
}
