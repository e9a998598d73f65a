/** D1 queries for stored images (the bytes live in R2 under `key`). */
import type { Db } from '../storage/d1-session';

export interface MediaRecord {
  id: string;
  key: string;
  content_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string | null;
  credit: string | null;
  created_at: string;
}

/** Inserts the media row unless one with the same key (the same bytes) exists. */
export function insertMediaStatement(db: Db, media: MediaRecord): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO media (id, key, content_type, byte_size, width, height, alt, caption, credit, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (key) DO NOTHING`,
    )
    .bind(media.id, media.key, media.content_type, media.byte_size, media.width, media.height, media.alt, media.caption, media.credit, media.created_at);
}

/** The media row for a content key (the SHA-256 of its bytes), or null. */
export function findMediaByKey(db: Db, key: string): Promise<MediaRecord | null> {
  return db.prepare('SELECT * FROM media WHERE key = ?1').bind(key).first<MediaRecord>();
}
