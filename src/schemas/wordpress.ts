import { z } from '@hono/zod-openapi';
import { nullable } from './common';

const term = z.strictObject({ slug: z.string().max(200), name: z.string().max(200) });
const httpUrl = z.url({ protocol: /^https?$/, error: 'Must be an http or https URL.' }).max(2000);
const gmt = z.iso.datetime({ offset: false, error: 'Must be an RFC 3339 UTC date-time such as 2013-01-10T20:15:40Z.' });

/** One WordPress post as the importers read it (from a WXR export or the REST API), before conversion. */
export const WordPressPostSchema = z
  .strictObject({
    site: httpUrl.openapi({ description: 'The WordPress site (its home URL): with `id`, what identifies the post across runs.' }),
    id: z.number().int().positive(),
    status: z.enum(['publish', 'draft', 'pending', 'future', 'private', 'trash']),
    title: z.string().max(2000),
    content: z.string().max(2_000_000),
    excerpt: z.string().max(20_000).nullable().default(null),
    slug: z.string().max(400).nullable().default(null),
    link: httpUrl.nullable().default(null).openapi({ description: 'The permalink; GET /v1/resolve finds the article by it.' }),
    date_gmt: gmt.nullable().default(null),
    modified_gmt: gmt.nullable().default(null),
    author: nullable(term).default(null),
    categories: z.array(term).max(100).default([]),
    primary_category: z.string().max(200).nullable().default(null).openapi({ description: "The section's slug (Yoast's primary category); else the first category." }),
    tags: z.array(term).max(200).default([]),
    old_slugs: z.array(z.string().max(400)).max(50).default([]),
    featured_image: nullable(
      z.strictObject({ url: httpUrl, alt: z.string().max(1000).default(''), caption: z.string().max(2000).nullable().default(null), credit: z.string().max(500).nullable().default(null) }),
    ).default(null),
    attachments: z
      .array(z.strictObject({ id: z.number().int(), url: httpUrl, alt: z.string().max(1000).nullable().default(null), caption: z.string().max(2000).nullable().default(null), attached: z.boolean().default(false) }))
      .max(500)
      .default([])
      .openapi({ description: 'Attachments the post\'s galleries may show; `attached` ones are its own (a `[gallery]` without ids).' }),
    images: z
      .array(z.strictObject({ url: httpUrl, key: z.string().regex(/^[0-9a-f]{64}$/) }))
      .max(500)
      .default([])
      .openapi({ description: 'Images already uploaded through POST /v1/admin/media: each source URL with its media key. The others keep their WordPress URL.' }),
  })
  .openapi('WordPressPost');
export type WordPressPost = z.output<typeof WordPressPostSchema>;
export type WordPressPostInput = z.input<typeof WordPressPostSchema>;

export const ImportResultSchema = z
  .object({
    action: z.enum(['created', 'updated', 'withdrawn', 'unchanged', 'skipped']),
    article_id: z.string().nullable(),
    slug: z.string().nullable(),
    status: z.enum(['draft', 'scheduled', 'published', 'withdrawn']).nullable(),
    version: z.number().int().nullable(),
    warnings: z.array(z.string()),
  })
  .openapi('WordPressImportResult');
export type ImportResult = z.infer<typeof ImportResultSchema>;
