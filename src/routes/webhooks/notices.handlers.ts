import { CACHE_POLICIES } from '../../app/cache-policy';
import { notFound } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { findArticleById } from '../../db/articles';
import { messagesAbout } from '../../db/webhook-deliveries';
import { KILL_EVENTS } from '../../syndication/events';
import { noticesOf } from '../../syndication/notices';
import type { ListNoticesRoute } from './notices.routes';

export const listNotices: AppRouteHandler<ListNoticesRoute> = async (c) => {
  const { id } = c.req.valid('param');
  // A deleted article keeps its notices: its deletion is what they are about.
  if (!(await findArticleById(c.env.DB, id))) throw notFound(`No article has the id "${id}".`);
  const { messages, attempts } = await messagesAbout(c.env.DB, id, KILL_EVENTS);
  c.header('Cache-Control', CACHE_POLICIES.admin);
  return c.json({ data: noticesOf(messages, attempts), next_cursor: null }, 200);
};
