/**
 * The cache generation as this isolate knows it. Every write bumps it in D1 inside its own
 * batch (`bumpGenerationStatement`) and the writing isolate adopts the new value at once;
 * other isolates re-read it at most every GENERATION_TTL_MS, so a write shows everywhere
 * within that bound. When D1 cannot be read, the last known value stands.
 */

/** How long an isolate trusts the generation it last read: well inside the promised 5 s. */
export const GENERATION_TTL_MS = 2000;

let known: { value: number; checkedAt: number } | null = null;

/** Increments the generation; put it in the batch of every write that public reads can see. */
export function bumpGenerationStatement(db: D1Database, at: string): D1PreparedStatement {
  return db.prepare('UPDATE cache_state SET generation = generation + 1, updated_at = ?1 WHERE id = 1 RETURNING generation').bind(at);
}

/** Adopts a generation this isolate just wrote. */
export function rememberGeneration(value: number, now: number = Date.now()): void {
  if (!known || value >= known.value) known = { value, checkedAt: now };
}

/**
 * The current generation: the remembered one while fresh, else read from D1. `stale` is true
 * when D1 could not be read and an older value (or none: null) is all there is.
 */
export async function currentGeneration(db: D1Database, now: number = Date.now()): Promise<{ value: number | null; stale: boolean }> {
  if (known && now - known.checkedAt < GENERATION_TTL_MS) return { value: known.value, stale: false };
  try {
    const row = await db.prepare('SELECT generation FROM cache_state WHERE id = 1').first<{ generation: number }>();
    known = { value: row?.generation ?? 0, checkedAt: now };
    return { value: known.value, stale: false };
  } catch {
    return { value: known?.value ?? null, stale: true };
  }
}

/** The remembered generation while it is fresh, without asking D1; null when it is not. */
export function freshGeneration(now: number = Date.now()): number | null {
  return known && now - known.checkedAt < GENERATION_TTL_MS ? known.value : null;
}

/** Forgets what this isolate knows (tests). */
export function forgetGeneration(): void {
  known = null;
}
