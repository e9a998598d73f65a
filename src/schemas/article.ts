import { z } from '@hono/zod-openapi';
import { TimestampSchema, nullable } from './common';

export const TermSchema = z
  .object({ slug: z.string().openapi({ example: 'kenya' }), name: z.string().openapi({ example: 'Kenya' }) })
  .openapi('Term');

export const ImageSchema = z
  .object({
    id: z.string().openapi({ example: 'med_01hb6d3v8k4yq2f6x1n0c9m7tz' }),
    url: z.string().openapi({ format: 'uri' }),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    content_type: z.string().openapi({ example: 'image/png' }),
    srcset: z.string().openapi({ description: 'Ready for <img srcset>: the allowlisted widths narrower than the original, then the original.' }),
    sizes: z.string().openapi({ example: '(max-width: 768px) 100vw, 768px' }),
  })
  .openapi('Image');

export const RightsSchema = z
  .object({
    usage_terms: z.string().nullable().openapi({ example: 'Web and print use by contracted partners only.' }),
    copyright_holder: z.string().nullable().openapi({ example: 'Byline Demo News' }),
    copyright_notice: z.string().nullable().openapi({ example: '© 2026 Byline Demo News' }),
    syndication: z.enum(['allowed', 'restricted', 'none']).openapi({
      description: 'How freely partners may republish it. A partner contract names the levels it receives.',
    }),
  })
  .openapi('Rights', { description: "The article's own rights where set, else the publisher's defaults." });

export const CorrectionSchema = z
  .object({ at: TimestampSchema, text: z.string() })
  .openapi('Correction', { description: 'A correction, appended by a write that carried `correction`; never removed.' });

export const ARTICLE_STATUSES = ['draft', 'scheduled', 'published', 'withdrawn'] as const;

export const ArticleSchema = z
  .object({
    id: z.string().openapi({ example: 'art_01hb6d3v8k4yq2f6x1n0c9m7tz' }),
    slug: z.string().openapi({ example: 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks' }),
    url: z.string().nullable().openapi({ description: "The canonical page on the publisher's site." }),
    headline: z.string(),
    standfirst: z.string().nullable(),
    excerpt: z.string().openapi({ description: 'Plain text, at most 300 characters.' }),
    body_html: z.string().openapi({ description: 'Sanitized HTML.' }),
    body_text: z.string(),
    authors: z.array(TermSchema),
    section: nullable(TermSchema),
    tags: z.array(TermSchema),
    image: nullable(ImageSchema),
    language: z.string().openapi({ example: 'en' }),
    word_count: z.number().int(),
    reading_time_minutes: z.number().int(),
    published_at: TimestampSchema.nullable(),
    updated_at: TimestampSchema,
    version: z.number().int().openapi({ description: "+1 on every change; the admin API's If-Match value." }),
    rights: RightsSchema,
    corrections: z.array(CorrectionSchema).openapi({ description: 'Oldest first.' }),
    embargoed_until: TimestampSchema.nullable().optional().openapi({
      description:
        'Public reads: only on an article under embargo, which only keys whose contract has `embargo_access` (and the admin API) can read: the time it becomes public. Such answers are `Cache-Control: private`. Admin answers always carry it (null when not set).',
    }),
    status: z.enum(ARTICLE_STATUSES).optional().openapi({ description: 'Admin responses only.' }),
  })
  .openapi('Article');

/** Top-level fields a reader may ask for with `fields`. */
export const ARTICLE_FIELDS = Object.keys(ArticleSchema.shape).filter((field) => field !== 'status');

const snippet = z.string().optional().openapi({
  description:
    'Search results only (`q`): a short passage of the article, HTML-escaped, with the matched terms in `<mark>`; safe to insert as HTML.',
  example: 'Nairobi and Port-au-Prince set up <mark>diplomatic</mark> ties…',
});

/** List items: the article without its body (and, in search results, with a `snippet`). */
export const ArticleSummarySchema = ArticleSchema.omit({ body_html: true, body_text: true })
  .extend({ snippet })
  .openapi('ArticleSummary', { description: 'An article without `body_html` and `body_text`: a list item when `fields` is not given.' });

/** What `fields` answers: exactly the fields named, so any of them may be missing. */
export const PartialArticleSchema = ArticleSchema.partial()
  .extend({ snippet })
  .openapi('PartialArticle', { description: 'An article read with `fields`: exactly the fields named, each as in `Article`.' });

export const ArticleEnvelopeSchema = z.object({ data: ArticleSchema }).openapi('ArticleEnvelope');
export const PartialArticleEnvelopeSchema = z.object({ data: PartialArticleSchema }).openapi('PartialArticleEnvelope');
