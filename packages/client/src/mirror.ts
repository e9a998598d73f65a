import type { BylineClient } from './client.js';
import { BylineError } from './error.js';
import type { Article, Change } from './types.js';

/** Where a mirror keeps its place in the change feed: a file, a row, a KV key. */
export interface CursorStore {
  /** The stored cursor; null or undefined to start from the beginning of the feed. */
  get(): Promise<string | null | undefined> | string | null | undefined;
  /** Stores `cursor`; called only once every change before it has been handled. */
  set(cursor: string): Promise<void> | void;
}

/**
 * A change as the mirror hands it over: an upsert (or a correction, which is an upsert that also
 * appended to the article's `corrections`) with the article as it is now, or a removal.
 */
export type MirrorChange =
  | (Change & { change: 'upsert' | 'corrected'; article: Article })
  | (Change & { change: 'withdrawn' | 'deleted' });

export interface MirrorOptions {
  store: CursorStore;
  /** Applies one change (store the article, remove it). Throwing stops the mirror; the change is delivered again next run. */
  onChange(change: MirrorChange): Promise<void> | void;
  /** Changes per feed request, 1–1000 (100 by default). A run that stops mid-page delivers that page's handled changes again. */
  pageSize?: number;
  /** Keep polling once caught up, every `intervalMs`, until `signal` aborts. Off by default: resolve when caught up. */
  follow?: boolean;
  intervalMs?: number;
  signal?: AbortSignal;
}

export interface MirrorResult {
  /** Changes handed to onChange in this run. */
  handled: number;
  /** The cursor stored last (null when the feed was empty). */
  cursor: string | null;
}

const wait = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    const aborted = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', aborted, { once: true });
  });

/** The article as it is now, or null when it is no longer public (a later entry of the feed says so). */
async function current(client: BylineClient, id: string, signal: AbortSignal | undefined): Promise<Article | null> {
  try {
    return await client.articles.get(id, signal ? { signal } : {});
  } catch (error) {
    if (error instanceof BylineError && (error.status === 404 || error.status === 410)) return null;
    throw error;
  }
}

/**
 * Follows the change feed from the stored cursor: fetches each upsert's article, reports
 * withdrawals and deletions, and stores the page's `next_cursor` only after every change on the
 * page was handled. A run that crashes or is aborted loses nothing: the next run starts from the
 * last stored cursor, so a change is delivered at least once (idempotent handlers see repeats of
 * at most one page).
 */
export async function mirror(client: BylineClient, { store, onChange, pageSize, follow = false, intervalMs = 30_000, signal }: MirrorOptions): Promise<MirrorResult> {
  let cursor = (await store.get()) ?? null;
  let handled = 0;
  for (;;) {
    signal?.throwIfAborted();
    const page = await client.changes.page(cursor, { ...(pageSize ? { limit: pageSize } : {}), ...(signal ? { signal } : {}) });
    for (const entry of page.data) {
      signal?.throwIfAborted();
      if (entry.change === 'upsert' || entry.change === 'corrected') {
        const article = await current(client, entry.id, signal);
        if (article) await onChange({ ...entry, change: entry.change, article });
      } else {
        await onChange({ ...entry, change: entry.change });
      }
      handled++;
    }
    if (page.next_cursor !== cursor) {
      await store.set(page.next_cursor);
      cursor = page.next_cursor;
    }
    if (page.has_more) continue;
    if (!follow) return { handled, cursor };
    await wait(intervalMs, signal);
  }
}
