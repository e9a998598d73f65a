/**
 * One write of an article as one D1 batch: the revision (the full new state, guarded by the
 * expected version), the article and its links, the slug it gave up, and, when public reads
 * change, a change-feed row and a new cache generation. Shared by every step of the lifecycle
 * (src/content/editorial.ts).
 */
import { Problem, conflict, notFound } from '../app/problem';
import {
  type ArticleLinks, type ArticleRecord, type ChangeEvent, type Correction, type ChangeKind, changeStatement, insertArticleStatements,
  insertCorrectionStatements, replaceArticleStatements,
} from '../db/article-writes';
import { type ArticleRow, findArticleById } from '../db/articles';
import { type RevisionAction, isStaleVersionError, revisionLinksStatement, revisionStatement } from '../db/revisions';
import { slugHistoryStatement } from '../db/slug-history';
import { type Db, notePurge } from '../storage/d1-session';
import { bumpGenerationStatement, rememberGeneration } from '../storage/generation';
import { writeTags } from '../db/cache-tags';
import { LostRace } from './write-races';

/** Who writes, where the publisher's site is, and when. */
export interface WriteContext {
  db: Db;
  keyId: string;
  /** The publisher's site (SITE_URL): articles without a `url` get one under it. */
  siteUrl?: string;
  at?: string;
}

/** `If-Match`: a version number, or `*` for any. */
export type Precondition = number | '*';

type Visibility = Pick<ArticleRecord, 'status' | 'deleted_at' | 'embargoed_until'>;

/** Published and not deleted: some reader sees it (the public, or under embargo only keys with embargo access). */
export const isReleased = (record: Visibility) => record.status === 'published' && !record.deleted_at;
/** What every reader, with a key or without, may read. */
export const isPublic = (record: Visibility) => isReleased(record) && !record.embargoed_until;
// Released or withdrawn: some reader's reads answer it (200 or 410), so a mirror may hold it.
const isSeen = (record: Visibility) => isReleased(record) || (record.status === 'withdrawn' && !record.deleted_at);

/** A change-feed row's kind and the webhook event it is. */
export interface ChangeOf {
  change: ChangeKind;
  event: ChangeEvent;
}

/**
 * The change-feed row a write implies, if any mirror must hear of it: every write that leaves
 * the article released (public or under embargo) and every one that takes it away. Which
 * mirrors hear of a row is the feed's business (src/syndication/contract-sql.ts).
 */
export function changeFor(before: ArticleRecord | null, after: ArticleRecord): ChangeOf | null {
  if (isReleased(after)) return { change: 'upsert', event: upsertEvent(before, after) };
  const wasSeen = before !== null && isSeen(before);
  if (after.deleted_at) return wasSeen ? { change: 'deleted', event: 'article.deleted' } : null;
  if (before !== null && isReleased(before)) return { change: 'withdrawn', event: 'article.withdrawn' };
  return null;
}

function upsertEvent(before: ArticleRecord | null, after: ArticleRecord): ChangeEvent {
  if (before === null || !isReleased(before)) return 'article.published';
  if (before.embargoed_until && !after.embargoed_until) return 'article.embargo_lifted';
  if (after.corrections.length > before.corrections.length) return 'article.corrected';
  return 'article.updated';
}

/** Splits a stored row into its record and its links. */
export function recordFromRow(row: ArticleRow): { record: ArticleRecord; links: ArticleLinks } {
  const { section_slug, authors_json, tags_json, corrections_json } = row;
  return {
    record: {
      id: row.id, slug: row.slug, url: row.url, headline: row.headline, standfirst: row.standfirst,
      excerpt: row.excerpt, body_html: row.body_html ?? '', body_text: row.body_text ?? '',
      language: row.language, word_count: row.word_count, reading_time_minutes: row.reading_time_minutes,
      status: row.status, section: section_slug, published_at: row.published_at, publish_at: row.publish_at,
      created_at: row.created_at, updated_at: row.updated_at, version: row.version, image_id: row.image_id,
      withdrawn_reason: row.withdrawn_reason, deleted_at: row.deleted_at,
      rights_usage_terms: row.rights_usage_terms, rights_copyright_holder: row.rights_copyright_holder,
      rights_copyright_notice: row.rights_copyright_notice, rights_syndication: row.rights_syndication,
      embargoed_until: row.embargoed_until, corrections: JSON.parse(corrections_json) as Correction[],
    },
    links: { authors: JSON.parse(authors_json), tags: JSON.parse(tags_json) },
  };
}

/**
 * Whether `after` leaves the article as `before` was, its version and time aside, with the same
 * authors and tags in the same order (by slug: a write never renames a term that exists).
 */
