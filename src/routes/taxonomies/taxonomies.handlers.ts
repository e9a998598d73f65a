import type { Context } from 'hono';
import { CACHE_POLICIES } from '../../app/cache-policy';
import type { AppEnv, AppRouteHandler } from '../../app/types';
import { encodeCursor } from '../../content/cursor';
import { type TaxonomyKind, listTerms } from '../../db/taxonomies';
import type { ListAuthorsRoute, ListSectionsRoute, ListTagsRoute } from './taxonomies.routes';

interface PageQuery {
  limit: number;
  cursor?: (string | number)[] | undefined;
}

/** The three lists differ only in their table; this reads one page of any of them. */
async function termsPage<K extends TaxonomyKind>(c: Context<AppEnv>, kind: K, { limit, cursor }: PageQuery) {
  const { rows, next } = await listTerms(c.env.DB, kind, { limit, after: cursor?.[0] as string | undefined });
  c.header('Cache-Control', CACHE_POLICIES.taxonomy);
  return { data: rows, next_cursor: next ? encodeCursor(kind, [next]) : null };
}

export const listSections: AppRouteHandler<ListSectionsRoute> = async (c) =>
  c.json(await termsPage(c, 'sections', c.req.valid('query')), 200);

export const listTags: AppRouteHandler<ListTagsRoute> = async (c) =>
  c.json(await termsPage(c, 'tags', c.req.valid('query')), 200);

export const listAuthors: AppRouteHandler<ListAuthorsRoute> = async (c) =>
  c.json(await termsPage(c, 'authors', c.req.valid('query')), 200);
