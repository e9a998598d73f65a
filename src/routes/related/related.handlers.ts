import { CACHE_POLICIES } from '../../app/cache-policy';
import type { AppRouteHandler } from '../../app/types';
import { toArticle, toSummary, viewOf } from '../../content/article';
import { anyWordMatch, significantWords } from '../../content/search-query';
import { findRelatedArticles } from '../../db/search';
import { findPublishedArticle } from '../articles/published-article';
import { readerOf, visibilityOf } from '../../syndication/reader';
import type { RelatedArticlesRoute } from './related.routes';

export const relatedArticles: AppRouteHandler<RelatedArticlesRoute> = async (c) => {
  const { slug } = c.req.valid('param');
  const { limit } = c.req.valid('query');
  const row = await findPublishedArticle(c, slug, (current) => `/v1/articles/${current}/related`);
  const related = await findRelatedArticles(c.env.DB, row.id, anyWordMatch(significantWords(row.headline)), limit, visibilityOf(c));
  const view = viewOf(c.req.url, c.env, readerOf(c).contract);
  c.header('Cache-Control', CACHE_POLICIES.list);
  return c.json({ data: related.map((item) => toSummary(toArticle(item, view), undefined)), next_cursor: null }, 200);
};
