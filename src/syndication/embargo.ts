/**
 * Embargoes: a published article with `embargoed_until` is read only by keys whose contract has
 * embargo access, until the Cron Trigger lifts it (`liftEmbargoes`), which makes it public with
 * its change-feed row (article.embargo_lifted) and a new cache generation in that one write.
 */
import { Problem, conflict, invalidInput } from '../app/problem';
import { commit, isPublic, isReleased, recordFromRow } from '../content/article-commit';
import type { ArticleRecord } from '../db/article-writes';
import { findDueEmbargoes } from '../db/articles';
import type { Db } from '../storage/d1-session';

/** Revisions written by the embargo lift carry this key id. */
export const EMBARGO_KEY_ID = 'scheduler';

/**
 * The record after a write that asks for `embargoedUntil` (undefined: unchanged; null: none, which
 * lifts a standing embargo at once). A new embargo must lie after the write (422) and cannot be
 * put on an article the public already reads (409: withdraw it first), as for scheduling.
 */
export function withEmbargo(before: ArticleRecord | null, after: ArticleRecord, embargoedUntil: string | null | undefined, at: string): ArticleRecord {
  if (embargoedUntil) {
    if (embargoedUntil <= at) throw invalidInput([{ path: 'embargoed_until', message: `Is in the past (it is ${at} now); to release the article now, send null.` }], 422);
    if (before && isPublic(before)) {
      throw conflict('The article is already public; withdraw it first to put it under embargo.', { status: before.status });
    }
  }
  const next = { ...after, embargoed_until: embargoedUntil === undefined ? after.embargoed_until : embargoedUntil };
  if (!isReleased(next) || !next.embargoed_until) return next;
  // An embargo that passed while the article was a draft is no embargo any more.
  if (next.embargoed_until <= at) return { ...next, embargoed_until: null, published_at: next.published_at ?? at };
  // The article's publication time is its release, unless it was public before.
  const firstRelease = !before?.published_at || before.published_at === before.embargoed_until;
  return firstRelease ? { ...next, published_at: next.embargoed_until } : next;
}

/**
 * Lifts every embargo that is due at `at`: each article becomes public, in one write with its
 * change row and generation bump. Idempotent: an article another run lifted first fails its
 * version guard and is skipped.
 */
export async function liftEmbargoes(db: Db, at: string): Promise<string[]> {
  const lifted: string[] = [];
  for (const row of await findDueEmbargoes(db, at)) {
    const { record: before, links } = recordFromRow(row);
    const after: ArticleRecord = { ...before, embargoed_until: null, updated_at: at, version: before.version + 1 };
    try {
      await commit({ db, keyId: EMBARGO_KEY_ID, at }, before, after, links, 'publish');
      lifted.push(after.id);
    } catch (error) {
      if (!(error instanceof Problem && error.status === 412)) throw error;
    }
  }
  return lifted;
}
