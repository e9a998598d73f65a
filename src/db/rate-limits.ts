/** D1 counters for per-key rate limits: one fixed-window row per key. */
import type { Db } from '../storage/d1-session';

/**
 * Counts one request of `keyId` in the window starting at `windowStart` (epoch seconds) and
 * returns the count so far, this one included. A row from an older window restarts at 1.
 */
export async function countRequest(db: Db, keyId: string, windowStart: number): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO rate_limit_windows (key_id, window_start, count) VALUES (?1, ?2, 1)
       ON CONFLICT (key_id) DO UPDATE SET
         count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING count`,
    )
    .bind(keyId, windowStart)
    .first<{ count: number }>();
  return row!.count;
}
