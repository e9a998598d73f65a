/** Lean queries for sitemaps: only what a sitemap line needs, for every public article. */
import { PUBLIC_ARTICLE } from './articles';
import { type Db, noteRead } from '../storage/d1-session';

/** What the full sitemap needs of an article. */
export interface SitemapRow {
  slug: string;
  url: string | null;
  section_slug: string | null;
  updated_at: string;
}

/** How many articles are public, and the newest change among them. */
export async function countPublicArticles(db: Db): Promise<{ count: number; lastmod: string | null }> {
  const row = await db
    .prepare(`SELECT COUNT(*) AS count, MAX(a.updated_at) AS lastmod FROM articles a WHERE ${PUBLIC_ARTICLE}`)
    .first<{ count: number; lastmod: string | null }>();
  noteRead(db, ['sitemaps']);
  return { count: row?.count ?? 0, lastmod: row?.lastmod ?? null };
}

/**
 * One file's worth of public articles, oldest first, so that new articles extend the last file
 * and earlier files change only when an older article is withdrawn or deleted.
 */
export async function listSitemapRows(db: Db, offset: number, limit: number): Promise<SitemapRow[]> {
  const { results } = await db
    .prepare(
      `SELECT a.slug, a.url, s.slug AS section_slug, a.updated_at
       FROM articles a LEFT JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC_ARTICLE}
       ORDER BY a.published_at, a.id
       LIMIT ?1 OFFSET ?2`,
    )
    .bind(limit, offset)
    .all<SitemapRow>();
  noteRead(db, ['sitemaps']);
  return results;
}
