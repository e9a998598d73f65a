import { CACHE_POLICIES } from '../../app/cache-policy';
import { invalidInput } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { pickFields, toArticle, toSummary, viewOf } from '../../content/article';
import { encodeCursor } from '../../content/cursor';
import { renderSnippet } from '../../content/search-query';
import { type ArticleKey, listPublishedArticles } from '../../db/articles';
import { searchPublishedArticles } from '../../db/search';
import { type GetArticleRoute, type ListArticlesRoute, rankPosition } from './articles.routes';
import { readerOf, visibilityOf } from '../../syndication/reader';
import { findPublishedArticle } from './published-article';

const BODY_FIELDS = ['body_html', 'body_text'];
// The article a search cursor continues after has left the results: its place is gone.
const STALE_SEARCH_CURSOR = 'The results changed since this cursor was made (its last article no longer matches); search again.';

export const listArticles: AppRouteHandler<ListArticlesRoute> = async (c) => {
  const query = c.req.valid('query');
  const includeBody = query.fields?.some((field) => BODY_FIELDS.includes(field)) ?? false;
  const filter = {
    section: query.section,
    tags: query.tag,
    author: query.author,
    since: query.since,
    until: query.until,
  };
  const view = viewOf(c.req.url, c.env, readerOf(c).contract);
  const visible = visibilityOf(c);
  c.header('Cache-Control', CACHE_POLICIES.list);
  if (query.q) {
    const { match } = query.q;
    const found = await searchPublishedArticles(c.env.DB, match, filter, {
      limit: query.limit,
      afterId: query.cursor?.[2] as string | undefined,
      includeBody,
      visible,
    });
    if (!found) throw invalidInput([{ path: 'cursor', message: STALE_SEARCH_CURSOR }]);
    const data = found.rows.map((row) => {
      const item = { ...toArticle(row, view), snippet: renderSnippet(row.search_snippet) };
      return query.fields ? pickFields(item, query.fields) : toSummary(item, undefined);
    });
    return c.json({ data, next_cursor: found.next ? encodeCursor('articles', rankPosition(match, found.next)) : null }, 200);
  }
  const { rows, next } = await listPublishedArticles(c.env.DB, filter, {
    limit: query.limit,
    after: query.cursor as ArticleKey | undefined,
    includeBody,
    visible,
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
  const row = await findPublishedArticle(c, slug, (current) => `/v1/articles/${current}`);
  const article = toArticle(row, viewOf(c.req.url, c.env, readerOf(c).contract));
  c.header('Cache-Control', CACHE_POLICIES.article);
  return c.json({ data: fields ? pickFields(article, fields) : article }, 200);
};
