/**
 * An article as an IPTC ninjs 3.1 news item. Mapped from the same article object the JSON
 * answers carry (content/article.ts), so the two representations never disagree.
 */
import { type Article, type ArticleView, toArticle } from '../content/article';
import { VARIANT_WIDTHS } from '../content/media-variants';
import type { ArticleRow } from '../db/articles';
import type { NinjsItem, NinjsPicture, NinjsRendition } from '../schemas/ninjs';

export const NINJS_STANDARD = { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' };

/** How an article becomes ninjs: the article view, and which bodies the answer carries. */
export interface NinjsView extends ArticleView {
  bodies: { html: boolean; text: boolean };
}

type Term = Article['authors'][number];

/** The stable identifier of an article: its API URL by id, which a rename never changes. */
export function articleUri(origin: string, id: string): string {
  return `${origin}/v1/articles/${encodeURIComponent(id)}`;
}

/** A concept of one of Byline's schemes (`sections`, `tags`, `authors`): the scheme's list, the slug as fragment. */
function conceptUri(origin: string, scheme: 'sections' | 'tags' | 'authors', slug: string): string {
  return `${origin}/v1/${scheme}#${encodeURIComponent(slug)}`;
}

/** Names as a byline reads them: "A", "A and B", "A, B and C". */
export function bylineOf(authors: Term[]): string | undefined {
  const names = authors.map((author) => author.name);
  if (names.length === 0) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The hero image's renditions: each allowlisted variant narrower than the original (only where variants are made), then the original. */
function imageRenditions(image: NonNullable<Article['image']>, byteSize: number | null | undefined, variants: boolean): NinjsRendition[] {
  const { url, width, height, content_type: contentType } = image;
  const scaled = variants && width && height
    ? VARIANT_WIDTHS.filter((w) => w < width).map((w) => ({ name: `w${w}`, href: `${url}?w=${w}`, contentType, width: w, height: Math.round((height * w) / width) }))
    : [];
  const original: NinjsRendition = {
    name: 'original',
    href: url,
    contentType,
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
    ...(byteSize ? { sizeInBytes: byteSize } : {}),
  };
  return [...scaled, original];
}

/** The hero image as an associated ninjs picture. */
function pictureOf(image: NonNullable<Article['image']>, byteSize: number | null | undefined, variants: boolean): NinjsPicture {
  const descriptions = [
    ...(image.caption ? [{ role: 'caption', value: image.caption }] : []),
    ...(image.alt ? [{ role: 'alt', value: image.alt }] : []),
  ];
  return {
    name: 'featureimage',
    rel: 'featureimage',
    uri: image.url,
    type: 'picture',
    ...(image.credit ? { by: image.credit } : {}),
    ...(descriptions.length > 0 ? { descriptions } : {}),
    renditions: imageRenditions(image, byteSize, variants),
  };
}

const chars = (value: string) => [...value].length;

/** ninjs' three rights properties, from the article's rights (its own, else the publisher's defaults). */
function rightsOf(rights: Article['rights']): Pick<NinjsItem, 'copyrightHolder' | 'copyrightNotice' | 'usageTerms'> {
  return {
    ...(rights.copyright_holder ? { copyrightHolder: rights.copyright_holder } : {}),
    ...(rights.copyright_notice ? { copyrightNotice: rights.copyright_notice } : {}),
    ...(rights.usage_terms ? { usageTerms: rights.usage_terms } : {}),
  };
}

/**
 * Corrections as `descriptions` with role `correction`, oldest first, each dated in its text:
 * ninjs 3.1 has no corrections or version history of its own, and a description is the field that
 * carries published metadata about the item (edNote is for the receiver's staff only).
 */
function correctionsOf(corrections: Article['corrections']): { role: string; value: string }[] {
  return corrections.map((correction) => ({ role: 'correction', value: `Corrected ${correction.at}: ${correction.text}` }));
}

/** `withheld` while the embargo runs (only keys with embargo access ever read such an article), else `usable`. */
function pubStatusOf(article: Article, now: number): NinjsItem['pubStatus'] {
  return article.embargoed_until && Date.parse(article.embargoed_until) > now ? 'withheld' : 'usable';
}

/** An article row as a ninjs item: `usable`, or `withheld` under embargo. */
export function toNinjs(row: ArticleRow, view: NinjsView, now: number = Date.now()): NinjsItem {
  const article = toArticle(row, view);
  const { origin } = view;
  const by = bylineOf(article.authors);
  const bodies = [
    ...(view.bodies.html ? [{ role: 'main', contentType: 'text/html', value: article.body_html, charCount: chars(article.body_text), wordCount: article.word_count }] : []),
    ...(view.bodies.text ? [{ role: 'main', contentType: 'text/plain', value: article.body_text, charCount: chars(article.body_text), wordCount: article.word_count }] : []),
  ];
  const subjects = [
    ...(article.section ? [{ name: article.section.name, rel: 'section', uri: conceptUri(origin, 'sections', article.section.slug), literal: article.section.slug }] : []),
    ...article.tags.map((tag) => ({ name: tag.name, rel: 'tag', uri: conceptUri(origin, 'tags', tag.slug), literal: tag.slug })),
  ];
  const renditions = [
    ...(article.url ? [{ name: 'web', href: article.url, contentType: 'text/html', title: article.headline }] : []),
    { name: 'api', href: `${origin}/v1/articles/${encodeURIComponent(article.slug)}`, contentType: 'application/json' },
  ];
  return {
    uri: articleUri(origin, article.id),
    standard: NINJS_STANDARD,
    type: 'text',
    representationType: view.bodies.html && view.bodies.text ? 'full' : 'partial',
    version: String(article.version),
    ...(article.published_at ? { firstCreated: article.published_at, contentCreated: article.published_at } : {}),
    versionCreated: article.updated_at,
    ...(article.embargoed_until ? { embargoedUntil: article.embargoed_until } : {}),
    pubStatus: pubStatusOf(article, now),
    language: article.language,
    slugline: article.slug,
    altIds: [{ role: 'byline-id', value: article.id }],
    headlines: [{ role: 'main', value: article.headline }, ...(article.standfirst ? [{ role: 'sub', value: article.standfirst }] : [])],
    descriptions: [{ role: 'summary', value: article.excerpt }, ...correctionsOf(article.corrections)],
    ...(bodies.length > 0 ? { bodies } : {}),
    ...(by ? { by } : {}),
    ...(article.authors.length > 0
      ? { people: article.authors.map((author) => ({ name: author.name, rel: 'author', uri: conceptUri(origin, 'authors', author.slug), literal: author.slug })) }
      : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...rightsOf(article.rights),
    renditions,
    ...(article.image ? { associations: [pictureOf(article.image, row.image_byte_size, view.imageVariants ?? false)] } : {}),
  };
}

/**
 * A withdrawn article as ninjs: `pubStatus: canceled`, the agencies' kill notice, carrying what
 * identifies the item and the publisher's reason (as `edNote`), never its content.
 */
export function toCanceledNinjs(row: ArticleRow, origin: string): NinjsItem {
  return {
    uri: articleUri(origin, row.id),
    standard: NINJS_STANDARD,
    type: 'text',
    representationType: 'partial',
    version: String(row.version),
    versionCreated: row.updated_at,
    pubStatus: 'canceled',
    slugline: row.slug,
    altIds: [{ role: 'byline-id', value: row.id }],
    edNote: row.withdrawn_reason ? `Withdrawn by the publisher: ${row.withdrawn_reason}` : 'Withdrawn by the publisher.',
  };
}
