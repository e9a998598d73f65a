/**
 * Every request reads D1 through one session (read replicas): what it reads is sequentially
 * consistent, and the bookmark it ends at can be handed back to the client. A client that sends
 * `X-D1-Bookmark` reads at least the state that bookmark names (read-your-writes); anonymous
 * reads may go to any replica, but never behind the state this isolate caches under
 * (`generationBookmark`), so an entry is never labelled with a generation newer than its data.
 */
import { generationBookmark } from './generation';

/** What our queries need of D1: the binding or one of its sessions (which have no exec or dump). */
export type Db = Pick<D1Database, 'prepare' | 'batch'>;

/** The header a write answers with and a read may send back. */
export const BOOKMARK_HEADER = 'X-D1-Bookmark';

// D1's bookmarks are four dash-separated hex groups (8-8-8 and a 32 to 64 digit hash), e.g.
// 0000002f-00000004-00004f61-ab3e2b9f42c3c21c25e1b4ab8e97f6e4. The local binding takes any
// string (even "garbage") and the remote one refuses it mid-query, so the shape is checked here.
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32,64}$/i;

/** Per-request state kept beside the session object the handlers see as `env.DB`. */
interface SessionState {
  session: D1DatabaseSession;
  /** The client sent a bookmark: cached tiers must be checked against a generation read at it. */
  bookmarked: boolean;
  /** Cache tags of what public reads returned (articles, lists they are). */
  reads: Set<string>;
  /** Cache tags that writes made stale: purged from the edge once the request is answered. */
  purges: Set<string>;
  /** A write started a new cache generation (whether or not it named the tags it touched). */
  bumped: boolean;
}

const states = new WeakMap<object, SessionState>();

/** Whether `value` has the shape of a D1 bookmark. */
export function isBookmark(value: string): boolean {
  return BOOKMARK.test(value);
}

/**
 * The session a request reads and writes through: at the client's bookmark when it sent one
 * (checked with `isBookmark` first), else the primary for the admin API (writes and the reads
 * they check), else any replica at least as new as what this isolate caches under.
 */
export function openSession(db: D1Database, bookmark: string | null, admin: boolean): D1DatabaseSession {
  const constraint = bookmark ?? (admin ? 'first-primary' : (generationBookmark() ?? 'first-unconstrained'));
  const session = db.withSession(constraint);
  states.set(session, { session, bookmarked: bookmark !== null, reads: new Set(), purges: new Set(), bumped: false });
  return session;
}

/** Lets `alias` (a wrapper of `db`, such as tagD1Failures') share `db`'s session state. */
export function shareSession(alias: Db, db: Db): void {
  const state = states.get(db);
  if (state) states.set(alias, state);
}

/** The bookmark of the latest query through `db`'s session; null outside a session or before any query. */
export function sessionBookmark(db: Db): string | null {
  return states.get(db)?.session.getBookmark() ?? null;
}

/** Whether the request behind `db` sent a bookmark. */
export function isBookmarked(db: Db): boolean {
  return states.get(db)?.bookmarked ?? false;
}

/** Records cache tags of what a read through `db` returned; a no-op outside a request's session. */
export function noteRead(db: Db, tags: Iterable<string>): void {
  const reads = states.get(db)?.reads;
  if (reads) for (const tag of tags) reads.add(tag);
}

/** The cache tags noted by reads through `db`, in the order first seen. */
export function readTags(db: Db): string[] {
  return [...(states.get(db)?.reads ?? [])];
}

/** Records cache tags a write through `db` made stale. */
export function notePurge(db: Db, tags: Iterable<string>): void {
  const purges = states.get(db)?.purges;
  if (purges) for (const tag of tags) purges.add(tag);
}

/** Records that a write through `db` started a new cache generation. */
export function noteGenerationBump(db: Db): void {
  const state = states.get(db);
  if (state) state.bumped = true;
}

/**
 * What the edge must forget after the writes through `db`: the tags they named, everything when
 * one started a new generation without naming any (a key's origins, say), nothing for no write.
 */
export function purgeOf(db: Db): { tags: string[] } | { everything: true } | null {
  const state = states.get(db);
  if (!state) return null;
  if (state.purges.size > 0) return { tags: [...state.purges] };
  return state.bumped ? { everything: true } : null;
}
