import { gone, notFound } from '../../app/problem';
import { type ArticleRow, findArticleBySlug } from '../../db/articles';

/** The published article with this slug: 404 when unknown or not public, 410 when withdrawn. */
export async function findPublishedArticle(db: D1Database, slug: string): Promise<ArticleRow> {
  const row = await findArticleBySlug(db, slug);
  if (!row || row.deleted_at || row.status === 'draft' || row.status === 'scheduled') {
    throw notFound(`No published article has the slug "${slug}".`);
  }
  if (row.status === 'withdrawn') {
    throw gone(`The article "${slug}" was withdrawn by the publisher.`, { slug, withdrawn_reason: row.withdrawn_reason });
  }
  return row;
}
