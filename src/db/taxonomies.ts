import { PUBLIC_ARTICLE } from './articles';
import { type Db, noteRead } from '../storage/d1-session';

/** The three ways articles are grouped: each a table with a unique slug and a name. */
export type TaxonomyKind = 'sections' | 'tags' | 'authors';

interface TermRow {
  slug: string;
  name: string;
  article_count: number;
}

/** The row each kind answers with. */
export interface TermRows {
  sections: TermRow & { description: string | null };
  tags: TermRow;
  authors: TermRow & { bio: string | null };
}

/**
 * Per kind: its extra column, and the published articles of term `x` (after `SELECT … FROM`), which
 * both count it and decide whether it is listed at all.
 */
const TAXONOMIES: Record<TaxonomyKind, { extra: string; published: string }> = {
  sections: {
    extra: 'x.description,',
    published: `articles a WHERE a.section_id = x.id AND ${PUBLIC_ARTICLE}`,
  },
  tags: {
    extra: '',
    published: `article_tags at JOIN articles a ON a.id = at.article_id WHERE at.tag_id = x.id AND ${PUBLIC_ARTICLE}`,
  },
  authors: {
    extra: 'x.bio,',
    published: `article_authors aa JOIN articles a ON a.id = aa.article_id WHERE aa.author_id = x.id AND ${PUBLIC_ARTICLE}`,
  },
};

/**
 * One page of `kind` in slug order after `after`. Tags and authors are created by writes, so a
 * draft's or an embargoed article's new tag ("Secret Merger X") must stay unseen: they are listed
 * only once a published article carries them. Sections are the publisher's own configuration and
 * an empty one looks the same whether nothing or only drafts are filed in it, so all are listed.
 * The filter sits before LIMIT and the cursor is the last listed slug, so pages stay exact.
 */
export function termsQuery(kind: TaxonomyKind, limit: number, after: string): { sql: string; params: unknown[] } {
  const { extra, published } = TAXONOMIES[kind];
  const listed = kind === 'sections' ? '' : `AND EXISTS (SELECT 1 FROM ${published})`;
  const sql = `SELECT x.slug, x.name, ${extra} (SELECT COUNT(*) FROM ${published}) AS article_count
    FROM ${kind} x WHERE x.slug > ?1 ${listed} ORDER BY x.slug LIMIT ?2`;
  return { sql, params: [after, limit] };
}

/** One page of terms in slug order, each with its count of published articles. */
export async function listTerms<K extends TaxonomyKind>(
  db: Db,
  kind: K,
  options: { limit: number; after?: string },
): Promise<{ rows: TermRows[K][]; next: string | null }> {
  const { sql, params } = termsQuery(kind, options.limit + 1, options.after ?? '');
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<TermRows[K]>();
  const rows = results.slice(0, options.limit);
  noteRead(db, [kind]);
  return { rows, next: results.length > options.limit ? (rows.at(-1)?.slug ?? null) : null };
}
