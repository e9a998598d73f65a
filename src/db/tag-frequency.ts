/**
 * Which tag of a list's filter is rare enough to drive the query from `article_tags`: walking
 * the newest-first index and checking each article's tags reads about limit ÷ share rows (for a
 * tag on 0.1 % of a million articles, ~20,000 to fill a page), while reading the tag's own links
 * and sorting them reads only its articles. The choice is a plan, never a result: both give the
 * same rows in the same order, so a count a minute old is good enough.
 */
import type { Db } from '../storage/d1-session';

/** A tag with fewer links than this is read from its links and sorted (at most this many rows). */
export const RARE_TAG_LINKS = 2000;
/** How far a count goes when several common tags are filtered: past this, a tag is "very common". */
export const COMMON_TAG_LINKS = 1_000_000;
/** How long an isolate trusts a tag's count. */
export const TAG_COUNT_TTL_MS = 60_000;

/** A tag's count as last read: exact when under the cap it was read with, else at least `cap`. */
const counted = new Map<string, { links: number; cap: number; at: number }>();

/** How many links `slug` has, up to `cap` (a bounded read of its index range). */
async function linksOf(db: Db, slug: string, now: number, cap = RARE_TAG_LINKS): Promise<number> {
  const known = counted.get(slug);
  if (known && now - known.at < TAG_COUNT_TTL_MS && (known.links < known.cap || known.cap >= cap)) return Math.min(known.links, cap);
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE slug = ?1) LIMIT ?2)')
    .bind(slug, cap)
    .first<{ n: number }>();
  const links = row?.n ?? 0;
  if (counted.size > 10_000) counted.clear();
  counted.set(slug, { links, cap, at: now });
  return links;
}

/**
 * The rarest of `tags`, however common: for a filter of several tags that the newest-first walk
 * could not fill from its first rows (they seldom or never meet), reading the rarest tag's links
 * bounds the work by its count instead of by the archive's size. Each count stops at the
 * rarest so far: a tag that reaches it cannot be rarer, so no more of it is read.
 */
export async function rarestTagOf(db: Db, tags: string[], now: number = Date.now()): Promise<string | undefined> {
  let rarest: { slug: string; links: number } | undefined;
  for (const slug of tags) {
    const links = await linksOf(db, slug, now, rarest ? rarest.links : COMMON_TAG_LINKS);
    if (!rarest || links < rarest.links) rarest = { slug, links };
  }
  return rarest?.slug;
}

/** The rarest of `tags` when it is rare (fewer than RARE_TAG_LINKS links), else undefined. */
export async function rareTagOf(db: Db, tags: string[] | undefined, now: number = Date.now()): Promise<string | undefined> {
  if (!tags || tags.length === 0) return undefined;
  let rarest: { slug: string; links: number } | undefined;
  for (const slug of tags) {
    const links = await linksOf(db, slug, now);
    if (links < RARE_TAG_LINKS && (!rarest || links < rarest.links)) rarest = { slug, links };
  }
  return rarest?.slug;
}
