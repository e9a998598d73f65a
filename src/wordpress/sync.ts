/**
 * The live sync: posts modified in WordPress since the last run (REST `modified_after`), oldest
 * change first, each through the same import as the CLI's, and the position recorded in D1 after
 * every page, so editors keep writing in WordPress and Byline follows within a cron run or two.
 * A post that fails is logged and passed over; a WordPress that fails ends the run, to be tried
 * again by the next one from the same position.
 */
import type { ImportResult } from '../schemas/wordpress';
import { WordPressPostSchema } from '../schemas/wordpress';
import { now as currentTime } from '../content/time';
import { saveSyncPosition, syncPosition } from '../db/wordpress';
import { importWordPressPost } from './import-post';
import { fetchPostsPage, siteOf } from './rest';
import type { Db } from '../storage/d1-session';

/** Revisions written by the sync carry this key id. */
export const SYNC_KEY_ID = 'wordpress-sync';
/** Pages read per run: the Cron Trigger runs every minute, and a run must stay well inside its limits. */
export const PAGES_PER_RUN = 4;
// modified_after is strict and WordPress's clock has whole seconds: re-read the last minute, which
// costs only `unchanged` answers, rather than miss a post saved in the same second as the last one.
const OVERLAP_MS = 60_000;

export interface SyncOptions {
  url: string;
  credentials?: string | null;
  siteUrl?: string;
  maxPages?: number;
  perPage?: number;
  dryRun?: boolean;
  at?: string;
  fetcher?: typeof fetch;
}

/** What one run did. `done` is false when more pages are waiting for the next run. */
export interface SyncReport {
  site: string;
  pages: number;
  counts: Record<ImportResult['action'] | 'failed', number>;
  failures: { id: number; reason: string }[];
  position: string | null;
  done: boolean;
}

function overlapped(position: string | null): string | null {
  if (!position) return null;
  const time = Date.parse(`${position.slice(0, 19)}Z`);
  return Number.isNaN(time) ? position : new Date(time - OVERLAP_MS).toISOString().slice(0, 19);
}

/** Runs the sync once for `options.url` (a WordPress REST root, `https://site/wp-json`). */
export async function syncWordPress(db: Db, options: SyncOptions): Promise<SyncReport> {
  const site = siteOf(options.url);
  const at = options.at ?? currentTime();
  const report: SyncReport = { site, pages: 0, counts: { created: 0, updated: 0, withdrawn: 0, unchanged: 0, skipped: 0, failed: 0 }, failures: [], position: await syncPosition(db, site), done: false };
  const modifiedAfter = overlapped(report.position);
  const maxPages = options.maxPages ?? PAGES_PER_RUN;
  try {
    for (let page = 1; page <= maxPages; page++) {
      const { posts, totalPages } = await fetchPostsPage(options.url, { page, modifiedAfter, credentials: options.credentials, perPage: options.perPage, fetcher: options.fetcher });
      report.pages = page;
      for (const { modified, ...raw } of posts) {
        try {
          const post = WordPressPostSchema.parse(raw);
          const result = await importWordPressPost({ db, keyId: SYNC_KEY_ID, siteUrl: options.siteUrl, at }, post, { dryRun: options.dryRun });
          report.counts[result.action]++;
        } catch (error) {
          report.counts.failed++;
          report.failures.push({ id: raw.id, reason: error instanceof Error ? error.message : String(error) });
        }
        if (modified && (!report.position || modified > report.position)) report.position = modified;
      }
      if (!options.dryRun) await saveSyncPosition(db, site, report.position, at, report.failures.at(-1)?.reason ?? null);
      if (page >= totalPages || posts.length === 0) {
        report.done = true;
        break;
      }
    }
  } catch (error) {
    if (!options.dryRun) await saveSyncPosition(db, site, report.position, at, error instanceof Error ? error.message : String(error));
    throw error;
  }
  return report;
}
