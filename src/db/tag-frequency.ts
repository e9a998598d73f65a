/**
 * Which tag of a list's filter drives the query (src/db/articles.ts): the list walks that tag's
 * links in publication order and probes the other tags on each, so it reads about limit ÷ the
 * others' share among the driving tag's articles; its count also says whether the walk needs a
 * window (tags that never meet). The rarest tag reads least. The choice is a plan, never a
 * result: every tag gives the same rows in the same order, so a count a minute old is good enough.
 */
import type { Db } from '../storage/d1-session';

/** Links are counted up to this many: past it, a tag is common and any such tag will do. */
export const TAG_COUNT_CAP = 20_000;
/** How long an isolate trusts a tag's count. */
export const TAG_COUNT_TTL_MS = 60_000;

const counted = new Map<string, { links: number; at: number }>();

/** How many links `slug` has, up to TAG_COUNT_CAP (a bounded read of its index range). */
async function linksOf(db: Db, slug: string, now: number): Promise<number> {
  const known = counted.get(slug);
  if (known && now - known.at < TAG_COUNT_TTL_MS) return known.links;
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE slug = ?1) LIMIT ?2)')
    .bind(slug, TAG_COUNT_CAP)
    .first<{ n: number }>();
  const links = row?.n ?? 0;
  if (counted.size > 10_000) counted.clear();
  counted.set(slug, { links, at: now });
  return links;
}

/**
 * The tag of `tags` with the fewest links and how many (up to TAG_COUNT_CAP). A single tag is
 * counted only when `othersChecked` (an author the walk checks too, which it may never meet):
 * else there is nothing to choose and nothing else to check. Undefined without tags.
 */
export async function rarestTag(
  db: Db,
  tags: string[] | undefined,
  now: number = Date.now(),
  othersChecked = false,
): Promise<{ slug: string; links?: number } | undefined> {
  if (!tags || (tags.length < 2 && !othersChecked)) return tags?.[0] === undefined ? undefined : { slug: tags[0] };
  let rarest: { slug: string; links: number } | undefined;
  for (const slug of tags) {
    const links = await linksOf(db, slug, now);
    if (!rarest || links < rarest.links) rarest = { slug, links };
  }
  return rarest;
}
