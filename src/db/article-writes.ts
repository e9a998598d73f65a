/**
 * Statements that write an article and its links, for one D1 `batch()`: tags and authors are
 * created when missing and linked by slug, so the whole write needs no read first and is
 * all-or-nothing.
 */
import type { Db } from '../storage/d1-session';

export interface TermInput {
  slug: string;
  name: string;
}

/** Every stored column of an article, with its section by slug. */
export interface ArticleRecord {
  id: string;
  slug: string;
  url: string | null;
  headline: string;
  standfirst: string | null;
  excerpt: string;
  body_html: string;
  body_text: string;
  language: string;
  word_count: number;
  reading_time_minutes: number;
  status: 'draft' | 'scheduled' | 'published' | 'withdrawn';
  section: string | null;
  published_at: string | null;
  publish_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  image_id: string | null;
  withdrawn_reason: string | null;
  deleted_at: string | null;
  /** The article's own rights; null fields take the publisher's defaults (RIGHTS_* vars). */
  rights_usage_terms: string | null;
  rights_copyright_holder: string | null;
  rights_copyright_notice: string | null;
  rights_syndication: SyndicationLevel | null;
  /** Set while a published article is under embargo; the Cron Trigger clears it at that time. */
  embargoed_until: string | null;
  /** Every correction, oldest first; a write appends, never removes (see `insertCorrectionStatements`). */
  corrections: Correction[];
}

/** An article's syndication fields, as a write that does not touch them carries them over. */
export function syndicationFieldsOf(record: ArticleRecord): ReturnType<typeof noSyndicationFields> {
  const { rights_usage_terms, rights_copyright_holder, rights_copyright_notice, rights_syndication, embargoed_until, corrections } = record;
  return { rights_usage_terms, rights_copyright_holder, rights_copyright_notice, rights_syndication, embargoed_until, corrections };
}

/** The syndication fields of a new article: no rights of its own, no embargo, no corrections. */
export function noSyndicationFields(): Pick<
  ArticleRecord,
  'rights_usage_terms' | 'rights_copyright_holder' | 'rights_copyright_notice' | 'rights_syndication' | 'embargoed_until' | 'corrections'
> {
  return { rights_usage_terms: null, rights_copyright_holder: null, rights_copyright_notice: null, rights_syndication: null, embargoed_until: null, corrections: [] };
}

/** How freely partners may republish an article. */
export type SyndicationLevel = 'allowed' | 'restricted' | 'none';

/** One public correction of an article. */
export interface Correction {
  at: string;
  text: string;
}

/** The kind of a change-feed row as stored (`corrected` is told from its event). */
export type ChangeKind = 'upsert' | 'withdrawn' | 'deleted';

/** The webhook event a write implies, stored on its change-feed row. */
export type ChangeEvent =
  | 'article.published'
  | 'article.updated'
  | 'article.corrected'
  | 'article.withdrawn'
  | 'article.deleted'
  | 'article.embargo_lifted';

/** An article's authors (byline order) and tags, by slug and name. */
export interface ArticleLinks {
  authors: TermInput[];
  tags: TermInput[];
}

/** Creates missing tags and authors, then links them to the article in the given order. */
function linkStatements(db: Db, articleId: string, links: ArticleLinks, at: string): D1PreparedStatement[] {
  return [
    ...links.tags.map((tag) =>
      db.prepare('INSERT INTO tags (slug, name, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (slug) DO NOTHING').bind(tag.slug, tag.name, at),
    ),
    ...links.authors.map((author) =>
      db.prepare('INSERT INTO authors (slug, name, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (slug) DO NOTHING').bind(author.slug, author.name, at),
    ),
    ...links.authors.map((author, position) =>
      db
        .prepare('INSERT INTO article_authors (article_id, author_id, position) SELECT ?1, id, ?2 FROM authors WHERE slug = ?3')
        .bind(articleId, position, author.slug),
    ),
    ...links.tags.map((tag, position) =>
      db
        .prepare('INSERT INTO article_tags (article_id, tag_id, position) SELECT ?1, id, ?2 FROM tags WHERE slug = ?3')
        .bind(articleId, position, tag.slug),
    ),
  ];
}

/** The columns after `id`, in the order both the INSERT and the UPDATE bind them. */
function columnValues(record: ArticleRecord): unknown[] {
  return [
    record.slug, record.url, record.headline, record.standfirst, record.excerpt, record.body_html,
    record.body_text, record.language, record.word_count, record.reading_time_minutes, record.status,
    record.section, record.published_at, record.publish_at, record.created_at, record.updated_at,
    record.version, record.image_id, record.withdrawn_reason, record.deleted_at,
    record.rights_usage_terms, record.rights_copyright_holder, record.rights_copyright_notice,
    record.rights_syndication, record.embargoed_until,
  ];
}

