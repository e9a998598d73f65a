/**
 * One WordPress post into Byline, through Byline's own write path (article-commit.ts: the revision,
 * the change feed, the cache generation, in one batch with the record of where the post went). The
 * same post twice changes nothing: an unchanged input is skipped by its hash, and a changed input
 * that yields the same article writes nothing either.
 */
import { Problem } from '../app/problem';
import { type WriteContext, changesNothing, commit, loadForWrite } from '../content/article-commit';
import { defaultUrl } from '../content/editorial';
import { sha256Hex } from '../content/hash';
import { newId } from '../content/ids';
import { slugify } from '../content/slug';
import { deriveBodyFields } from '../content/text';
import { now as currentTime } from '../content/time';
import { LostRace, WRITE_ATTEMPTS, backOff, contended } from '../content/write-races';
import { type ArticleRecord, noSyndicationFields, syndicationFieldsOf } from '../db/article-writes';
import { findArticleById, freeSlug } from '../db/articles';
import { ensureSectionStatement, findWordPressPost, oldSlugStatements, wordpressPostStatement } from '../db/wordpress';
import type { ImportResult, WordPressPost } from '../schemas/wordpress';
import { postBody } from './post-body';
import { articleTerms, nextState } from './post-state';
import { plainText } from './text';
import type { Db } from '../storage/d1-session';

/**
 * Imports (or re-imports) one post; with `dryRun`, says what it would do and writes nothing. A
 * write that loses a race (the same post sent twice at once, or two posts wanting one slug) is
 * read and imported again, so the answer is the one it would get sent after the other: the same
 * post `unchanged`, another post the next free slug.
 */
export async function importWordPressPost(ctx: WriteContext, post: WordPressPost, options: { dryRun?: boolean } = {}): Promise<ImportResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await importOnce(ctx, post, options);
    } catch (error) {
      if (!(error instanceof LostRace || (error instanceof Problem && error.status === 409))) throw error;
      if (attempt >= WRITE_ATTEMPTS) throw contended();
      await backOff(attempt);
    }
  }
}

async function importOnce(ctx: WriteContext, post: WordPressPost, options: { dryRun?: boolean }): Promise<ImportResult> {
  const at = ctx.at ?? currentTime();
  const { db } = ctx;
  const site = post.site.replace(/\/+$/, '');
  const inputHash = await sha256Hex(JSON.stringify(post));
  const mapped = await findWordPressPost(db, site, post.id);
  const current = mapped ? await findArticleById(db, mapped.article_id) : null;
  const existing = current && !current.deleted_at ? await loadForWrite(db, current.id, undefined) : null;
  if (existing && mapped?.input_hash === inputHash) return result('unchanged', existing.record, []);

  const state = nextState(post, existing?.record ?? null, at);
  if (state === null) return { action: 'skipped', article_id: null, slug: null, status: null, version: null, warnings: ['in the trash in WordPress, and never imported'] };
  const { bodyHtml, imageId, warnings } = await postBody(db, post);
  const { section, links } = articleTerms(post);
  const headline = (plainText(post.title) || '(no title)').slice(0, 300);
  const excerpt = post.excerpt ? plainText(post.excerpt) : null;
  const wanted = slugify(decodeSlug(post.slug) || headline) || `post-${post.id}`;
  const base = existing?.record;
  const slug = base && (base.slug === wanted || !(await slugFree(db, wanted))) ? base.slug : await freeSlug(db, wanted);
  const permalink = post.link && !/[?&](p|page_id)=\d/.test(post.link) ? post.link : null;
  const record: ArticleRecord = {
    id: base?.id ?? newId('art', Date.parse(post.date_gmt ?? at)),
    slug,
    url: permalink ?? defaultUrl(ctx.siteUrl, { section: section?.slug ?? null, slug }),
    headline,
    standfirst: base?.standfirst ?? null,
    body_html: bodyHtml,
    ...deriveBodyFields(bodyHtml, excerpt),
    language: base?.language ?? 'en',
    ...state,
    section: section?.slug ?? null,
    created_at: base?.created_at ?? at,
    updated_at: at,
    version: (base?.version ?? 0) + 1,
    image_id: imageId,
    deleted_at: null,
    // What Byline's editors set on an imported article (rights, embargo, corrections) outlives a re-import.
    ...(base ? syndicationFieldsOf(base) : noSyndicationFields()),
  };
  const action = !base ? 'created' : record.status === 'withdrawn' && base.status !== 'withdrawn' ? 'withdrawn' : 'updated';
  const alongside = {
    first: section ? [ensureSectionStatement(db, section, at)] : [],
    last: [
      wordpressPostStatement(db, { site, source_id: post.id, article_id: record.id, permalink: post.link, source_slug: decodeSlug(post.slug) || null, modified_gmt: post.modified_gmt, input_hash: inputHash }, at),
      ...oldSlugStatements(db, site, post.id, post.old_slugs.map(decodeSlug).filter(Boolean)),
    ],
  };
  if (base && changesNothing(base, existing.links, record, links)) {
    // Nothing a reader sees changes (e.g. only the WordPress modified date did): no new version.
    if (!options.dryRun) await db.batch(alongside.last);
    return result('unchanged', base, warnings);
  }
  if (options.dryRun) return result(action, record, warnings);
  await commit(ctx, base ?? null, record, links, !base ? 'create' : action === 'withdrawn' ? 'withdraw' : 'update', alongside);
  return result(action, record, warnings);
}

function result(action: ImportResult['action'], record: ArticleRecord, warnings: string[]): ImportResult {
  return { action, article_id: record.id, slug: record.slug, status: record.status, version: record.version, warnings };
}

/** WordPress stores non-ASCII slugs percent-encoded (`%e6%97%a5`). */
function decodeSlug(slug: string | null): string {
  if (!slug) return '';
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

async function slugFree(db: Db, slug: string): Promise<boolean> {
  return (await freeSlug(db, slug)) === slug;
}
