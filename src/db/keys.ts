/** D1 queries for API keys. Secrets are never stored: only their SHA-256. */
import type { Role } from '../content/keys';
import type { Db } from '../storage/d1-session';

export interface KeyRow {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  secret_hash: string;
  allowed_origins: string;
  /** The key's own limit; both null: its role's default. */
  rate_limit_requests: number | null;
  rate_limit_period_seconds: number | null;
  /** The contract as JSON (`Entitlements`); null: none. */
  entitlements: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Stores a new key. */
export function insertKeyStatement(
  db: Db,
  key: Omit<KeyRow, 'last_used_at' | 'revoked_at' | 'rate_limit_requests' | 'rate_limit_period_seconds' | 'entitlements'> &
    Partial<Pick<KeyRow, 'rate_limit_requests' | 'rate_limit_period_seconds' | 'entitlements'>>,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO api_keys (id, name, role, prefix, secret_hash, allowed_origins, created_at, rate_limit_requests, rate_limit_period_seconds, entitlements)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(key.id, key.name, key.role, key.prefix, key.secret_hash, key.allowed_origins, key.created_at, key.rate_limit_requests ?? null, key.rate_limit_period_seconds ?? null, key.entitlements ?? null);
}

/** Replaces a live key's contract, returning the row (none when unknown or revoked). */
export function updateEntitlements(db: Db, id: string, entitlements: string | null): Promise<KeyRow | null> {
  return db.prepare('UPDATE api_keys SET entitlements = ?2 WHERE id = ?1 AND revoked_at IS NULL RETURNING *').bind(id, entitlements).first<KeyRow>();
}

/** The slugs in `slugs` that name no section. */
export async function unknownSections(db: Db, slugs: string[]): Promise<string[]> {
  const { results } = await db
    .prepare('SELECT value FROM json_each(?1) WHERE value NOT IN (SELECT slug FROM sections)')
    .bind(JSON.stringify(slugs))
    .all<{ value: string }>();
  return results.map((row) => row.value);
}

/** The key with this public prefix, revoked or not. */
export function findKeyByPrefix(db: Db, prefix: string): Promise<KeyRow | null> {
  return db.prepare('SELECT * FROM api_keys WHERE prefix = ?1').bind(prefix).first<KeyRow>();
}

/** Where a page of keys starts: after this `(created_at, id)`, newest first. */
export type KeyPosition = [createdAt: string, id: string];

/**
 * One page of keys, newest first. By `created_at`, ties broken by id: ids sort by the clock of
 * the isolate that made them (and randomly within a millisecond), not by creation time.
 */
export async function listKeys(db: Db, options: { limit: number; after?: KeyPosition }): Promise<{ rows: KeyRow[]; next: KeyPosition | null }> {
  const { results } = await db
    .prepare(
      `SELECT * FROM api_keys WHERE ?1 IS NULL OR (created_at, id) < (?1, ?2)
       ORDER BY created_at DESC, id DESC LIMIT ?3`,
    )
    .bind(options.after?.[0] ?? null, options.after?.[1] ?? null, options.limit + 1)
    .all<KeyRow>();
  const rows = results.slice(0, options.limit);
  const last = rows.at(-1);
  return { rows, next: results.length > options.limit && last ? [last.created_at, last.id] : null };
}

/** Marks a key revoked (keeping the first revocation time), returning the row. */
export function revokeKeyStatement(db: Db, id: string, at: string): D1PreparedStatement {
  return db.prepare('UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1 RETURNING *').bind(id, at);
}

/** The key with this id, revoked or not. */
export function findKeyById(db: Db, id: string): Promise<KeyRow | null> {
  return db.prepare('SELECT * FROM api_keys WHERE id = ?1').bind(id).first<KeyRow>();
}
