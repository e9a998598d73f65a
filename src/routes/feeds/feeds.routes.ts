import { createRoute, z } from '@hono/zod-openapi';
import { notModifiedResponse, problemResponses, repeatableParam, slugParam, wholeNumberParam } from '../../schemas/common';
import { JsonFeedSchema } from '../../schemas/feeds';

const filters = z.object({
  section: slugParam('A section slug: only that section.'),
  tag: repeatableParam('Tag slugs; every one must match.'),
});

const xml = (description: string, type: string) => ({ description, content: { [type]: { schema: z.string().openapi({ format: 'xml' }) } } });

export const jsonFeed = createRoute({
  method: 'get',
  path: '/v1/feed.json',
  operationId: 'getJsonFeed',
  tags: ['Feeds'],
  summary: 'JSON Feed 1.1 of the newest 50 published articles',
  description: 'Full bodies in `content_html`. `section` and `tag` narrow it, as on `/v1/articles`.',
  request: { query: filters },
  responses: {
    200: { description: 'The feed.', content: { 'application/feed+json': { schema: JsonFeedSchema } } },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500, 503),
  },
});
export type JsonFeedRoute = typeof jsonFeed;

export const rssFeed = createRoute({
  method: 'get',
  path: '/v1/feed.xml',
  operationId: 'getRssFeed',
  tags: ['Feeds'],
  summary: 'RSS 2.0 feed of the newest 50 published articles',
  description:
    'With `atom:link rel="self"`, the full body in `content:encoded`, authors as `dc:creator`, section and tags as `category`, the image as `media:content` and `enclosure`. `section` and `tag` narrow it.',
  request: { query: filters },
  responses: {
    200: xml('The feed.', 'application/rss+xml'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500, 503),
  },
});
export type RssFeedRoute = typeof rssFeed;

export const newsSitemap = createRoute({
  method: 'get',
  path: '/sitemap-news.xml',
  operationId: 'getNewsSitemap',
  tags: ['Feeds'],
  summary: 'Google News sitemap: articles published in the last 48 hours',
  description: "Each article's canonical `url` with its publication (SITE_NAME), language, publication date and title; at most 1,000.",
  responses: {
    200: xml('The news sitemap.', 'application/xml'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500, 503),
  },
});
export type NewsSitemapRoute = typeof newsSitemap;

export const sitemap = createRoute({
  method: 'get',
  path: '/sitemap.xml',
  operationId: 'getSitemap',
  tags: ['Feeds'],
  summary: "Sitemap of every published article's canonical URL",
  description:
    'A urlset with each `url` and its `lastmod`. Beyond 50,000 articles, a sitemap index instead, whose files are `/sitemap.xml?page=1`, `?page=2`…',
  request: {
    query: z.object({
      page: wholeNumberParam(1, Number.MAX_SAFE_INTEGER, 'Must be a whole number from 1.')
        .optional()
        .openapi({ type: 'integer', minimum: 1, description: 'One file of a sitemap index.' }),
    }),
  },
  responses: {
    200: xml('The urlset, or the sitemap index.', 'application/xml'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 500, 503),
  },
});
export type SitemapRoute = typeof sitemap;
