import { z } from '@hono/zod-openapi';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../content/slug';
import { ArticleSchema, ArticleSummarySchema } from './article';
import { TimestampSchema, timeInput, timeInputOpenapi } from './common';
import { plainText } from './text';

const slug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN, { error: 'Must be lower-case letters, digits and single hyphens.' });

const timestampInput = timeInput();

const PUBLISH_AT =
  'Schedules the article (a date: from its start, in UTC); the Cron Trigger publishes it once due. Must be later than the time of the write (422 otherwise); 409 when the article is already published.';

/** An author by slug, or `{ slug, name }` to create one. */
const AuthorRefSchema = z.union([slug, z.strictObject({ slug, name: plainText(200, 1) })]);

/** A write's rights: each field given replaces the article's own; null goes back to the publisher's default. */
const RightsInputSchema = z
  .strictObject({
    usage_terms: plainText(2000, 1).nullable().optional(),
    copyright_holder: plainText(300, 1).nullable().optional(),
    copyright_notice: plainText(1000, 1).nullable().optional(),
    syndication: z.enum(['allowed', 'restricted', 'none']).nullable().optional(),
  })
  .openapi('RightsInput', { description: "Each field given replaces the article's own; null (or never set) means the publisher's default (the RIGHTS_* vars)." });

/** A correction a write appends to the article's public `corrections`. */
const CorrectionInputSchema = z
  .strictObject({ text: plainText(2000, 1) })
  .openapi('CorrectionInput', {
    description:
      "Appended, with the write's time, to the article's public `corrections` (never removed); the change feed says `corrected`. 422 on an article that was never published.",
  });

const articleFields = {
  headline: plainText(300, 1),
  body_html: z.string().min(1).max(500_000).openapi({
    description: 'Sanitized on write. 422 when nothing is left after sanitizing (a body that is only a script), when it nests too deeply to parse (thousands of unclosed tags), when it holds more than 40,000 `<`, or when it and its text take over 1,500,000 bytes as stored (UTF-8, JSON-escaped).',
  }),
  slug: slug.optional(),
  url: z.url({ protocol: /^https?$/, error: 'Must be an http or https URL.' }).max(2000).nullable().optional(),
  standfirst: plainText(1000).nullable().optional(),
  excerpt: plainText(300).nullable().optional().openapi({ description: 'Derived from the body when absent.' }),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'Must be a BCP 47 language tag such as en or pt-BR.' }).optional(),
  section: slug.nullable().optional().openapi({ description: 'A section slug.' }),
  tags: z.array(plainText(100, 1)).max(50).optional().openapi({ description: 'Tag names or slugs; unknown ones are created.' }),
  authors: z.array(AuthorRefSchema).max(20).optional().openapi({ description: 'Author slugs, or `{ slug, name }` to create one.' }),
  image_id: z.string().max(64).nullable().optional(),
  status: z.enum(['draft', 'published']).optional(),
  rights: RightsInputSchema.optional(),
  embargoed_until: timestampInput.nullable().optional().openapi(
    timeInputOpenapi(
      'Puts the article under embargo until then (a date: from its start, in UTC): once published, only keys whose contract has `embargo_access` read it; the Cron Trigger makes it public within a minute of that time. Must be later than the time of the write (422 otherwise); 409 when the article is already public; null lifts an embargo now.',
      { nullable: true },
    ),
  ),
  publish_at: timestampInput.nullable().optional().openapi(timeInputOpenapi(`${PUBLISH_AT} Null unschedules a scheduled article (a draft again).`, { nullable: true })),
};

/** Publishing now and scheduling are two different asks: a body may make only one. */
const publishesOneWay: [(body: { status?: string; publish_at?: string | null }) => boolean, { message: string; path: string[] }] = [
  (body) => !(body.status === 'published' && body.publish_at),
  { message: 'Give either status "published" or a publish_at, not both.', path: ['publish_at'] },
];

export const CreateArticleSchema = z
  .strictObject(articleFields)
  .refine(...publishesOneWay)
  .openapi('CreateArticle');
export type CreateArticleInput = z.infer<typeof CreateArticleSchema>;

const updateFields = { ...articleFields, correction: CorrectionInputSchema.optional() };

export const UpdateArticleSchema = z
  .strictObject(Object.fromEntries(Object.entries(updateFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof updateFields]: z.ZodOptional<(typeof updateFields)[K]>;
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Give at least one field to change.' })
  .refine(...publishesOneWay)
  .openapi('UpdateArticle');
export type UpdateArticleInput = z.infer<typeof UpdateArticleSchema>;

export const PublishArticleSchema = z
  .strictObject({ publish_at: timestampInput.optional().openapi(timeInputOpenapi(PUBLISH_AT)), correction: CorrectionInputSchema.optional() })
  .openapi('PublishArticle');

export const WithdrawArticleSchema = z
  .strictObject({ reason: z.string().trim().min(1).max(1000) })
  .openapi('WithdrawArticle');

const adminFields = {
  status: z.enum(['draft', 'scheduled', 'published', 'withdrawn']),
  publish_at: TimestampSchema.nullable(),
  withdrawn_reason: z.string().nullable(),
  created_at: TimestampSchema,
  embargoed_until: TimestampSchema.nullable().openapi({ description: 'Set while the article is (or, once published, will be) under embargo.' }),
};

export const AdminArticleSchema = ArticleSchema.extend(adminFields).openapi('AdminArticle');
export const AdminArticleSummarySchema = ArticleSummarySchema.omit({ snippet: true }).extend(adminFields).openapi('AdminArticleSummary');
export const AdminArticleEnvelopeSchema = z.object({ data: AdminArticleSchema }).openapi('AdminArticleEnvelope');

export const RevisionSchema = z
  .object({
    id: z.number().int(),
    article_id: z.string(),
    version: z.number().int(),
    action: z.enum(['create', 'update', 'publish', 'withdraw', 'delete']),
    key_id: z.string().nullable().openapi({ description: 'The key that wrote it: `root`, a key id, or `scheduler`.' }),
    created_at: TimestampSchema,
    article: z.record(z.string(), z.unknown()).openapi({ description: 'The full stored state of the article at this version.' }),
  })
  .openapi('Revision');
