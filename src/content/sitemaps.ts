/**
 * Sitemaps of the publisher's canonical article pages: Google's news sitemap (the last 48
 * hours) and the sitemaps protocol's urlset, split behind a sitemap index when it outgrows
 * one file.
 */
import { XML_DECLARATION, element } from './xml';

/** The sitemaps protocol's limit of URLs per file. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News lists articles published in the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** One article in the news sitemap. */
export interface NewsEntry {
  url: string;
  title: string;
  language: string;
  publishedAt: string;
}

/**
 * The language as Google News wants it: an ISO 639 code, except `zh-cn` and `zh-tw`.
 * `en-GB` becomes `en`; `zh-Hant`, `zh-TW` and `zh-HK` become `zh-tw`; other Chinese `zh-cn`.
 */
export function newsLanguage(tag: string): string {
  const [primary = 'en', ...rest] = tag.toLowerCase().split(/[-_]/);
  if (primary !== 'zh') return primary;
  return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-tw' : 'zh-cn';
}

/** A Google News sitemap: the publication's name, and each article's date, title and language. */
export function newsSitemap(publication: string, entries: readonly NewsEntry[]): string {
  const urls = entries.map((entry) =>
    [
      '<url>',
      element('loc', entry.url),
      '<news:news>',
      '<news:publication>',
      element('news:name', publication),
      element('news:language', newsLanguage(entry.language)),
      '</news:publication>',
      element('news:publication_date', entry.publishedAt),
      element('news:title', entry.title),
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, ...urls, '</urlset>', ''].join('\n');
}

/** One page in a urlset. */
export interface SitemapEntry {
  url: string;
  lastmod: string;
}

/** A sitemaps.org urlset. */
export function urlSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url>${element('loc', entry.url)}${element('lastmod', entry.lastmod)}</url>`);
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...urls, '</urlset>', ''].join('\n');
}

/** A sitemap index listing the given sitemap files. */
export function sitemapIndex(sitemaps: readonly { loc: string; lastmod: string | null }[]): string {
  const items = sitemaps.map(
    (sitemap) => `<sitemap>${element('loc', sitemap.loc)}${sitemap.lastmod ? element('lastmod', sitemap.lastmod) : ''}</sitemap>`,
  );
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...items, '</sitemapindex>', ''].join('\n');
}
