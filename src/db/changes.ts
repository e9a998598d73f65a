/** D1 queries for the public change feed. */
import type { SyndicationLevel } from './article-writes';
import type { Contract } from '../syndication/contract';
import { changesQuery } from '../syndication/contract-sql';
import { type Db, noteRead } from '../storage/d1-session';

export interface ChangeRow {
  seq: number;
  id: string;
  slug: string;
  change: 'upsert' | 'corrected' | 'withdrawn' | 'deleted';
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
export async function listChanges(
  db: Db,
  options: { after: number; limit: number; contract: Contract; defaultLevel: SyndicationLevel },
): Promise<{ rows: ChangeRow[]; hasMore: boolean }> {
  const { sql, params } = changesQuery(options.contract, options.defaultLevel, options.after, options.limit + 1);
  const { results } = await db.prepare(sql).bind(...params).all<ChangeRow>();
  noteRead(db, ['changes']);
  return { rows: results.slice(0, options.limit), hasMore: results.length > options.limit };
}
