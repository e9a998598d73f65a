import type { Context } from 'hono';
import { CACHE_POLICIES } from '../../app/cache-policy';
import { MovedPermanently, movedTo } from '../../app/moved';
import { Problem, gone, notFound } from '../../app/problem';
import type { AppEnv, AppRouteHandler } from '../../app/types';
import { type Article, toArticle, viewOf } from '../../content/article';
import { publicPrefix } from '../../content/keys';
import { type ArticleRow, findArticleByUrl } from '../../db/articles';
import { type ResolvedArticle, resolveArticle, resolveFormerUrl } from '../../db/slug-history';
import { findKeyByPrefix } from '../../db/keys';
import { cardCsp, renderCard, renderNotice } from '../../embed/card';
import { loaderScript } from '../../embed/loader';
import { type ArticleRef, articleRef, oembedResponse } from '../../embed/oembed';
import { covers } from '../../syndication/contract';
import { readerOf } from '../../syndication/reader';
import type { CardRoute, LoaderRoute, OEmbedRoute } from './embed.routes';
import type { Db } from '../../storage/d1-session';

const site = (c: Context<AppEnv>) => ({ siteName: c.env.SITE_NAME, siteUrl: c.env.SITE_URL });
const originOf = (c: Context<AppEnv>) => new URL(c.req.url).origin;
// Published and inside the reader's contract (for the public: not under embargo).
const isPublished = (c: Context<AppEnv>, row: ArticleRow) => {
  const { contract, defaultLevel } = readerOf(c);
  return row.status === 'published' && covers(contract, row, defaultLevel);
};
// Withdrawn, and once inside the contract: the reader was told of it, so it answers 410.
const isWithdrawn = (c: Context<AppEnv>, row: ArticleRow | undefined): row is ArticleRow => {
  const { contract, defaultLevel } = readerOf(c);
  return row?.status === 'withdrawn' && covers(contract, row, defaultLevel);
};

/**
 * Who may frame the card: anyone when embeds are public, else the origins of the one partner key
 * named by `key`, and Byline itself alone without a key. Never every partner's origins at once:
 * the CSP of an unkeyed card would be a list of the publisher's partners for anyone to read.
 */
async function frameAncestors(c: Context<AppEnv>, key: string | undefined): Promise<string[] | '*'> {
  if (String(c.env.EMBEDS_PUBLIC) === 'true') return '*';
  if (key === undefined) return ["'self'"];
  const prefix = publicPrefix(key);
  const row = prefix ? await findKeyByPrefix(c.env.DB, prefix) : null;
  return row && row.role === 'partner' && !row.revoked_at ? (JSON.parse(row.allowed_origins) as string[]) : [];
}

/**
 * The public article an oEmbed URL names: by slug or id (current or former), else by canonical
 * URL, the current owner of the URL first, then an article whose URL a rename changed.
 */
async function articleForRef(db: Db, ref: ArticleRef): Promise<ResolvedArticle | null> {
  if ('slug' in ref) return resolveArticle(db, ref.slug);
  const row = await findArticleByUrl(db, ref.url);
  if (row && !row.deleted_at && (row.status === 'published' || row.status === 'withdrawn')) return { row, moved: false };
  return resolveFormerUrl(db, ref.url);
}

/** This oEmbed request with `url` naming the article as it is now: its API URL, or its current canonical URL. */
function movedOEmbedUrl(requestUrl: string, ref: ArticleRef, row: ArticleRow, origin: string): string {
  const next = new URL(requestUrl);
  const apiUrl = `${origin}/v1/articles/${encodeURIComponent(row.slug)}`;
  next.searchParams.set('url', 'url' in ref && row.url ? row.url : apiUrl);
  return next.toString();
}

export const oembed: AppRouteHandler<OEmbedRoute> = async (c) => {
  const { url, format, maxwidth, maxheight, key } = c.req.valid('query');
  if (format === 'xml') {
    throw new Problem({ status: 501, type: 'not-implemented', title: 'Not implemented', detail: 'Only format=json is provided.' });
  }
  const origin = originOf(c);
  const ref = articleRef(url, origin);
  const found = ref ? await articleForRef(c.env.DB, ref) : null;
  if (ref && found?.moved && (isPublished(c, found.row) || isWithdrawn(c, found.row))) throw new MovedPermanently(movedOEmbedUrl(c.req.url, ref, found.row, origin));
  const row = found?.row;
  if (isWithdrawn(c, row)) {
    throw gone('The article was withdrawn by the publisher.', { slug: row.slug, withdrawn_reason: row.withdrawn_reason });
  }
  // One answer for unknown, draft, scheduled and deleted alike, not even echoing the URL, so that
  // nothing tells a guessed slug or URL of an unpublished article from one that names nothing.
  if (!row || !isPublished(c, row)) throw notFound('No public article has this URL.');
  c.header('Cache-Control', CACHE_POLICIES.article);
  const view = viewOf(c.req.url, c.env, readerOf(c).contract);
  return c.json(oembedResponse(toArticle(row, view), { origin, ...site(c), maxwidth, maxheight, key, imageVariants: view.imageVariants }), 200);
};

export const card: AppRouteHandler<CardRoute> = async (c) => {
  const { slug } = c.req.valid('param');
  const { theme, key } = c.req.valid('query');
  const origin = originOf(c);
  const found = await resolveArticle(c.env.DB, slug);
  if (found?.moved && (isPublished(c, found.row) || isWithdrawn(c, found.row))) throw movedTo(c.req.url, `/embed/${encodeURIComponent(found.row.slug)}`);
  const row = found?.row;
  c.header('Content-Security-Policy', await cardCsp(origin, await frameAncestors(c, key)));
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (!row || !isPublished(c, row)) {
    const withdrawn = isWithdrawn(c, row);
    if (!(c.req.header('Accept') ?? '').includes('text/html')) {
      throw withdrawn ? gone(`The article "${slug}" was withdrawn by the publisher.`, { slug, withdrawn_reason: row.withdrawn_reason }) : notFound(`No published article has the slug "${slug}".`);
    }
    c.header('Cache-Control', CACHE_POLICIES.none);
    return c.html(renderNotice(withdrawn ? 'withdrawn' : 'missing', { theme, ...site(c), reason: row?.withdrawn_reason }), withdrawn ? 410 : 404);
  }
  const article: Article = toArticle(row, viewOf(c.req.url, c.env, readerOf(c).contract));
  c.header('Cache-Control', CACHE_POLICIES.article);
  // A keyed card's discovery link keeps the key, so a CMS that discovers it embeds the same card.
  const keyParam = key !== undefined && publicPrefix(key) ? `&key=${encodeURIComponent(key)}` : '';
  const oembedUrl = `${origin}/oembed?url=${encodeURIComponent(`${origin}/v1/articles/${article.slug}`)}&format=json${keyParam}`;
  return c.html(renderCard(article, { theme, oembedUrl, ...site(c) }), 200);
};

export const loader: AppRouteHandler<LoaderRoute> = async (c) => {
  c.header('Cache-Control', CACHE_POLICIES.document);
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  c.header('Access-Control-Allow-Origin', '*');
  return c.body(loaderScript(originOf(c)), 200);
};
