import type { Context } from 'hono';
import { CACHE_POLICIES } from '../../app/cache-policy';
import { notFound } from '../../app/problem';
import type { AppEnv, AppRouteHandler } from '../../app/types';
import { type Article, toArticle } from '../../content/article';
import {
  FEED_SIZE,
  type FeedChannel,
  type FeedEntry,
  canonicalUrl,
  commonLanguage,
  jsonFeed as buildJsonFeed,
  rssFeed as buildRssFeed,
} from '../../content/feeds';
import {
  NEWS_MAX_URLS,
  NEWS_WINDOW_HOURS,
  SITEMAP_MAX_URLS,
  newsSitemap as buildNewsSitemap,
  sitemapIndex,
  urlSitemap,
} from '../../content/sitemaps';
import { toTimestamp } from '../../content/time';
import { readerOf, visibilityOf } from '../../syndication/reader';
import { rightsDefaults } from '../../syndication/rights';
import { listPublishedArticles } from '../../db/articles';
import { countPublicArticles, listSitemapRows } from '../../db/sitemaps';
import type { JsonFeedRoute, NewsSitemapRoute, RssFeedRoute, SitemapRoute } from './feeds.routes';

/** Optional knob: fewer URLs per sitemap file than the protocol's 50,000 (tests). */
interface SitemapEnv {
  SITEMAP_URLS_PER_FILE?: string;
}

type FeedContext = Context<AppEnv>;
interface FeedFilter {
  section?: string;
  tag?: string[];
}

/** The newest published articles under the filter, with what a channel says about them. */
async function loadFeed(c: FeedContext, path: string, query: FeedFilter): Promise<{ channel: FeedChannel; entries: FeedEntry[] }> {
  const { section } = query;
  const tags = query.tag;
  const { rows } = await listPublishedArticles(c.env.DB, { section, tags }, { limit: FEED_SIZE, includeBody: true, visible: visibilityOf(c) });
  const origin = new URL(c.req.url).origin;
  const excerptOnly = readerOf(c).contract.body === 'excerpt';
  const entries = rows.map((row) => {
    const article = toArticle(row, { origin, rights: rightsDefaults(c.env), excerptOnly });
    return { article, url: canonicalUrl(article, c.env.SITE_URL), imageBytes: row.image_byte_size ?? null };
  });
  const params = new URLSearchParams();
  if (section) params.set('section', section);
  for (const tag of tags ?? []) params.append('tag', tag);
  const qualifiers = [
    ...(section ? [nameOf(section, entries, (article) => (article.section ? [article.section] : []))] : []),
    ...(tags ?? []).map((tag) => nameOf(tag, entries, (article) => article.tags)),
  ];
  const title = qualifiers.length > 0 ? `${c.env.SITE_NAME}: ${qualifiers.join(', ')}` : c.env.SITE_NAME;
  const channel: FeedChannel = {
    title,
    description: `The latest articles from ${title}.`,
    homePageUrl: c.env.SITE_URL,
    feedUrl: `${origin}${path}${params.size > 0 ? `?${params}` : ''}`,
    language: commonLanguage(entries),
    rights: rightsDefaults(c.env),
  };
  return { channel, entries };
}

/** A section's or tag's display name, found on the articles that carry it; else its slug. */
function nameOf(slug: string, entries: FeedEntry[], terms: (article: Article) => { slug: string; name: string }[]): string {
  for (const { article } of entries) {
    const term = terms(article).find((t) => t.slug === slug);
    if (term) return term.name;
  }
  return slug;
}

export const jsonFeed: AppRouteHandler<JsonFeedRoute> = async (c) => {
  const { channel, entries } = await loadFeed(c, '/v1/feed.json', c.req.valid('query'));
  c.header('Cache-Control', CACHE_POLICIES.list);
  c.header('Content-Type', 'application/feed+json; charset=utf-8');
  return c.body(JSON.stringify(buildJsonFeed(channel, entries)), 200);
};

export const rssFeed: AppRouteHandler<RssFeedRoute> = async (c) => {
  const { channel, entries } = await loadFeed(c, '/v1/feed.xml', c.req.valid('query'));
  c.header('Cache-Control', CACHE_POLICIES.list);
  c.header('Content-Type', 'application/rss+xml; charset=utf-8');
  return c.body(buildRssFeed(channel, entries), 200);
};

function xml(c: FeedContext, body: string) {
  c.header('Cache-Control', CACHE_POLICIES.list);
  c.header('Content-Type', 'application/xml; charset=utf-8');
  return c.body(body, 200);
}

export const newsSitemap: AppRouteHandler<NewsSitemapRoute> = async (c) => {
  const since = toTimestamp(new Date(Date.now() - NEWS_WINDOW_HOURS * 3600_000));
  const { rows } = await listPublishedArticles(c.env.DB, { since }, { limit: NEWS_MAX_URLS, includeBody: false });
  const origin = new URL(c.req.url).origin;
  const entries = rows.map((row) => {
    const article = toArticle(row, { origin, rights: rightsDefaults(c.env) });
    return { url: canonicalUrl(article, c.env.SITE_URL), title: article.headline, language: article.language, publishedAt: article.published_at! };
  });
  return xml(c, buildNewsSitemap(c.env.SITE_NAME, entries));
};

export const sitemap: AppRouteHandler<SitemapRoute> = async (c) => {
  const { page } = c.req.valid('query');
  const perFile = Number((c.env as Env & SitemapEnv).SITEMAP_URLS_PER_FILE ?? SITEMAP_MAX_URLS);
  const { count, lastmod } = await countPublicArticles(c.env.DB);
  const files = Math.max(1, Math.ceil(count / perFile));
  if (page === undefined && files > 1) {
    const { origin } = new URL(c.req.url);
    // Only the last file's lastmod is known without reading every file: the newest change.
    const sitemaps = Array.from({ length: files }, (_, i) => ({ loc: `${origin}/sitemap.xml?page=${i + 1}`, lastmod: i === files - 1 ? lastmod : null }));
    return xml(c, sitemapIndex(sitemaps));
  }
  if (page !== undefined && page > files) throw notFound(`The sitemap has ${files} file${files === 1 ? '' : 's'}; there is no page ${page}.`);
  const rows = await listSitemapRows(c.env.DB, ((page ?? 1) - 1) * perFile, perFile);
  const entries = rows.map((row) => {
    const section = row.section_slug ? { slug: row.section_slug, name: row.section_slug } : null;
    return { url: canonicalUrl({ url: row.url, slug: row.slug, section }, c.env.SITE_URL), lastmod: row.updated_at };
  });
  return xml(c, urlSitemap(entries));
};
