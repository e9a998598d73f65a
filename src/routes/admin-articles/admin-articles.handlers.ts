import type { Context } from 'hono';
import { CACHE_POLICIES } from '../../app/cache-policy';
import { parseIfMatch, versionETag } from '../../app/preconditions';
import { notFound } from '../../app/problem';
import type { AppEnv, AppRouteHandler } from '../../app/types';
import { toArticle, viewOf } from '../../content/article';
import { encodeCursor } from '../../content/cursor';
import * as editorial from '../../content/editorial';
import { type AdminArticleKey, findArticleById, listAdminArticles } from '../../db/articles';
import { listRevisions as readRevisions } from '../../db/revisions';
import type {
  CreateArticleRoute,
  DeleteArticleRoute,
  GetArticleRoute,
  ListArticlesRoute,
  ListRevisionsRoute,
  PublishArticleRoute,
  UpdateArticleRoute,
  WithdrawArticleRoute,
} from './admin-articles.routes';

/** Reads the article back after a write (or for a GET), with its version as the ETag. */
async function loadAdminArticle(c: Context<AppEnv>, id: string) {
  const row = await findArticleById(c.env.DB, id);
  if (!row || row.deleted_at) throw notFound(`No article has the id "${id}".`);
  c.header('ETag', versionETag(row.version));
  c.header('Cache-Control', CACHE_POLICIES.admin);
  return { data: toArticle(row, { ...viewOf(c.req.url, c.env), admin: true }) };
}

function context(c: Context<AppEnv>): editorial.WriteContext {
  return editorial.writeContext(c.env, c.get('principal')!);
}

export const createArticle: AppRouteHandler<CreateArticleRoute> = async (c) => {
  const id = await editorial.createArticle(context(c), c.req.valid('json'));
  const body = await loadAdminArticle(c, id);
  c.header('Location', `/v1/admin/articles/${id}`);
  return c.json(body, 201);
};

export const listArticles: AppRouteHandler<ListArticlesRoute> = async (c) => {
  const { status, limit, cursor } = c.req.valid('query');
  const { rows, next } = await listAdminArticles(c.env.DB, { status, limit, after: cursor as AdminArticleKey | undefined });
  const view = { ...viewOf(c.req.url, c.env), admin: true as const };
  c.header('Cache-Control', CACHE_POLICIES.admin);
  return c.json(
    {
      data: rows.map((row) => {
        const { body_html: _html, body_text: _text, ...summary } = toArticle(row, view);
        return summary;
      }),
      next_cursor: next ? encodeCursor('admin-articles', next) : null,
    },
    200,
  );
};

export const getArticle: AppRouteHandler<GetArticleRoute> = async (c) => {
  return c.json(await loadAdminArticle(c, c.req.valid('param').id), 200);
};

export const updateArticle: AppRouteHandler<UpdateArticleRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const precondition = parseIfMatch(c.req.header('If-Match'), true)!;
  await editorial.updateArticle(context(c), id, precondition, c.req.valid('json'));
  return c.json(await loadAdminArticle(c, id), 200);
};

export const publishArticle: AppRouteHandler<PublishArticleRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const body = (c.req.valid('json') ?? {}) as { publish_at?: string; correction?: { text: string } };
  await editorial.publishArticle(context(c), id, parseIfMatch(c.req.header('If-Match'), false), body.publish_at, body.correction);
  return c.json(await loadAdminArticle(c, id), 200);
};

export const withdrawArticle: AppRouteHandler<WithdrawArticleRoute> = async (c) => {
  const { id } = c.req.valid('param');
  await editorial.withdrawArticle(context(c), id, parseIfMatch(c.req.header('If-Match'), false), c.req.valid('json').reason);
  return c.json(await loadAdminArticle(c, id), 200);
};

export const deleteArticle: AppRouteHandler<DeleteArticleRoute> = async (c) => {
  const { id } = c.req.valid('param');
  await editorial.deleteArticle(context(c), id, parseIfMatch(c.req.header('If-Match'), false));
  return c.body(null, 204);
};

export const listRevisions: AppRouteHandler<ListRevisionsRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const { limit, cursor } = c.req.valid('query');
  const { rows, next } = await readRevisions(c.env.DB, id, { limit, after: cursor?.[0] as number | undefined });
  if (rows.length === 0 && !cursor && !(await findArticleById(c.env.DB, id))) throw notFound(`No article has the id "${id}".`);
  c.header('Cache-Control', CACHE_POLICIES.admin);
  return c.json(
    {
      data: rows.map(({ snapshot, ...revision }) => ({ ...revision, article: JSON.parse(snapshot) as Record<string, unknown> })),
      next_cursor: next === null ? null : encodeCursor('revisions', [next]),
    },
    200,
  );
};
