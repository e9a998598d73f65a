import { z } from '@hono/zod-openapi';
import { TimestampSchema } from './common';

export const JsonFeedItemSchema = z
  .object({
    id: z.string().openapi({ description: "The article's id." }),
    url: z.string().openapi({ description: "The article's canonical page." }),
    title: z.string(),
    content_html: z.string(),
    summary: z.string(),
    image: z.string().optional(),
    date_published: TimestampSchema,
    date_modified: TimestampSchema,
    authors: z.array(z.object({ name: z.string() })),
    tags: z.array(z.string()),
    language: z.string(),
  })
  .openapi('JsonFeedItem');

export const JsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.string(),
    feed_url: z.string(),
    description: z.string(),
    language: z.string().optional(),
    items: z.array(JsonFeedItemSchema),
  })
  .openapi('JsonFeed', { description: 'A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1).' });
