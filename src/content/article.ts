import type { z } from '@hono/zod-openapi';
import type { ArticleRow } from '../db/articles';
import { IMAGE_SIZES, imagesBinding, srcsetFor } from './media-variants';
import type { ArticleSchema, TermSchema } from '../schemas/article';
import type { Contract } from '../syndication/contract';
import { type Rights, type RightsVars, rightsDefaults, rightsOf } from '../syndication/rights';

type Term = z.infer<typeof TermSchema>;
export type Article = z.infer<typeof ArticleSchema>;

/** How an article is rendered: admin responses add its workflow fields. */
export interface ArticleView {
  origin: string;
  admin?: boolean;
  /** Whether `/media/{key}?w=` makes variants here (the Images binding); the srcset lists them only then. */
  imageVariants?: boolean;
  /** The publisher's default rights (RIGHTS_* vars), for articles without their own. */
  rights: Rights;
  /** An excerpt-only contract: the article without `body_html` and `body_text`, whatever is asked. */
  excerptOnly?: boolean;
}

/** The workflow fields only the admin API shows. */
export interface AdminFields {
  status: ArticleRow['status'];
  publish_at: string | null;
  withdrawn_reason: string | null;
  created_at: string;
  embargoed_until: string | null;
}

/** How a request's articles are rendered: its origin, and whether this deployment makes image variants. */
export function viewOf(requestUrl: string, env: Partial<RightsVars>, contract?: Pick<Contract, 'body'>): ArticleView {
  return { origin: new URL(requestUrl).origin, imageVariants: imagesBinding(env) !== undefined, rights: rightsDefaults(env), excerptOnly: contract?.body === 'excerpt' };
}

/** The public URL of a stored image. */
export function mediaUrl(origin: string, key: string): string {
  return `${origin}/media/${key}`;
}

/** An article row as the contract's article object. */
export function toArticle(row: ArticleRow, view: ArticleView & { admin: true }): Article & AdminFields;
export function toArticle(row: ArticleRow, view: ArticleView): Article;
export function toArticle(row: ArticleRow, view: ArticleView): Article {
  const imageUrl = row.image_key ? mediaUrl(view.origin, row.image_key) : '';
  const image =
    row.image_id && row.image_key
      ? {
          id: row.image_id,
          url: imageUrl,
          width: row.image_width,
          height: row.image_height,
          alt: row.image_alt ?? '',
          caption: row.image_caption,
          credit: row.image_credit,
          content_type: row.image_content_type ?? 'application/octet-stream',
          srcset: srcsetFor(imageUrl, row.image_width, view.imageVariants ?? false),
          sizes: IMAGE_SIZES,
        }
      : null;
  const article: Article = {
    id: row.id,
    slug: row.slug,
    url: row.url,
    headline: row.headline,
    standfirst: row.standfirst,
    excerpt: row.excerpt,
    body_html: row.body_html ?? '',
    body_text: row.body_text ?? '',
    authors: JSON.parse(row.authors_json) as Term[],
    section: row.section_slug ? { slug: row.section_slug, name: row.section_name ?? row.section_slug } : null,
    tags: JSON.parse(row.tags_json) as Term[],
    image,
    language: row.language,
    word_count: row.word_count,
    reading_time_minutes: row.reading_time_minutes,
    published_at: row.published_at,
    updated_at: row.updated_at,
    version: row.version,
    rights: rightsOf(row, view.rights),
    corrections: JSON.parse(row.corrections_json) as Article['corrections'],
    // Public reads never reach an article under embargo; the keys that do see when it lifts.
    ...(row.embargoed_until ? { embargoed_until: row.embargoed_until } : {}),
  };
  if (view.excerptOnly) {
    const { body_html: _html, body_text: _text, ...excerpt } = article;
    return excerpt as Article;
  }
  if (!view.admin) return article;
  const admin: AdminFields = {
    status: row.status, publish_at: row.publish_at, withdrawn_reason: row.withdrawn_reason, created_at: row.created_at,
    embargoed_until: row.embargoed_until,
  };
  return { ...article, ...admin } as Article;
}

/** Keeps only the named top-level fields, in the order asked for. */
export function pickFields(article: Article, fields: readonly string[]): Partial<Article> {
  return Object.fromEntries(fields.filter((field) => field in article).map((field) => [field, article[field as keyof Article]]));
}

/** A list item: the article without its body, or exactly the `fields` asked for. */
export function toSummary(article: Article, fields: undefined): Omit<Article, 'body_html' | 'body_text'>;
export function toSummary(article: Article, fields: readonly string[] | undefined): Partial<Article>;
export function toSummary(article: Article, fields: readonly string[] | undefined): Partial<Article> {
  if (fields) return pickFields(article, fields);
  const { body_html: _html, body_text: _text, ...summary } = article;
  return summary;
}
