import { PUBLIC_ARTICLE } from './articles';

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

/** Per kind: its extra column and how its published articles are counted. */
const TAXONOMIES: Record<TaxonomyKind, { extra: string; count: string }> = {
  sections: {
    extra: 'x.description,',
    count: `SELECT COUNT(*) FROM articles a WHERE a.section_id = x.id AND ${PUBLIC_ARTICLE}`,
  },
  tags: {
    extra: '',
    count: `SELECT COUNT(*) FROM article_tags at JOIN articles a ON a.id = at.article_id WHERE at.tag_id = x.id AND ${PUBLIC_ARTICLE}`,
  },
  authors: {
    extra: 'x.bio,',
    count: `SELECT COUNT(*) FROM article_authors aa JOIN articles a ON a.id = aa.article_id WHERE aa.author_id = x.id AND ${PUBLIC_ARTICLE}`,
  },
};

/** One page of terms in slug order, each with its count of published articles. */
export async function listTerms<K extends TaxonomyKind>(
  db: D1Database,
  kind: K,
  options: { limit: number; after?: string },
): Promise<{ rows: TermRows[K][]; next: string | null }> {
  const { extra, count } = TAXONOMIES[kind];
  const { results } = await db
    .prepare(
      `SELECT x.slug, x.name, ${extra} (${count}) AS article_count
       FROM ${kind} x WHERE x.slug > ?1 ORDER BY x.slug LIMIT ?2`,
    )
    .bind(options.after ?? '', options.limit + 1)
    .all<TermRows[K]>();
  const rows = results.slice(0, options.limit);
  return { rows, next: results.length > options.limit ? (rows.at(-1)?.slug ?? null) : null };
}
