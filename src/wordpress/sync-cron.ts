/** The Cron Trigger's part of the live sync: on when WORDPRESS_URL is set, one log line per run that did something. */
import { syncWordPress } from './sync';
import type { Db } from '../storage/d1-session';

/** The optional secret: `user:application password` (WordPress → Users → Application Passwords). */
export type SyncEnv = Omit<Env, 'DB'> & { DB: Db; WORDPRESS_APPLICATION_PASSWORD?: string };

/** Syncs once from WORDPRESS_URL, if set; never throws (the next run tries again from the same position). */
export async function syncFromCron(env: SyncEnv, at: string): Promise<void> {
  const url = (env.WORDPRESS_URL as string | undefined)?.trim();
  if (!url) return;
  try {
    const report = await syncWordPress(env.DB, { url, credentials: env.WORDPRESS_APPLICATION_PASSWORD || null, siteUrl: env.SITE_URL, at });
    const { created, updated, withdrawn, failed } = report.counts;
    if (created + updated + withdrawn + failed > 0) console.log(JSON.stringify({ level: failed > 0 ? 'warn' : 'info', event: 'wordpress-sync', ...report }));
  } catch (error) {
    console.log(JSON.stringify({ level: 'error', event: 'wordpress-sync-failed', url, error: error instanceof Error ? error.message : String(error) }));
  }
}
