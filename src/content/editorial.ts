/**
 * The article lifecycle: create, update, publish, withdraw, delete and scheduled publishing.
 * Every write is one D1 batch holding the article, its links, a revision (the full new state,
 * guarded by the expected version) and, when public visibility changes, a change-feed row.
 */
import { Problem, conflict, invalidInput, notFound } from '../app/problem';
import type { Principal } from '../app/types';
import {
  type ArticleLinks,
  type ArticleRecord,
  type ChangeKind,
  changeStatement,
  insertArticleStatements,
  replaceArticleStatements,
} from '../db/article-writes';
import { type ArticleRow, findArticleById, findDueArticles, freeSlug } from '../db/articles';
import { type RevisionAction, isStaleVersionError, revisionStatement } from '../db/revisions';
import { slugHistoryStatement } from '../db/slug-history';
import { bumpGenerationStatement, rememberGeneration } from '../storage/generation';
import type { CreateArticleInput, UpdateArticleInput } from '../schemas/admin-article';
import { newId } from './ids';
import { HtmlSanitizeError, sanitizeHtml } from './sanitize';
import { slugify } from './slug';
import { LostRace, backOff, contended, retryingLostRaces, WRITE_ATTEMPTS } from './write-races';
import { bodySizeProblem, deriveBodyFields, makeExcerpt } from './text';
import { now as currentTime } from './time';

/** Who writes, where the publisher's site is, and when. */
export interface WriteContext {
  db: D1Database;
  keyId: string;
  /** The publisher's site (SITE_URL): articles without a `url` get one under it. */
  siteUrl?: string;
  at?: string;
}

