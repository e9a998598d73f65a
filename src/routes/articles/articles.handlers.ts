import { CACHE_POLICIES } from '../../app/cache-policy';
import { invalidInput } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { pickFields, toArticle, toSummary, viewOf } from '../../content/article';
import { encodeCursor } from '../../content/cursor';
import { EXCERPT_COLUMNS, renderSnippet, withinColumns } from '../../content/search-query';
import { type ArticleKey, type ArticleRow, listPublishedArticles } from '../../db/articles';
import { searchPublishedArticles } from '../../db/search';
import { representationOf } from '../../syndication/negotiation';
import { type NinjsView, toCanceledNinjs, toNinjs } from '../../syndication/ninjs';
import { ninjsItemResponse, ninjsListResponse } from '../../syndication/ninjs-response';
import { type GetArticleRoute, type ListArticlesRoute, rankPosition } from './articles.routes';
import { readerOf, visibilityOf } from '../../syndication/reader';
import { findPublishedArticle } from './published-article';

const BODY_FIELDS = ['body_html', 'body_text'];
// The article a search cursor continues after has left the results: its place is gone.
const STALE_SEARCH_CURSOR = 'The results changed since this cursor was made (its last article no longer matches); search again.';

/**
 * ninjs has its own shape, so `fields` does not pick its properties; it decides the bodies alone:
 * an item carries the HTML and the text body exactly when the JSON answer would carry
 * `body_html` and `body_text` (a single article both, a list item only when `fields` names them).
 */
function ninjsBodies(fields: readonly string[] | undefined, whole: boolean, excerptOnly: boolean | undefined): NinjsView['bodies'] {
  // An excerpt-only contract never sees the body, in ninjs as in JSON.
  if (excerptOnly) return { html: false, text: false };
  if (!fields) return { html: whole, text: whole };
  return { html: fields.includes('body_html'), text: fields.includes('body_text') };
}

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
  const ninjs = representationOf(c) === 'ninjs' ? { ...view, bodies: ninjsBodies(query.fields, false, view.excerptOnly) } : null;
  c.header('Cache-Control', CACHE_POLICIES.list);
  if (query.q) {
    const { match } = query.q;
    // An excerpt contract never sees a body, so neither its matches nor its snippets come from one.
    const searched = view.excerptOnly ? withinColumns(match, EXCERPT_COLUMNS) : match;
    const found = await searchPublishedArticles(c.env.DB, searched, filter, {
      limit: query.limit,
      afterId: query.cursor?.[2] as string | undefined,
      includeBody,
      visible,
      embargoed: readerOf(c).contract.embargo_access,
    });
    if (!found) throw invalidInput([{ path: 'cursor', message: STALE_SEARCH_CURSOR }]);
    const nextCursor = found.next ? encodeCursor('articles', rankPosition(match, found.next)) : null;
    if (ninjs) {
      const snippetOf = (row: (typeof found.rows)[number]) => ({ role: 'snippet', contentType: 'text/html', value: renderSnippet(row.search_snippet) });
      const items = found.rows.map((row) => {
        const item = toNinjs(row, ninjs);
        return { ...item, descriptions: [...(item.descriptions ?? []), snippetOf(row)] };
      });
      return ninjsListResponse(c, items, nextCursor);
    }
    const data = found.rows.map((row) => {
      const item = { ...toArticle(row, view), snippet: renderSnippet(row.search_snippet) };
      return query.fields ? pickFields(item, query.fields) : toSummary(item, undefined);
    });
    return c.json({ data, next_cursor: nextCursor }, 200);
  }
  const { rows, next } = await listPublishedArticles(c.env.DB, filter, {
    limit: query.limit,
    after: query.cursor as ArticleKey | undefined,
    includeBody,
    visible,
  });
  const nextCursor = next ? encodeCursor('articles', next) : null;
  if (ninjs) return ninjsListResponse(c, rows.map((row) => toNinjs(row, ninjs)), nextCursor);
  return c.json({ data: rows.map((row) => toSummary(toArticle(row, view), query.fields)), next_cursor: nextCursor }, 200);
};

export const getArticle: AppRouteHandler<GetArticleRoute> = async (c) => {
  const { slug } = c.req.valid('param');
  const { fields } = c.req.valid('query');
  const representation = representationOf(c);
  const row: ArticleRow = await findPublishedArticle(c, slug, (current) => `/v1/articles/${current}`, {
    withdrawn: representation === 'ninjs' ? 'row' : 'gone',
  });
  const view = viewOf(c.req.url, c.env, readerOf(c).contract);
  if (representation === 'ninjs') {
    if (row.status === 'withdrawn') {
      c.header('Cache-Control', CACHE_POLICIES.none);
      return ninjsItemResponse(c, toCanceledNinjs(row, view.origin), 410);
    }
    c.header('Cache-Control', CACHE_POLICIES.article);
    return ninjsItemResponse(c, toNinjs(row, { ...view, bodies: ninjsBodies(fields, true, view.excerptOnly) }), 200);
  }
  const article = toArticle(row, view);
  c.header('Cache-Control', CACHE_POLICIES.article);
  return c.json({ data: fields ? pickFields(article, fields) : article }, 200);
};
