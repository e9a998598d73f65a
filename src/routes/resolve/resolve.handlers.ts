import { MovedPermanently } from '../../app/moved';
import { gone, notFound } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { resolveAddress } from '../../content/resolve';
import { covers } from '../../syndication/contract';
import { readerOf } from '../../syndication/reader';
import type { ResolveUrlRoute } from './resolve.routes';

export const resolveUrl: AppRouteHandler<ResolveUrlRoute> = async (c) => {
  const { url } = c.req.valid('query');
  const origin = new URL(c.req.url).origin;
  const found = await resolveAddress(c.env.DB, url, origin);
  const { contract, defaultLevel } = readerOf(c);
  // What the caller may not read (under embargo, outside its contract) is unknown here too:
  // naming its current slug would leak it.
  if (!found || !covers(contract, found.row, defaultLevel)) throw notFound(`No published article has the address "${url}".`);
  const { row } = found;
  if (row.status === 'withdrawn') throw gone(`The article "${row.slug}" was withdrawn by the publisher.`, { slug: row.slug, withdrawn_reason: row.withdrawn_reason });
  throw new MovedPermanently(`${origin}/v1/articles/${encodeURIComponent(row.slug)}`);
};