/** Inserts the article, its authors in byline order and its tags, creating missing terms. */
export function insertArticleStatements(db: Db, record: ArticleRecord, links: ArticleLinks): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO articles (id, slug, url, headline, standfirst, excerpt, body_html, body_text, language,
           word_count, reading_time_minutes, status, section_id, published_at, publish_at, created_at,
           updated_at, version, image_id, withdrawn_reason, deleted_at, rights_usage_terms,
           rights_copyright_holder, rights_copyright_notice, rights_syndication, embargoed_until)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
           (SELECT id FROM sections WHERE slug = ?13), ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
           ?22, ?23, ?24, ?25, ?26)`,
      )
      .bind(record.id, ...columnValues(record)),
    ...linkStatements(db, record.id, links, record.updated_at),
    ...insertCorrectionStatements(db, record.id, record.corrections),
  ];
}

/**
 * Replaces the stored article with `record` (version `expectedVersion + 1`) and relinks its
 * authors and tags. Put a `revisionStatement` with the same expected version first in the
 * batch: it is what fails the batch when the version is stale.
 */
export function replaceArticleStatements(
  db: Db,
  record: ArticleRecord,
  links: ArticleLinks,
  expectedVersion: number,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE articles SET slug = ?2, url = ?3, headline = ?4, standfirst = ?5, excerpt = ?6,
           body_html = ?7, body_text = ?8, language = ?9, word_count = ?10, reading_time_minutes = ?11,
           status = ?12, section_id = (SELECT id FROM sections WHERE slug = ?13), published_at = ?14,
           publish_at = ?15, created_at = ?16, updated_at = ?17, version = ?18, image_id = ?19,
           withdrawn_reason = ?20, deleted_at = ?21, rights_usage_terms = ?22,
           rights_copyright_holder = ?23, rights_copyright_notice = ?24, rights_syndication = ?25,
           embargoed_until = ?26
         WHERE id = ?1 AND version = ?27`,
      )
      .bind(record.id, ...columnValues(record), expectedVersion),
    db.prepare('DELETE FROM article_authors WHERE article_id = ?1').bind(record.id),
    db.prepare('DELETE FROM article_tags WHERE article_id = ?1').bind(record.id),
    ...linkStatements(db, record.id, links, record.updated_at),
  ];
}

/**
 * Appends corrections to an article. There is no statement that updates or deletes one: a
 * correction, once public, stays on the record.
 */
export function insertCorrectionStatements(db: Db, articleId: string, corrections: Correction[]): D1PreparedStatement[] {
  return corrections.map((correction) =>
    db.prepare('INSERT INTO corrections (article_id, at, text) VALUES (?1, ?2, ?3)').bind(articleId, correction.at, correction.text),
  );
}

/** A change-feed row: what changed, the event it is, and the article's state a contract judges. */
export interface ChangeInput {
  article_id: string;
  slug: string;
  change: ChangeKind;
  event: ChangeEvent;
  version: number;
  at: string;
  section: string | null;
  syndication: SyndicationLevel | null;
  embargoed: boolean;
  /** What the row tells of, kept for its webhook messages (migrations/0015). */
  headline: string;
  url: string | null;
}

/**
 * Appends a row to the public change feed. `previous_slug` is the slug the feed last gave for
 * the article when this row's differs (a rename), read inside the batch: so a slug the article
 * had only as a draft is never told, and a rename made while it was withdrawn is told when it
 * comes back.
 */
export function changeStatement(
  db: Db,
  change: ChangeInput,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO changes (article_id, slug, change, version, at, previous_slug, event, section, syndication, embargoed, headline, url)
       VALUES (?1, ?2, ?3, ?4, ?5,
         nullif((SELECT c.slug FROM changes c WHERE c.article_id = ?1 ORDER BY c.id DESC LIMIT 1), ?2),
         ?6, ?7, ?8, ?9, ?10, ?11)`,
    )
    .bind(
      change.article_id, change.slug, change.change, change.version, change.at, change.event, change.section, change.syndication,
      change.embargoed ? 1 : 0, change.headline, change.url,
    );
}

/** Creates or renames a section. */
export function upsertSectionStatement(
  db: Db,
  section: { slug: string; name: string; description: string | null },
  at: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO sections (slug, name, description, created_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, description = excluded.description`,
    )
    .bind(section.slug, section.name, section.description, at);
}

/** Creates an author, or updates the name and bio of an existing one. */
export function upsertAuthorStatement(
  db: Db,
  author: { slug: string; name: string; bio: string | null },
  at: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO authors (slug, name, bio, created_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, bio = excluded.bio`,
    )
    .bind(author.slug, author.name, author.bio, at);
}