/** The canonical URL an article gets when none is given: `${SITE_URL}/<section>/<slug>`. */
export function defaultUrl(siteUrl: string | undefined, record: Pick<ArticleRecord, 'section' | 'slug'>): string | null {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}/${record.section ?? 'news'}/${record.slug}` : null;
}

/** Revisions written by the Cron Trigger carry this key id. */
export const SCHEDULER_KEY_ID = 'scheduler';

/** `If-Match`: a version number, or `*` for any. */
export type Precondition = number | '*';

const isPublic = (record: Pick<ArticleRecord, 'status' | 'deleted_at'>) => record.status === 'published' && !record.deleted_at;
// Published or withdrawn: public reads answer it (200 or 410).
const isSeen = (record: Pick<ArticleRecord, 'status' | 'deleted_at'>) => isPublic(record) || (record.status === 'withdrawn' && !record.deleted_at);

/** The change-feed row a write implies, if partners' mirrors must hear of it. */
export function changeFor(before: ArticleRecord | null, after: ArticleRecord): ChangeKind | null {
  if (isPublic(after)) return 'upsert';
  const wasSeen = before !== null && isSeen(before);
  if (after.deleted_at) return wasSeen ? 'deleted' : null;
  if (before !== null && isPublic(before)) return 'withdrawn';
  return null;
}

/** Splits a stored row into its record and its links. */
export function recordFromRow(row: ArticleRow): { record: ArticleRecord; links: ArticleLinks } {
  const { section_slug, authors_json, tags_json } = row;
  return {
    record: {
      id: row.id, slug: row.slug, url: row.url, headline: row.headline, standfirst: row.standfirst,
      excerpt: row.excerpt, body_html: row.body_html ?? '', body_text: row.body_text ?? '',
      language: row.language, word_count: row.word_count, reading_time_minutes: row.reading_time_minutes,
      status: row.status, section: section_slug, published_at: row.published_at, publish_at: row.publish_at,
      created_at: row.created_at, updated_at: row.updated_at, version: row.version, image_id: row.image_id,
      withdrawn_reason: row.withdrawn_reason, deleted_at: row.deleted_at,
    },
    links: { authors: JSON.parse(authors_json), tags: JSON.parse(tags_json) },
  };
}

/** Checks that the section, authors (by slug) and image an input names exist: 422 if not. */
async function resolveLinks(db: D1Database, input: UpdateArticleInput, current: ArticleLinks | null): Promise<ArticleLinks> {
  const wanted = {
    section: input.section ?? null,
    image: input.image_id ?? null,
    authorSlugs: (input.authors ?? []).filter((ref): ref is string => typeof ref === 'string'),
  };
  const [section, image, authors] = await db.batch<{ slug?: string; name?: string; id?: string }>([
    db.prepare('SELECT slug FROM sections WHERE slug = ?1').bind(wanted.section),
    db.prepare('SELECT id FROM media WHERE id = ?1').bind(wanted.image),
    db.prepare('SELECT slug, name FROM authors WHERE slug IN (SELECT value FROM json_each(?1))').bind(JSON.stringify(wanted.authorSlugs)),
  ]);
  const errors: { path: string; message: string }[] = [];
  if (wanted.section && section!.results.length === 0) errors.push({ path: 'section', message: `No section has the slug "${wanted.section}".` });
  if (wanted.image && image!.results.length === 0) errors.push({ path: 'image_id', message: `No media has the id "${wanted.image}".` });
  const knownAuthors = new Map(authors!.results.map((row) => [row.slug!, row.name!]));
  const resolvedAuthors = (input.authors ?? []).map((ref, index) => {
    if (typeof ref !== 'string') return { slug: ref.slug, name: ref.name };
    if (!knownAuthors.has(ref)) errors.push({ path: `authors.${index}`, message: `No author has the slug "${ref}"; send { "slug", "name" } to create one.` });
    return { slug: ref, name: knownAuthors.get(ref) ?? ref };
  });
  const resolvedTags = (input.tags ?? []).map((name, index) => {
    const slug = slugify(name);
    if (!slug) errors.push({ path: `tags.${index}`, message: 'A tag needs at least one letter or digit.' });
    return { slug, name };
  });
  if (errors.length > 0) throw invalidInput(errors, 422);
  const unique = <T extends { slug: string }>(terms: T[]) => [...new Map(terms.map((term) => [term.slug, term])).values()];
  return {
    authors: input.authors ? unique(resolvedAuthors) : (current?.authors ?? []),
    tags: input.tags ? unique(resolvedTags) : (current?.tags ?? []),
  };
}

/** Writes one revision of an article in one batch; 412 when another write won, 409 on a slug clash. */
async function commit(
  ctx: WriteContext,
  before: ArticleRecord | null,
  after: ArticleRecord,
  links: ArticleLinks,
  action: RevisionAction,
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
    ? [revision, ...replaceArticleStatements(db, after, links, before.version)]
    : [...insertArticleStatements(db, after, links), revision];
  if (before && before.slug !== after.slug && isSeen(before)) {
    // A slug the public knew keeps redirecting; one the article had only unpublished is not kept.
    statements.push(slugHistoryStatement(db, { article_id: after.id, slug: before.slug, url: before.url !== after.url ? before.url : null, at: after.updated_at }));
  }
  if (change) {
    // Public reads change: a change-feed row, and a new cache generation, in the same batch.
    statements.push(changeStatement(db, { article_id: after.id, slug: after.slug, change, version: after.version, at: after.updated_at }));
    statements.push(bumpGenerationStatement(db, after.updated_at));
  }
  try {
    const results = await db.batch<{ generation?: number }>(statements);
    const generation = change ? results.at(-1)?.results[0]?.generation : undefined;
    if (generation !== undefined) rememberGeneration(generation);
  } catch (error) {
    if (isStaleVersionError(error)) throw stale(before?.version);
    if (error instanceof Error && /UNIQUE constraint failed: articles\.(slug|id)/.test(error.message)) {
      throw conflict(`Another article already has the slug "${after.slug}".`, { slug: after.slug });
    }
    throw error;
  }
}

/** The sanitized body; markup the parser cannot read safely, too much to store, or nothing left, answers 422 on body_html. */
async function sanitizeBody(html: string): Promise<string> {
  let sanitized: string;
  try {
    sanitized = await sanitizeHtml(html);
  } catch (error) {
    if (error instanceof HtmlSanitizeError) throw invalidInput([{ path: 'body_html', message: error.message }], 422);
    throw error;
  }
  // `<script>…</script>` alone sanitizes to nothing: an article without a body is refused.
  if (sanitized.trim() === '') throw invalidInput([{ path: 'body_html', message: 'Nothing is left after sanitizing: scripts, styles and unknown markup are removed.' }], 422);
  // The limit on input length does not bound the output: `>` becomes `&gt;`, `<a>` gains a rel.
  const tooLarge = bodySizeProblem(sanitized);
  if (tooLarge) throw invalidInput([{ path: 'body_html', message: tooLarge }], 422);
  return sanitized;
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
async function loadForWrite(db: D1Database, id: string, precondition: Precondition | undefined) {
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

/**
 * A publish_at must lie after the write: the next cron run would publish a past one at once,
 * backdated to it, so a past date is almost always a typo or a wrong time zone.
 */
function ensureAhead(publishAt: string | null | undefined, at: string, hint: string): void {
  if (publishAt && publishAt <= at) throw invalidInput([{ path: 'publish_at', message: `Is in the past (it is ${at} now); ${hint}` }], 422);
}

/** Scheduling takes a live article off the public reads until the cron runs: refused. */
function ensureNotLive(before: ArticleRecord): void {
  if (isPublic(before)) {
    throw conflict('The article is already published; withdraw it first to schedule it again.', { status: before.status });
  }
}

/** Creates an article (a draft unless `status` or `publish_at` says otherwise); returns its id. */
export async function createArticle(ctx: WriteContext, input: CreateArticleInput): Promise<string> {
  const at = ctx.at ?? currentTime();
  ensureAhead(input.publish_at, at, 'to publish now, send status "published" instead.');
  const links = await resolveLinks(ctx.db, input, null);
  const bodyHtml = await sanitizeBody(input.body_html);
  const status = input.publish_at ? 'scheduled' : (input.status ?? 'draft');
  for (let attempt = 1; ; attempt++) {
    // Read afresh on every attempt: a lost race means the slug read last time is taken now.
    const slug = input.slug ?? (await freeSlug(ctx.db, slugify(input.headline) || 'article'));
    const record: ArticleRecord = {
      id: newId('art'),
      slug,
      url: input.url ?? defaultUrl(ctx.siteUrl, { section: input.section ?? null, slug }),
      headline: input.headline,
      standfirst: input.standfirst ?? null,
      body_html: bodyHtml,
      ...deriveBodyFields(bodyHtml, input.excerpt),
      language: input.language ?? 'en',
      status,
      section: input.section ?? null,
      published_at: status === 'published' ? at : null,
      publish_at: input.publish_at ?? null,
      created_at: at,
      updated_at: at,
      version: 1,
      image_id: input.image_id ?? null,
      withdrawn_reason: null,
      deleted_at: null,
    };
    try {
      await commit(ctx, null, record, links, 'create');
      return record.id;
    } catch (error) {
      // Creates raced for the same headline's slug: take the next free one. An explicit slug
      // that is taken stays a 409.
      if (input.slug || !(error instanceof Problem && error.status === 409)) throw error;
      if (attempt >= WRITE_ATTEMPTS) throw contended();
      await backOff(attempt);
    }
  }
}

/** Applies a partial update under `If-Match`. */
export const updateArticle = retryingLostRaces(async (ctx: WriteContext, id: string, precondition: Precondition, input: UpdateArticleInput) => {
  const at = ctx.at ?? currentTime();
  ensureAhead(input.publish_at, at, 'to publish now, send status "published" instead.');
  const { record: before, links: currentLinks } = await loadForWrite(ctx.db, id, precondition);
  if (input.publish_at) ensureNotLive(before);
  const links = await resolveLinks(ctx.db, input, currentLinks);
  const after: ArticleRecord = { ...before, updated_at: at, version: before.version + 1 };
  for (const field of ['slug', 'url', 'headline', 'standfirst', 'language', 'section', 'image_id'] as const) {
    if (input[field] !== undefined) (after as unknown as Record<string, unknown>)[field] = input[field];
  }
  // A URL we made follows the slug and section; one the publisher gave stays as it is.
  if (input.url === undefined && before.url === defaultUrl(ctx.siteUrl, before)) after.url = defaultUrl(ctx.siteUrl, after);
  if (input.url === null) after.url = defaultUrl(ctx.siteUrl, after);
  const excerptWasDerived = before.excerpt === makeExcerpt(before.body_text);
  if (input.body_html !== undefined) after.body_html = await sanitizeBody(input.body_html);
  if (input.body_html !== undefined || input.excerpt !== undefined) {
    const excerpt = input.excerpt !== undefined ? input.excerpt : excerptWasDerived ? null : before.excerpt;
    Object.assign(after, deriveBodyFields(after.body_html, excerpt));
  }
  if (input.status === 'published') Object.assign(after, { status: 'published', published_at: before.published_at ?? at, publish_at: null });
  if (input.status === 'draft') Object.assign(after, { status: 'draft', publish_at: null });
  if (input.publish_at) Object.assign(after, { status: 'scheduled', publish_at: input.publish_at });
  if (input.publish_at === null && before.status === 'scheduled' && !input.status) Object.assign(after, { status: 'draft', publish_at: null });
  await commit(ctx, before, after, links, 'update');
});

/**
 * Publishes now, or schedules for `publishAt` (422 when past, 409 when already published). Asking for the state the article is already in
 * (published; scheduled for that time) changes nothing: no new version, no change-feed row.
 */
export const publishArticle = retryingLostRaces(async (ctx: WriteContext, id: string, precondition: Precondition | undefined, publishAt?: string) => {
  const at = ctx.at ?? currentTime();
  ensureAhead(publishAt, at, 'to publish now, send no publish_at.');
  const { record: before, links } = await loadForWrite(ctx.db, id, precondition);
  if (publishAt) ensureNotLive(before);
  if (publishAt ? before.status === 'scheduled' && before.publish_at === publishAt : before.status === 'published') return;
  const after: ArticleRecord = publishAt
    ? { ...before, status: 'scheduled', publish_at: publishAt, withdrawn_reason: null, updated_at: at, version: before.version + 1 }
    : { ...before, status: 'published', published_at: before.published_at ?? at, publish_at: null, withdrawn_reason: null, updated_at: at, version: before.version + 1 };
  await commit(ctx, before, after, links, 'publish');
});

/** Withdraws a published article with a reason; public reads then answer 410. */
export const withdrawArticle = retryingLostRaces(async (ctx: WriteContext, id: string, precondition: Precondition | undefined, reason: string) => {
  const at = ctx.at ?? currentTime();
  const { record: before, links } = await loadForWrite(ctx.db, id, precondition);
  if (before.status !== 'published') {
    throw conflict(`Only a published article can be withdrawn; this one is ${before.status}.`, { status: before.status });
  }
  const after: ArticleRecord = { ...before, status: 'withdrawn', withdrawn_reason: reason, updated_at: at, version: before.version + 1 };
  await commit(ctx, before, after, links, 'withdraw');
});

/** Soft-deletes an article: it disappears everywhere, its revisions stay. */
export const deleteArticle = retryingLostRaces(async (ctx: WriteContext, id: string, precondition: Precondition | undefined) => {
  const at = ctx.at ?? currentTime();
  const { record: before, links } = await loadForWrite(ctx.db, id, precondition);
  const after: ArticleRecord = { ...before, deleted_at: at, updated_at: at, version: before.version + 1 };
  await commit(ctx, before, after, links, 'delete');
});

/**
 * Publishes every scheduled article whose publish_at has passed, each with `published_at` set to
 * its `publish_at`, a revision and a change row. Idempotent: an article another run already
 * published fails its version guard and is skipped.
 */
export async function publishScheduled(db: D1Database, at: string = currentTime()): Promise<string[]> {
  const published: string[] = [];
  for (const row of await findDueArticles(db, at)) {
    const { record: before, links } = recordFromRow(row);
    const after: ArticleRecord = {
      ...before,
      status: 'published',
      published_at: before.publish_at,
      publish_at: null,
      updated_at: at,
      version: before.version + 1,
    };
    try {
      await commit({ db, keyId: SCHEDULER_KEY_ID, at }, before, after, links, 'publish');
      published.push(after.id);
    } catch (error) {
      if (!(error instanceof Problem && error.status === 412)) throw error;
    }
  }
  return published;
}

/** The key a write is attributed to. */
export function writeContext(env: Env, principal: Principal): WriteContext {
  return { db: env.DB, keyId: principal.id, siteUrl: env.SITE_URL };
}
