/**
 * One D1 session per request, opened before the app runs (src/storage/d1-session.ts): the
 * handlers' `env.DB` is that session. Afterwards the edge copies the request's writes made
 * stale are purged, the admin API answers the session's bookmark, and answers for a key or a
 * bookmark are kept out of shared caches.
 */
import { BOOKMARK_HEADER, isBookmark, openSession, purgeOf } from '../storage/d1-session';
import { purgeEdge } from '../storage/edge-purge';
import { invalidInput, problemResponse } from './problem';
import { requestIdFor } from './request-id';
import type { AppOpenAPI } from './types';

const ADMIN_PREFIX = '/v1/admin/';

/** `res` with `headers` set, copied first when its headers are immutable. */
function withHeaders(res: Response, headers: Record<string, string>): Response {
  const entries = Object.entries(headers);
  if (entries.length === 0) return res;
  try {
    for (const [name, value] of entries) res.headers.set(name, value);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    for (const [name, value] of entries) copy.headers.set(name, value);
    return copy;
  }
}

/**
 * Runs `app` for `request` on a D1 session: at the `X-D1-Bookmark` the client sent (400 naming
 * the header when it is not a bookmark), on the primary for the admin API, else on any replica.
 */
export async function fetchWithSession(app: AppOpenAPI, request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const sent = request.headers.get(BOOKMARK_HEADER)?.trim() ?? null;
  if (sent !== null && !isBookmark(sent)) {
    const problem = invalidInput([{ path: BOOKMARK_HEADER, message: 'Must be a bookmark exactly as an X-D1-Bookmark answer header gave it.' }]);
    return problemResponse(problem, requestIdFor(request));
  }
  const admin = new URL(request.url).pathname.startsWith(ADMIN_PREFIX);
  const session = openSession(env.DB, sent, admin);
  const res = await app.fetch(request, { ...env, DB: session }, ctx);
  const purge = purgeOf(session);
  if (purge) await purgeEdge(ctx.cache, purge);
  const headers: Record<string, string> = {};
  const bookmark = admin ? session.getBookmark() : null;
  if (bookmark) headers[BOOKMARK_HEADER] = bookmark;
  // The edge keys by URL alone: what a key's contract or a bookmark's state chose is not for everyone.
  if ((sent !== null || request.headers.has('Authorization')) && res.headers.has('CDN-Cache-Control')) headers['CDN-Cache-Control'] = 'private';
  return withHeaders(res, headers);
}