export function changesNothing(before: ArticleRecord, beforeLinks: ArticleLinks, after: ArticleRecord, afterLinks: ArticleLinks): boolean {
  const slugs = (links: ArticleLinks) => JSON.stringify([links.authors.map((term) => term.slug), links.tags.map((term) => term.slug)]);
  const fields = Object.keys(after) as (keyof ArticleRecord)[];
  return (
    fields.every((field) => field === 'updated_at' || field === 'version' || JSON.stringify(before[field]) === JSON.stringify(after[field])) &&
    slugs(beforeLinks) === slugs(afterLinks)
  );
}

/** Statements that must land with the write or not at all (an importer's record of where a post went). */
export interface AlongsideStatements {
  /** Before the article's own statements (e.g. creating the section it names). */
  first?: D1PreparedStatement[];
  /** After them (e.g. rows that reference the article). */
  last?: D1PreparedStatement[];
}

/**
 * Writes one revision of an article in one batch; 412 when another write won, 409 on a slug
 * clash. `alongside` lands in the same batch; `beforeLinks` are the links `before` had, when the
 * write changes them.
 */
export async function commit(
  ctx: WriteContext,
  before: ArticleRecord | null,
  after: ArticleRecord,
  links: ArticleLinks,
  action: RevisionAction,
  alongside: AlongsideStatements = {},
  beforeLinks: ArticleLinks | null = before ? links : null,
): Promise<void> {
  const { db } = ctx;
  const change = changeFor(before, after);
  const revision = revisionStatement(db, {
    article_id: after.id,
    expectedVersion: before ? before.version : null,
    action,
    snapshot: { ...after, ...links },
    key_id: ctx.keyId,
    created_at: after.updated_at,
  });
  // An update's revision goes first: it is the version guard. A create's goes after the
  // article it references.
  const statements = before
    ? [
        ...(alongside.first ?? []),
        revision,
        ...replaceArticleStatements(db, after, links, before.version),
        // Only the corrections this write adds: the ones before it are never rewritten.
        ...insertCorrectionStatements(db, after.id, after.corrections.slice(before.corrections.length)),
      ]
    : [...(alongside.first ?? []), ...insertArticleStatements(db, after, links), revision];
  statements.push(...(alongside.last ?? []));
  statements.push(revisionLinksStatement(db, after.id, after.version, links));
  if (before && before.slug !== after.slug && isSeen(before)) {
    // A slug the public knew keeps redirecting; one the article had only unpublished is not kept.
    statements.push(slugHistoryStatement(db, { article_id: after.id, slug: before.slug, url: before.url !== after.url ? before.url : null, at: after.updated_at }));
  }
  if (change) {
    // Leaving every reader's view (a draft renamed as it is unpublished), the article is named
    // by the slug, headline and URL readers last had: the ones it takes as it goes are never told.
    const told = isSeen(after) || !before ? after : before;
    // Public reads change: a change-feed row, and a new cache generation, in the same batch.
    statements.push(
      changeStatement(db, {
        article_id: after.id, slug: told.slug, headline: told.headline, url: told.url, ...change, version: after.version, at: after.updated_at,
        section: after.section, syndication: after.rights_syndication, embargoed: Boolean(after.embargoed_until),
      }),
    );
    statements.push(bumpGenerationStatement(db, after.updated_at));
  }
  try {
    const results = await db.batch<{ generation?: number }>(statements);
    const generation = change ? results.at(-1)?.results[0]?.generation : undefined;
    if (generation !== undefined) rememberGeneration(generation, Date.now(), db);
    if (change) notePurge(db, writeTags(before, beforeLinks, after, links));
  } catch (error) {
    if (isStaleVersionError(error)) throw stale(before?.version);
    if (error instanceof Error && /UNIQUE constraint failed: articles\.(slug|id)/.test(error.message)) {
      throw conflict(`Another article already has the slug "${after.slug}".`, { slug: after.slug });
    }
    throw error;
  }
}

function stale(version: number | undefined): Problem {
  return new LostRace({
    status: 412,
    type: 'precondition-failed',
    title: 'Precondition failed',
    detail: `The article has changed since version ${version ?? '?'}; fetch it again and reapply your change.`,
  });
}

/** The current record for a write, checking `If-Match`: 404 unknown or deleted, 412 stale. */
export async function loadForWrite(db: Db, id: string, precondition: Precondition | undefined) {
  const row = await findArticleById(db, id);
  if (!row || row.deleted_at) throw notFound(`No article has the id "${id}".`);
  if (precondition !== undefined && precondition !== '*' && precondition !== row.version) {
    throw new Problem({
      status: 412,
      type: 'precondition-failed',
      title: 'Precondition failed',
      detail: `If-Match names version ${precondition}, but the article is at version ${row.version}.`,
      extensions: { current_version: row.version },
    });
  }
  return recordFromRow(row);
}
