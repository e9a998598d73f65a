/** D1 queries for the public change feed. */

export interface ChangeRow {
  seq: number;
  id: string;
  slug: string;
  change: 'upsert' | 'withdrawn' | 'deleted';
  version: number;
  at: string;
}

/** Changes after sequence number `after`, oldest first. Ids only grow (AUTOINCREMENT). */
export async function listChanges(db: D1Database, options: { after: number; limit: number }): Promise<{ rows: ChangeRow[]; hasMore: boolean }> {
  const { results } = await db
    .prepare(
      `SELECT id AS seq, article_id AS id, slug, change, version, at FROM changes
       WHERE id > ?1 ORDER BY id LIMIT ?2`,
    )
    .bind(options.after, options.limit + 1)
    .all<ChangeRow>();
  return { rows: results.slice(0, options.limit), hasMore: results.length > options.limit };
}
