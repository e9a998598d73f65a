/**
 * The cache generation as this isolate knows it. Every write bumps it in D1 inside its own
 * batch (`bumpGenerationStatement`) and the writing isolate adopts the new value at once;
 * other isolates re-read it at most every GENERATION_TTL_MS, so a write shows everywhere
 * within that bound. When D1 cannot be read, the last known value stands.
 *
 * With read replicas the generation comes with the D1 bookmark it was seen at: this isolate's
 * later sessions start there (src/storage/d1-session.ts), so no replica behind it answers a read
 * whose result would be cached under that generation.
 */
import { type Db, isBookmarked, noteGenerationBump, sessionBookmark } from './d1-session';

/** How long an isolate trusts the generation it last read: well inside the promised 5 s. */
export const GENERATION_TTL_MS = 2000;

let known: { value: number; checkedAt: number; bookmark: string | null } | null = null;

/** Increments the generation; put it in the batch of every write that public reads can see. */
export function bumpGenerationStatement(db: Db, at: string): D1PreparedStatement {
  return db.prepare('UPDATE cache_state SET generation = generation + 1, updated_at = ?1 WHERE id = 1 RETURNING generation').bind(at);
}

/** Adopts a generation this isolate just wrote (through `db`, whose bookmark now includes it). */
export function rememberGeneration(value: number, now: number = Date.now(), db?: Db): void {
  if (db) noteGenerationBump(db);
  if (!known || value >= known.value) known = { value, checkedAt: now, bookmark: (db && sessionBookmark(db)) ?? known?.bookmark ?? null };
}

/**
 * The current generation: the remembered one while fresh, else read from D1 — always read
 * when the request sent a bookmark, since the remembered one may be older than its state.
 * `stale` is true when D1 could not be read and an older value (or none: null) is all there is.
 */
export async function currentGeneration(db: Db, now: number = Date.now()): Promise<{ value: number | null; stale: boolean }> {
  const bookmarked = isBookmarked(db);
  if (known && !bookmarked && now - known.checkedAt < GENERATION_TTL_MS) return { value: known.value, stale: false };
  try {
    const row = await db.prepare('SELECT generation FROM cache_state WHERE id = 1').first<{ generation: number }>();
    const value = row?.generation ?? 0;
    // A replica may answer with an older value than this isolate knows: the newer one stands.
    if (!known || value >= known.value) known = { value, checkedAt: now, bookmark: sessionBookmark(db) ?? known?.bookmark ?? null };
    else known.checkedAt = now;
    return { value, stale: false };
  } catch {
    return { value: known?.value ?? null, stale: true };
  }
}

/** The remembered generation while it is fresh, without asking D1; null when it is not. */
export function freshGeneration(now: number = Date.now()): number | null {
  return known && now - known.checkedAt < GENERATION_TTL_MS ? known.value : null;
}

/** The bookmark the remembered generation was seen at; null when unknown. */
export function generationBookmark(): string | null {
  return known?.bookmark ?? null;
}

/** Forgets what this isolate knows (tests). */
export function forgetGeneration(): void {
  known = null;
}
