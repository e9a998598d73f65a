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
/** How long an isolate trusts a tag's count. */
export const TAG_COUNT_TTL_MS = 60_000;

const counted = new Map<string, { links: number; at: number }>();

/** How many links `slug` has, up to RARE_TAG_LINKS (a bounded read of its index range). */
async function linksOf(db: Db, slug: string, now: number): Promise<number> {
  const known = counted.get(slug);
  if (known && now - known.at < TAG_COUNT_TTL_MS) return known.links;
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE slug = ?1) LIMIT ?2)')
    .bind(slug, RARE_TAG_LINKS)
    .first<{ n: number }>();
  const links = row?.n ?? 0;
  if (counted.size > 10_000) counted.clear();
  counted.set(slug, { links, at: now });
  return links;
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
