import type { Context } from 'hono';
import { Problem, notFound } from '../../app/problem';
import type { AppEnv, AppRouteHandler } from '../../app/types';
import { toArticle, viewOf } from '../../content/article';
import { toTimestamp } from '../../content/time';
import { type ArticleRow, findArticleById } from '../../db/articles';
import { cardCsp, renderCard } from '../../embed/card';
import { PREVIEW_TTL, signPreview, verifyPreview } from '../../syndication/preview-token';
import type { CreatePreviewRoute, PreviewArticleRoute, PreviewCardRoute } from './preview.routes';

const nowSeconds = () => Math.floor(Date.now() / 1000);

function invalidLink(detail: string, description: string): Problem {
  return new Problem({
    status: 401,
    type: 'invalid-preview-link',
    title: 'Invalid preview link',
    detail,
    headers: { 'WWW-Authenticate': `Bearer realm="byline", error="invalid_token", error_description="${description}"` },
  });
}

export const createPreview: AppRouteHandler<CreatePreviewRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const body = (c.req.valid('json') ?? {}) as { expires_in_seconds?: number };
  const row = await findArticleById(c.env.DB, id);
  if (!row || row.deleted_at) throw notFound(`No article has the id "${id}".`);
  const expires = nowSeconds() + (body.expires_in_seconds ?? PREVIEW_TTL.default);
  const url = `${new URL(c.req.url).origin}/preview/${await signPreview(c.env, row.id, expires)}`;
  c.header('Cache-Control', 'private, no-store');
  return c.json({ data: { url, card_url: `${url}/card`, expires_at: toTimestamp(new Date(expires * 1000)) } }, 200);
};

/**
 * The article a preview token names, as it is now: 401 for an expired or altered token, 404 for
 * an article deleted since. Marks the answer, whatever it is, as private, unstored and unindexed.
 */
async function previewedArticle(c: Context<AppEnv>, token: string): Promise<ArticleRow> {
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Referrer-Policy', 'no-referrer');
  const check = await verifyPreview(c.env, token, nowSeconds());
  if (!check.ok) {
    throw check.reason === 'expired'
      ? invalidLink('This preview link has expired; ask for a new one.', 'The preview link has expired')
      : invalidLink('This is not a preview link Byline made.', 'The preview link is not valid');
  }
  const row = await findArticleById(c.env.DB, check.id);
  if (!row || row.deleted_at) throw notFound('The article of this preview link has been deleted.');
  return row;
}

export const previewArticle: AppRouteHandler<PreviewArticleRoute> = async (c) => {
  const row = await previewedArticle(c, c.req.valid('param').token);
  return c.json({ data: toArticle(row, { ...viewOf(c.req.url, c.env), admin: true }) }, 200);
};

export const previewCard: AppRouteHandler<PreviewCardRoute> = async (c) => {
  const row = await previewedArticle(c, c.req.valid('param').token);
  const origin = new URL(c.req.url).origin;
  c.header('Content-Security-Policy', await cardCsp(origin, ["'self'"]));
  const article = toArticle(row, viewOf(c.req.url, c.env));
  return c.html(renderCard(article, { theme: 'auto', siteName: c.env.SITE_NAME, siteUrl: c.env.SITE_URL }), 200);
};
