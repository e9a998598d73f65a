import { CACHE_POLICIES } from '../../app/cache-policy';
import type { AppRouteHandler } from '../../app/types';
import { pickFields, toArticle, toSummary } from '../../content/article';
import { encodeCursor } from '../../content/cursor';
import { renderSnippet } from '../../content/search-query';
import { slugify } from '../../content/slug';
import { type ArticleKey, listPublishedArticles } from '../../db/articles';
import { type SearchKey, searchPublishedArticles } from '../../db/search';
import type { GetArticleRoute, ListArticlesRoute } from './articles.routes';
import { findPublishedArticle } from './published-article';

const BODY_FIELDS = ['body_html', 'body_text'];

export const listArticles: AppRouteHandler<ListArticlesRoute> = async (c) => {
  const query = c.req.valid('query');
  const includeBody = query.fields?.some((field) => BODY_FIELDS.includes(field)) ?? false;
  const filter = {
    section: query.section && slugify(query.section),
    tags: query.tag?.map((tag) => slugify(tag)),
    author: query.author && slugify(query.author),
    since: query.since,
    until: query.until,
  };
  const view = { origin: new URL(c.req.url).origin };
  c.header('Cache-Control', CACHE_POLICIES.list);
  if (query.q) {
    const { rows, next } = await searchPublishedArticles(c.env.DB, query.q.match, filter, {
      limit: query.limit,
      after: query.cursor as SearchKey | undefined,
      includeBody,
    });
    const data = rows.map((row) => {
      const item = { ...toArticle(row, view), snippet: renderSnippet(row.search_snippet) };
      return query.fields ? pickFields(item, query.fields) : toSummary(item, undefined);
    });
    return c.json({ data, next_cursor: next ? encodeCursor('articles', next) : null }, 200);
  }
  const { rows, next } = await listPublishedArticles(c.env.DB, filter, {
    limit: query.limit,
    after: query.cursor as ArticleKey | undefined,
    includeBody,
  });
  return c.json(
    {
      data: rows.map((row) => toSummary(toArticle(row, view), query.fields)),
      next_cursor: next ? encodeCursor('articles', next) : null,
    },
    200,
  );
};

export const getArticle: AppRouteHandler<GetArticleRoute> = async (c) => {
  const { slug } = c.req.valid('param');
  const { fields } = c.req.valid('query');
  const row = await findPublishedArticle(c.env.DB, slug);
  const article = toArticle(row, { origin: new URL(c.req.url).origin });
  c.header('Cache-Control', CACHE_POLICIES.article);
  return c.json({ data: fields ? pickFields(article, fields) : article }, 200);
};
