/**
 * Syndication feeds of published articles: JSON Feed 1.1 and RSS 2.0 (with the content,
 * Media RSS, Dublin Core and Atom modules feed readers look for).
 */
import type { Rights } from '../syndication/rights';
import type { Article } from './article';
import { XML_DECLARATION, attributes, cdata, element } from './xml';

/** How many articles a feed carries: the newest ones. */
export const FEED_SIZE = 50;

/** The feed as a whole. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The publisher's site (SITE_URL). */
  homePageUrl: string;
  /** This feed's own URL, filters included. */
  feedUrl: string;
  language: string | null;
  /** The publisher's default rights: the channel's copyright. */
  rights: Rights;
}

/** One article in a feed, with its canonical URL and, when known, its image's size in bytes. */
export interface FeedEntry {
  article: Article;
  url: string;
  imageBytes: number | null;
}

/** The article's canonical page: its `url`, else `${SITE_URL}/<section>/<slug>`. */
export function canonicalUrl(article: Pick<Article, 'url' | 'slug' | 'section'>, siteUrl: string): string {
  if (article.url) return article.url;
  const base = siteUrl.replace(/\/+$/, '');
  return article.section ? `${base}/${article.section.slug}/${article.slug}` : `${base}/${article.slug}`;
}

/** The language every entry shares, or null when they differ (or there are none). */
export function commonLanguage(entries: readonly FeedEntry[]): string | null {
  const languages = new Set(entries.map((entry) => entry.article.language));
  return languages.size === 1 ? [...languages][0]! : null;
}

const summaryOf = (article: Article) => article.standfirst ?? article.excerpt;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    ...(channel.language ? { language: channel.language } : {}),
    items: entries.map(({ article, url }) => ({
      id: article.id,
      url,
      title: article.headline,
      // An excerpt-only contract's article has no body: its feed items carry the excerpt as text.
      ...(article.body_html !== undefined ? { content_html: article.body_html } : { content_text: article.excerpt }),
      summary: summaryOf(article),
      ...(article.image ? { image: article.image.url } : {}),
      date_published: article.published_at ?? article.updated_at,
      date_modified: article.updated_at,
      authors: article.authors.map((author) => ({ name: author.name })),
      tags: article.tags.map((tag) => tag.name),
      language: article.language,
      // JSON Feed's extension convention (a key starting with "_"): what a republisher must keep.
      _byline: { rights: article.rights, corrections: article.corrections },
    })),
  };
}

/** The namespace of Byline's own RSS elements (rights the other modules cannot say, corrections). */
export const BYLINE_NS = 'urn:byline:syndication:1';

/** RFC 822 date-time, as RSS wants it: `Wed, 20 Sep 2023 14:05:00 GMT`. */
export function rfc822(timestamp: string): string {
  return new Date(timestamp).toUTCString();
}

function rssImage(article: Article, imageBytes: number | null): string[] {
  const image = article.image;
  if (!image) return [];
  const media = [
    `<media:content${attributes({ url: image.url, type: image.content_type, medium: 'image', fileSize: imageBytes, width: image.width, height: image.height })}>`,
    image.alt ? element('media:description', image.alt, { type: 'plain' }) : '',
    image.credit ? element('media:credit', image.credit) : '',
    '</media:content>',
  ].join('');
  // An enclosure needs a length; without the size, media:content alone describes the image.
  const enclosure = imageBytes !== null ? [element('enclosure', null, { url: image.url, length: imageBytes, type: image.content_type })] : [];
  return [media, ...enclosure];
}

/** The item's rights (Dublin Core, and ours for the level) and its corrections, oldest first. */
function rssRights(article: Article): string[] {
  const { rights } = article;
  const notice = rights.copyright_notice ?? (rights.copyright_holder ? `© ${rights.copyright_holder}` : null);
  return [
    ...(notice ? [element('dc:rights', notice)] : []),
    ...(rights.copyright_holder ? [element('byline:copyrightHolder', rights.copyright_holder)] : []),
    ...(rights.usage_terms ? [element('byline:usageTerms', rights.usage_terms)] : []),
    element('byline:syndication', rights.syndication),
    ...article.corrections.map((correction) => element('byline:correction', correction.text, { at: correction.at })),
  ];
}

function rssItem({ article, url, imageBytes }: FeedEntry): string {
  return [
    '<item>',
    element('title', article.headline),
    element('link', url),
    element('guid', article.id, { isPermaLink: 'false' }),
    element('pubDate', rfc822(article.published_at ?? article.updated_at)),
    element('description', summaryOf(article)),
    ...(article.body_html !== undefined ? [`<content:encoded>${cdata(article.body_html)}</content:encoded>`] : []),
    ...article.authors.map((author) => element('dc:creator', author.name)),
    ...(article.section ? [element('category', article.section.name)] : []),
    ...article.tags.map((tag) => element('category', tag.name)),
    ...rssImage(article, imageBytes),
    ...rssRights(article),
    '</item>',
  ].join('\n');
}

/** An RSS 2.0 document, with `atom:link rel="self"` and the full body in `content:encoded`. */
export function rssFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const newest = entries.map((entry) => entry.article.updated_at).sort().at(-1);
  return [
    XML_DECLARATION,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:byline="${BYLINE_NS}">`,
    '<channel>',
    element('title', channel.title),
    element('link', channel.homePageUrl),
    element('description', channel.description),
    element('atom:link', null, { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    ...(channel.language ? [element('language', channel.language)] : []),
    ...(channel.rights.copyright_notice ? [element('copyright', channel.rights.copyright_notice)] : []),
    ...(newest ? [element('lastBuildDate', rfc822(newest))] : []),
    element('generator', 'Byline'),
    ...entries.map(rssItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
