/** D1 queries for the public change feed. */
import { type Db, noteRead } from '../storage/d1-session';

export interface ChangeRow {
  seq: number;
  id: string;
  slug: string;
  change: 'upsert' | 'withdrawn' | 'deleted';
  version: number;
  at: string;
  /** The slug the feed last gave for this article, when this row's differs (a rename). */
  previous_slug: string | null;
}

/**
 * Changes after sequence number `after`, oldest first. Ids only grow (AUTOINCREMENT). Every
 * column is qualified: an unqualified `ORDER BY id` would sort by the output alias `id`, the
 * article id, and the feed would skip and repeat changes.
 */
export async function listChanges(db: Db, options: { after: number; limit: number }): Promise<{ rows: ChangeRow[]; hasMore: boolean }> {
  const { results } = await db
    .prepare(
      `SELECT c.id AS seq, c.article_id AS id, c.slug, c.change, c.version, c.at, c.previous_slug FROM changes c
       WHERE c.id > ?1 ORDER BY c.id LIMIT ?2`,
    )
    .bind(options.after, options.limit + 1)
    .all<ChangeRow>();
  noteRead(db, ['changes']);
  return { rows: results.slice(0, options.limit), hasMore: results.length > options.limit };
}
