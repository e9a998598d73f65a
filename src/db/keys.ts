/** D1 queries for API keys. Secrets are never stored: only their SHA-256. */
import type { Role } from '../content/keys';

export interface KeyRow {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  secret_hash: string;
  allowed_origins: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Stores a new key. */
export function insertKeyStatement(db: D1Database, key: Omit<KeyRow, 'last_used_at' | 'revoked_at'>): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO api_keys (id, name, role, prefix, secret_hash, allowed_origins, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
    )
    .bind(key.id, key.name, key.role, key.prefix, key.secret_hash, key.allowed_origins, key.created_at);
}

/** The key with this public prefix, revoked or not. */
export function findKeyByPrefix(db: D1Database, prefix: string): Promise<KeyRow | null> {
  return db.prepare('SELECT * FROM api_keys WHERE prefix = ?1').bind(prefix).first<KeyRow>();
}

/** One page of keys, newest first by id (ids sort by creation time). */
export async function listKeys(db: D1Database, options: { limit: number; after?: string }): Promise<{ rows: KeyRow[]; next: string | null }> {
  const { results } = await db
    .prepare(`SELECT * FROM api_keys WHERE ?1 IS NULL OR id < ?1 ORDER BY id DESC LIMIT ?2`)
    .bind(options.after ?? null, options.limit + 1)
    .all<KeyRow>();
  const rows = results.slice(0, options.limit);
  return { rows, next: results.length > options.limit ? (rows.at(-1)?.id ?? null) : null };
}

/** Marks a key revoked (keeping the first revocation time), returning the row. */
export function revokeKeyStatement(db: D1Database, id: string, at: string): D1PreparedStatement {
  return db.prepare('UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1 RETURNING *').bind(id, at);
}

/** The origins every active partner key allows: who may frame the embed card. */
export async function partnerOrigins(db: D1Database): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT DISTINCT o.value AS origin FROM api_keys k, json_each(k.allowed_origins) o
       WHERE k.role = 'partner' AND k.revoked_at IS NULL ORDER BY origin`,
    )
    .all<{ origin: string }>();
  return results.map((row) => row.origin);
}
