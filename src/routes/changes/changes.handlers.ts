import { CACHE_POLICIES } from '../../app/cache-policy';
import type { AppRouteHandler } from '../../app/types';
import { encodeCursor } from '../../content/cursor';
import { listChanges as readChanges } from '../../db/changes';
import { readerOf } from '../../syndication/reader';
import type { ListChangesRoute } from './changes.routes';

export const listChanges: AppRouteHandler<ListChangesRoute> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const after = (cursor?.[0] as number | undefined) ?? 0;
  const { rows, hasMore } = await readChanges(c.env.DB, { after, limit, ...readerOf(c) });
  const position = rows.at(-1)?.seq ?? after;
  c.header('Cache-Control', CACHE_POLICIES.list);
  return c.json(
    {
      data: rows.map(({ seq: _seq, ...change }) => change),
      next_cursor: encodeCursor('changes', [position]),
      has_more: hasMore,
    },
    200,
  );
};
