/** D1 queries for posts imported from WordPress: which article each became, and the sync's position. */
import type { Db } from '../storage/d1-session';

/** Where a WordPress post went, and the input it was last written from. */
export interface WordPressPostRow {
  site: string;
  source_id: number;
  article_id: string;
  permalink: string | null;
  source_slug: string | null;
  modified_gmt: string | null;
  input_hash: string;
}

/** The article a WordPress post became, if it was imported before. */
export function findWordPressPost(db: Db, site: string, sourceId: number): Promise<WordPressPostRow | null> {
  return db
    .prepare('SELECT site, source_id, article_id, permalink, source_slug, modified_gmt, input_hash FROM wordpress_posts WHERE site = ?1 AND source_id = ?2')
    .bind(site, sourceId)
    .first<WordPressPostRow>();
}

/** A permalink as resolve compares it: lower-case host and path, no scheme, no trailing slash, no query. */
export function permalinkKey(url: string): string | null {
  const parsed = URL.parse(url);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return null;
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.host.replace(/^www\./, '')}${path}`.toLowerCase();
}

/** Records (or updates) which article a post became; put it in the article write's batch. */
export function wordpressPostStatement(db: Db, row: WordPressPostRow, at: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO wordpress_posts (site, source_id, article_id, permalink, permalink_key, source_slug, modified_gmt, input_hash, synced_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
       ON CONFLICT (site, source_id) DO UPDATE SET article_id = excluded.article_id, permalink = excluded.permalink,
         permalink_key = excluded.permalink_key, source_slug = excluded.source_slug, modified_gmt = excluded.modified_gmt,
         input_hash = excluded.input_hash, synced_at = excluded.synced_at`,
    )
    .bind(row.site, row.source_id, row.article_id, row.permalink, row.permalink ? permalinkKey(row.permalink) : null, row.source_slug, row.modified_gmt, row.input_hash, at);
}

/** Remembers the slugs a post had before (kept forever, like slug_history). */
export function oldSlugStatements(db: Db, site: string, sourceId: number, slugs: readonly string[]): D1PreparedStatement[] {
  return slugs.map((slug) =>
    db.prepare('INSERT INTO wordpress_old_slugs (site, source_id, slug) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING').bind(site, sourceId, slug),
  );
}

/** Creates a section unless one has the slug (an existing one keeps its name and description). */
export function ensureSectionStatement(db: Db, section: { slug: string; name: string }, at: string): D1PreparedStatement {
  return db
    .prepare('INSERT INTO sections (slug, name, description, created_at) VALUES (?1, ?2, NULL, ?3) ON CONFLICT (slug) DO NOTHING')
    .bind(section.slug, section.name, at);
}

/** The stored media among `keys` (SHA-256 content keys), by key. */
export async function findMediaIdsByKey(db: Db, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const { results } = await db
    .prepare('SELECT id, key FROM media WHERE key IN (SELECT value FROM json_each(?1))')
    .bind(JSON.stringify(keys))
    .all<{ id: string; key: string }>();
  return new Map(results.map((row) => [row.key, row.id]));
}

/**
 * The articles an old WordPress address may name, best match first: by permalink, by post id
 * (`?p=123`), by current or old WordPress slug. `host` (without `www.`) prefers posts of that site.
 */
export async function findWordPressArticleIds(
  db: Db,
  ref: { permalinkKey?: string | null; sourceId?: number | null; slug?: string | null; host?: string | null },
): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT article_id, rank FROM (
         SELECT article_id, 0 AS rank, site FROM wordpress_posts WHERE ?1 IS NOT NULL AND permalink_key = ?1
         UNION ALL SELECT article_id, 1, site FROM wordpress_posts WHERE ?2 IS NOT NULL AND source_id = ?2
         UNION ALL SELECT article_id, 2, site FROM wordpress_posts WHERE ?3 IS NOT NULL AND source_slug = ?3
         UNION ALL SELECT p.article_id, 3, p.site FROM wordpress_old_slugs o
           JOIN wordpress_posts p ON p.site = o.site AND p.source_id = o.source_id WHERE ?3 IS NOT NULL AND o.slug = ?3
       ) ORDER BY rank, (?4 IS NOT NULL AND instr(lower(site), ?4) > 0) DESC LIMIT 20`,
    )
    .bind(ref.permalinkKey ?? null, ref.sourceId ?? null, ref.slug ?? null, ref.host ?? null)
    .all<{ article_id: string; rank: number }>();
  return results.map((row) => row.article_id);
}

/** The live sync's position for a site: the `modified` time of the last post it read. */
export async function syncPosition(db: Db, site: string): Promise<string | null> {
  const row = await db.prepare('SELECT modified_after FROM wordpress_sync WHERE site = ?1').bind(site).first<{ modified_after: string | null }>();
  return row?.modified_after ?? null;
}

/** Records how far the sync got (and its last error, or null). */
export function saveSyncPosition(db: Db, site: string, position: string | null, at: string, error: string | null) {
  return db
    .prepare(
      `INSERT INTO wordpress_sync (site, modified_after, last_run_at, last_error) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (site) DO UPDATE SET modified_after = coalesce(excluded.modified_after, modified_after), last_run_at = excluded.last_run_at, last_error = excluded.last_error`,
    )
    .bind(site, position, at, error)
    .run();
}
