import { CACHE_POLICIES } from '../../app/cache-policy';
import { gone, notFound } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { toArticle, toSummary } from '../../content/article';
import { anyWordMatch, significantWords } from '../../content/search-query';
import { findArticleBySlug } from '../../db/articles';
import { findRelatedArticles } from '../../db/search';
import type { RelatedArticlesRoute } from './related.routes';

export const relatedArticles: AppRouteHandler<RelatedArticlesRoute> = async (c) => {
  const { slug } = c.req.valid('param');
  const { limit } = c.req.valid('query');
  const row = await findArticleBySlug(c.env.DB, slug);
  if (!row || row.deleted_at || row.status === 'draft' || row.status === 'scheduled') {
    throw notFound(`No published article has the slug "${slug}".`);
  }
  if (row.status === 'withdrawn') {
    throw gone(`The article "${slug}" was withdrawn by the publisher.`, { slug, withdrawn_reason: row.withdrawn_reason });
  }
  const related = await findRelatedArticles(c.env.DB, row.id, anyWordMatch(significantWords(row.headline)), limit);
  const view = { origin: new URL(c.req.url).origin };
  c.header('Cache-Control', CACHE_POLICIES.list);
  return c.json({ data: related.map((item) => toSummary(toArticle(item, view), undefined)), next_cursor: null }, 200);
};
