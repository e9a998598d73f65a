import type { Context } from 'hono';
import { movedTo } from '../../app/moved';
import { gone, notFound } from '../../app/problem';
import type { AppEnv } from '../../app/types';
import type { ArticleRow } from '../../db/articles';
import { resolveArticle } from '../../db/slug-history';
import { covers } from '../../syndication/contract';
import { readerOf } from '../../syndication/reader';

/**
 * The published article that `slugOrId` names (its slug or its id): 404 when unknown or not
 * public, 410 when withdrawn, and 301 to `pathFor(currentSlug)` (keeping the query) when it is a
 * slug the article had before a rename.
 */
export async function findPublishedArticle(c: Context<AppEnv>, slugOrId: string, pathFor: (slug: string) => string): Promise<ArticleRow> {
  const found = await resolveArticle(c.env.DB, slugOrId);
  if (!found) throw notFound(`No published article has the slug "${slugOrId}".`);
  const { row, moved } = found;
  const { contract, defaultLevel } = readerOf(c);
  // Outside the reader's contract (an embargo it may not see, another section…): as if unknown.
  if (!covers(contract, row, defaultLevel)) throw notFound(`No published article has the slug "${slugOrId}".`);
  if (moved) throw movedTo(c.req.url, pathFor(encodeURIComponent(row.slug)));
  if (row.status === 'withdrawn') {
    throw gone(`The article "${row.slug}" was withdrawn by the publisher.`, { slug: row.slug, withdrawn_reason: row.withdrawn_reason });
  }
  return row;
}
