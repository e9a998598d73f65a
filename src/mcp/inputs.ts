import { z } from '@hono/zod-openapi';
import { ListArticlesQuerySchema, getArticle } from '../routes/articles/articles.routes';

/**
 * The tools' input schemas, made from the REST routes' own query schemas: the same checks and
 * messages, so a tool refuses exactly what the route would. A REST parameter parses into what its
 * handler needs (a slug from `Kenya`, an FTS5 expression from `q`), while a tool forwards what the
 * caller gave to the REST route, which parses it again: so each tool input is the parameter's
 * input side (its JSON Schema as clients see it) refined by the whole parameter, answering the
 * value as given.
 */

/** The schema a parameter starts from, under its optional/default wrappers and transforms. */
function inputSide(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
    else return inner;
  }
}

/** `param` as a tool input: its input type, checked by the whole REST parameter, the value kept as given. */
function asGiven<T extends z.ZodType>(param: T, description: string) {
  return (inputSide(param) as z.ZodType<z.input<T>>)
    .superRefine((value, ctx) => {
      const result = param.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    })
    .describe(description);
}

/**
 * A whole-number query parameter as a tool input: an integer in JSON (what an agent sends),
 * checked by the REST parameter on its decimal spelling, as the route will receive it.
 */
function wholeNumber<T extends z.ZodType>(param: T, min: number, max: number, description: string) {
  return z
    .number()
    .int()
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      const result = param.safeParse(String(value));
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    })
    .describe(description);
}

const query = ListArticlesQuerySchema.shape;

export const searchArticlesInput = {
  q: asGiven(query.q, 'What to search for: words (all must match), "a phrase" in quotes, kenya* for a prefix.'),
  section: asGiven(query.section, 'Only this section (a slug, e.g. world).').optional(),
  limit: wholeNumber(query.limit, 1, 100, 'How many results, 1–100 (default 20).').optional(),
};

export const listArticlesInput = {
  section: asGiven(query.section, 'A section slug, e.g. world.').optional(),
  tag: asGiven(query.tag, 'Tag slugs; every one must match.').optional(),
  author: asGiven(query.author, 'An author slug.').optional(),
  since: asGiven(query.since, 'Published at or after: an RFC 3339 date-time or a date (2023-09-20).').optional(),
  until: asGiven(query.until, 'Published at or before: an RFC 3339 date-time or a date (covering the whole day).').optional(),
  limit: wholeNumber(query.limit, 1, 100, 'Articles per page, 1–100 (default 20).').optional(),
  cursor: asGiven(query.cursor, 'The next_cursor of the previous page, to read the next one.').optional(),
};

export const getArticleInput = {
  slug: asGiven(getArticle.request.params.shape.slug, "The article's slug (or its id, art_…)."),
};
