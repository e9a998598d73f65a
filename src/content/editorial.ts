/**
 * The article lifecycle: create, update, publish, withdraw, delete and scheduled publishing.
 * Each step builds the article's next state; src/content/article-commit.ts writes it as one D1
 * batch, and src/content/article-input.ts checks the input first.
 */
import { Problem, conflict, invalidInput } from '../app/problem';
import type { AppBindings, Principal } from '../app/types';
import type { Db } from '../storage/d1-session';
import { type ArticleRecord, noSyndicationFields } from '../db/article-writes';
import { findDueArticles, freeSlug } from '../db/articles';
import type { CreateArticleInput, UpdateArticleInput } from '../schemas/admin-article';
import { type Precondition, type WriteContext, changesNothing, commit, isPublic, loadForWrite, recordFromRow } from './article-commit';
import { type CorrectionInput, withCorrection } from '../syndication/corrections';
import { withEmbargo } from '../syndication/embargo';
import { applyRights } from '../syndication/rights';
import { resolveLinks, sanitizeBody } from './article-input';
import { newId } from './ids';
import { slugify } from './slug';
import { WRITE_ATTEMPTS, backOff, contended, retryingLostRaces } from './write-races';
import { deriveBodyFields, makeExcerpt } from './text';
import { now as currentTime } from './time';

export type { Precondition, WriteContext } from './article-commit';

/** The canonical URL an article gets when none is given: `${SITE_URL}/<section>/<slug>`. */
export function defaultUrl(siteUrl: string | undefined, record: Pick<ArticleRecord, 'section' | 'slug'>): string | null {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}/${record.section ?? 'news'}/${record.slug}` : null;
}

/** Revisions written by the Cron Trigger carry this key id. */
export const SCHEDULER_KEY_ID = 'scheduler';

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
      ...noSyndicationFields(),
      ...applyRights(noSyndicationFields(), input.rights),
    };
    try {
      await commit(ctx, null, withEmbargo(null, record, input.embargoed_until, at), links, 'create');
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

/** Applies a partial update under `If-Match`; one that changes nothing writes nothing. */
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
  Object.assign(after, applyRights(before, input.rights));
  after.corrections = withCorrection(before, input.correction, at);
  const excerptWasDerived = before.excerpt === makeExcerpt(before.body_text);
  if (input.body_html !== undefined) after.body_html = await sanitizeBody(input.body_html);
  if (input.body_html !== undefined || input.excerpt !== undefined) {
    const excerpt = input.excerpt !== undefined ? input.excerpt : excerptWasDerived ? null : before.excerpt;
    Object.assign(after, deriveBodyFields(after.body_html, excerpt));
  }
  // Leaving `withdrawn` by any of these, the reason goes with it, as on publish.
  if (input.status === 'published') Object.assign(after, { status: 'published', published_at: before.published_at ?? at, publish_at: null, withdrawn_reason: null });
  if (input.status === 'draft') Object.assign(after, { status: 'draft', publish_at: null, withdrawn_reason: null });
  if (input.publish_at) Object.assign(after, { status: 'scheduled', publish_at: input.publish_at, withdrawn_reason: null });
  if (input.publish_at === null && before.status === 'scheduled' && !input.status) Object.assign(after, { status: 'draft', publish_at: null });
  const next = withEmbargo(before, after, input.embargoed_until, at);
  // Sending what the article already has is no change: no version, revision, change-feed row or
  // webhook, which mirrors and partners would otherwise fetch and re-process for nothing.
  if (changesNothing(before, currentLinks, next, links)) return;
  await commit(ctx, before, next, links, 'update', {}, currentLinks);
});

/**
 * Publishes now, or schedules for `publishAt` (422 when past, 409 when already published). Asking for the state the article is already in
 * (published; scheduled for that time) changes nothing: no new version, no change-feed row.
 */
export const publishArticle = retryingLostRaces(async (ctx: WriteContext, id: string, precondition: Precondition | undefined, publishAt?: string, correction?: CorrectionInput) => {
  const at = ctx.at ?? currentTime();
  ensureAhead(publishAt, at, 'to publish now, send no publish_at.');
  const { record: before, links } = await loadForWrite(ctx.db, id, precondition);
  if (publishAt) ensureNotLive(before);
  const corrections = withCorrection(before, correction, at);
  const after: ArticleRecord = publishAt
    ? { ...before, status: 'scheduled', publish_at: publishAt, withdrawn_reason: null, corrections, updated_at: at, version: before.version + 1 }
    : { ...before, status: 'published', published_at: before.published_at ?? at, publish_at: null, withdrawn_reason: null, corrections, updated_at: at, version: before.version + 1 };
  const next = withEmbargo(before, after, undefined, at);
  // Asking for the state it is in (published; scheduled for that time), with no correction to append.
  if (changesNothing(before, links, next, links)) return;
  await commit(ctx, before, next, links, 'publish');
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
export async function publishScheduled(db: Db, at: string = currentTime()): Promise<string[]> {
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
      await commit({ db, keyId: SCHEDULER_KEY_ID, at }, before, withEmbargo(before, after, undefined, at), links, 'publish');
      published.push(after.id);
    } catch (error) {
      if (!(error instanceof Problem && error.status === 412)) throw error;
    }
  }
  return published;
}

/** The key a write is attributed to. */
export function writeContext(env: AppBindings, principal: Principal): WriteContext {
  return { db: env.DB, keyId: principal.id, siteUrl: env.SITE_URL };
}
