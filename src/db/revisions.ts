/** D1 queries for revisions: the full stored state of an article at each saved version. */
import type { Db } from '../storage/d1-session';
import { authorsJson, tagsJson } from './articles';

export type RevisionAction = 'create' | 'update' | 'publish' | 'withdraw' | 'delete';

export interface RevisionRow {
  id: number;
  article_id: string;
  version: number;
  action: RevisionAction;
  snapshot: string;
  key_id: string | null;
  created_at: string;
}

/**
 * Records version `expectedVersion + 1` of an article. Its version comes from the article row
 * as it stands, so when another write got there first the value is NULL, the NOT NULL
 * constraint fails, and the whole batch (this write) is rolled back: no lost update.
 */
export function revisionStatement(
  db: Db,
  revision: { article_id: string; expectedVersion: number | null; action: RevisionAction; snapshot: unknown; key_id: string | null; created_at: string },
): D1PreparedStatement {
  const snapshot = JSON.stringify(revision.snapshot);
  if (revision.expectedVersion === null) {
    return db
      .prepare('INSERT INTO revisions (article_id, version, action, snapshot, key_id, created_at) VALUES (?1, 1, ?2, ?3, ?4, ?5)')
      .bind(revision.article_id, revision.action, snapshot, revision.key_id, revision.created_at);
  }
  return db
    .prepare(
      `INSERT INTO revisions (article_id, version, action, snapshot, key_id, created_at)
       VALUES (?1, (SELECT version + 1 FROM articles WHERE id = ?1 AND version = ?2), ?3, ?4, ?5, ?6)`,
    )
    .bind(revision.article_id, revision.expectedVersion, revision.action, snapshot, revision.key_id, revision.created_at);
}

/**
 * Makes version `version`'s snapshot name the article's authors and tags as they were stored:
 * a write that creates a term another write creates at the same moment under another name
 * ("Brand New", "BRAND NEW") links the one stored first, and its snapshot held its own name.
 * Last in the write's batch, after the links and the revision (the article's newest, found by
 * the index, not by reading every revision for its version). The stored names are compared with
 * the ones the write sent (`links`, serialised as SQLite serialises them), so the snapshot, body
 * and all, is parsed and written only when one differs.
 */
export function revisionLinksStatement(db: Db, articleId: string, version: number, links: { authors: unknown[]; tags: unknown[] }): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE revisions SET snapshot = json_set(snapshot, '$.authors', json(stored.authors), '$.tags', json(stored.tags))
       FROM (SELECT ${authorsJson('?1')} AS authors, ${tagsJson('?1')} AS tags) stored
       WHERE revisions.id = (SELECT id FROM revisions WHERE article_id = ?1 ORDER BY id DESC LIMIT 1) AND revisions.version = ?2
         AND (stored.authors IS NOT ?3 OR stored.tags IS NOT ?4)`,
    )
    .bind(articleId, version, JSON.stringify(links.authors), JSON.stringify(links.tags));
}

/** Whether a failed batch failed on the version guard above. */
export function isStaleVersionError(error: unknown): boolean {
  return error instanceof Error && /NOT NULL constraint failed: revisions\.version/.test(error.message);
}

/** Every saved version of an article, newest first. */
export async function listRevisions(db: Db, articleId: string, options: { limit: number; after?: number }): Promise<{ rows: RevisionRow[]; next: number | null }> {
  const { results } = await db
    .prepare('SELECT * FROM revisions WHERE article_id = ?1 AND (?2 IS NULL OR id < ?2) ORDER BY id DESC LIMIT ?3')
    .bind(articleId, options.after ?? null, options.limit + 1)
    .all<RevisionRow>();
  const rows = results.slice(0, options.limit);
  return { rows, next: results.length > options.limit ? (rows.at(-1)?.id ?? null) : null };
}
