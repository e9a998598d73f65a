/**
 * A contract as SQL: the one place that turns what a reader may receive into WHERE clauses over
 * `articles a` (lists, search, related, feeds) and over `changes c` (the change feed). Lists of
 * sections or levels are bound as one JSON array (`IN (SELECT value FROM json_each(?))`), so a
 * contract of any size stays one parameter and far from D1's expression-depth limit of 100.
 */
import type { SyndicationLevel } from '../db/article-writes';
import { PUBLIC_ARTICLE } from '../db/articles';
import { type Contract, canonicalContract } from './contract';
import { SYNDICATION_LEVELS } from './rights';
import { type Bind, binder } from '../db/bind';


const everyLevel = (levels: readonly string[]) => SYNDICATION_LEVELS.every((level) => levels.includes(level));

/**
 * The articles `contract` may read, over `articles a`. The public contract is PUBLIC_ARTICLE
 * exactly, spelled as the partial indexes are, so the public lists keep using them.
 */
export function visibleTo(contract: Contract, bind: Bind, defaultLevel: SyndicationLevel): string {
  const { sections, embargo_access, syndication } = canonicalContract(contract);
  const where = [embargo_access ? "a.status = 'published' AND a.deleted_at IS NULL" : PUBLIC_ARTICLE];
  if (sections !== null) {
    where.push(`a.section_id IN (SELECT sx.id FROM sections sx WHERE sx.slug IN (SELECT value FROM json_each(${bind(JSON.stringify(sections))})))`);
  }
  if (!everyLevel(syndication)) {
    where.push(`coalesce(a.rights_syndication, ${bind(defaultLevel)}) IN (SELECT value FROM json_each(${bind(JSON.stringify(syndication))}))`);
  }
  return where.join(' AND ');
}

/**
 * Whether the change row `alias` left the article inside the contract, as `1`/`0`: a row whose
 * article was then released or withdrawn, in a covered section and level, and not under an
 * embargo the contract may not see.
 */
export function rowInside(alias: string, contract: Contract, bind: Bind, defaultLevel: SyndicationLevel, anyKind = false): string {
  const { sections, embargo_access, syndication } = canonicalContract(contract);
  const where = anyKind ? ['1'] : [`${alias}.change IN ('upsert', 'withdrawn')`];
  if (!embargo_access) where.push(`${alias}.embargoed = 0`);
  if (sections !== null) where.push(`${alias}.section IN (SELECT value FROM json_each(${bind(JSON.stringify(sections))}))`);
  if (!everyLevel(syndication)) {
    where.push(`coalesce(${alias}.syndication, ${bind(defaultLevel)}) IN (SELECT value FROM json_each(${bind(JSON.stringify(syndication))}))`);
  }
  return `(${where.join(' AND ')})`;
}

/**
 * The change feed as `contract` sees it, after sequence number ?1, at most ?2 rows: a row that
 * leaves the article inside the contract as it is (`corrected` told from its event); a row that
 * takes it out of the contract (deleted, moved to another section or level, withdrawn under
 * embargo) as `deleted`, but only when the row before it had the article inside, so a mirror of
 * the contract removes what it holds and hears nothing of what it never held. A delete with no
 * row before it (an article written without the feed, e.g. imported) is judged by its own state.
 */
export function changesQuery(contract: Contract, defaultLevel: SyndicationLevel, after: number, limit: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [after, limit];
  const bind = binder(params);
  const insideNow = rowInside('c', contract, bind, defaultLevel);
  const insideBefore = rowInside('p', contract, bind, defaultLevel);
  const deletedInside = rowInside('c', contract, bind, defaultLevel, true);
  // A row that takes the article out of the contract names it by the slug the contract last
  // had (the row before), never by one it took outside (moved to another section and renamed).
  const sql = `SELECT seq, id, CASE WHEN inside_now THEN slug ELSE held_slug END AS slug,
      CASE WHEN inside_now THEN kind ELSE 'deleted' END AS change, version, at,
      CASE WHEN inside_now THEN previous_slug END AS previous_slug FROM (
      SELECT c.id AS seq, c.article_id AS id, c.slug, c.version, c.at, c.previous_slug,
        CASE WHEN c.event = 'article.corrected' THEN 'corrected' ELSE c.change END AS kind,
        ${insideNow} AS inside_now,
        CASE WHEN p.id IS NULL THEN c.change = 'deleted' AND ${deletedInside} ELSE ${insideBefore} END AS inside_before,
        coalesce(p.slug, c.slug) AS held_slug
      FROM changes c
      LEFT JOIN changes p ON p.id = (SELECT max(b.id) FROM changes b WHERE b.article_id = c.article_id AND b.id < c.id)
      WHERE c.id > ?1
    ) WHERE inside_now OR inside_before ORDER BY seq LIMIT ?2`;
  return { sql, params };
}
