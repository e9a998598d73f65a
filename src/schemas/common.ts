import { z } from '@hono/zod-openapi';
import { decodeCursor } from '../content/cursor';
import { PROBLEM_CONTENT_TYPE } from '../app/problem';
import { MAX_SLUG_LENGTH, slugify } from '../content/slug';
import { type TimeBound, parseTimestamp } from '../content/time';

export const TimestampSchema = z
  .string()
  .openapi({ format: 'date-time', example: '2023-09-20T14:05:00Z', description: 'RFC 3339, UTC.' });

export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'limit' }),
    message: z.string().openapi({ example: 'Too big: expected number to be <=100' }),
  })
  .openapi('FieldError');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation-error' }),
    title: z.string().openapi({ example: 'Invalid request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: '1 field is invalid: limit.' }),
    request_id: z.string().openapi({ description: 'This request\'s id, as in `X-Request-Id`: quote it when you report a problem.' }),
    errors: z.array(FieldErrorSchema).optional().openapi({ description: 'Validation failures only (400, 422): one entry per wrong field.' }),
  })
  .openapi('Problem', { description: 'An RFC 9457 problem details object.' });

/** The 410 of a withdrawn article: which one, and the publisher's reason. */
export const GoneProblemSchema = ProblemSchema.extend({
  slug: z.string().openapi({ description: 'The slug of the withdrawn article.' }),
  withdrawn_reason: z.string().nullable().openapi({ description: "The publisher's reason for withdrawing it." }),
}).openapi('GoneProblem');

/**
 * `schema` or null, declared as `anyOf: [schema, null]`. zod-openapi renders `.nullable()` on a
 * named schema as `allOf` with a null type (no value matches) and marks the named schema itself
 * nullable everywhere it is used, so nullable objects go through here.
 */
export function nullable<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`).',
  401: 'No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`).',
  403: 'The key lacks the role, or its origin is not allowed.',
  404: 'Not found.',
  405: 'Method not allowed; see the `Allow` header.',
  406: 'The `Accept` header names no representation this resource has.',
  409: 'Conflict with the current state.',
  410: 'Withdrawn by the publisher.',
  412: 'The `If-Match` version is stale.',
  413: 'The body is too large.',
  415: 'Unsupported content type.',
  416: 'The Range lies outside the object; `Content-Range: bytes */<size>` gives its size.',
  422: 'The body is invalid; `errors[].path` names each field.',
  428: '`If-Match` is required.',
  429: 'Rate limited; see `Retry-After`.',
  500: 'Unexpected failure; quote `request_id`.',
  503: 'A dependency is unavailable.',
};

/** The `responses` entries for the problem statuses a route can answer. */
export function problemResponses<const S extends keyof typeof PROBLEM_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Error.',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: status === 410 ? GoneProblemSchema : ProblemSchema } },
      },
    ]),
  ) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema | typeof GoneProblemSchema } } }>;
}

/** The 301 a route answers for a slug (or URL) a renamed article had before. */
export function movedResponse(to: string) {
  return {
    301: {
      description: `The article was renamed: \`Location\` is ${to}, with the same query. Never a chain: it names the current slug.`,
      headers: { Location: { description: 'Where the article is now (absolute URL).', schema: { type: 'string' as const, format: 'uri' } } },
    },
  };
}

/** The 304 every cacheable GET can answer to `If-None-Match`. */
export const notModifiedResponse = {
  304: { description: 'Not modified: the `If-None-Match` ETag is current.' },
} as const;

/**
 * A whole-number query parameter from `min` to `max`, written in decimal digits only: `1e2`,
 * `0x10`, `100.0`, `+5` or ` 5` would otherwise coerce to a number, so one value would have many
 * spellings (and many cache keys). Out-of-range or malformed, it is one error, never two.
 */
export function wholeNumberParam(min: number, max: number, message: string) {
  return z.string({ error: message }).transform((value, ctx) => {
    const number = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
    if (!(number >= min && number <= max)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return number;
  });
}

/** `limit`: a whole number within bounds, with a default. */
export function limitParam(max: number, fallback: number) {
  return wholeNumberParam(1, max, `Must be a whole number from 1 to ${max}.`)
    .default(fallback)
    .openapi({ type: 'integer', minimum: 1, maximum: max, default: fallback, example: fallback });
}

/** `cursor`: an opaque `next_cursor` of the list `kind`, decoded to its sort key. */
export function cursorParam(kind: string, isPosition: (position: (string | number)[]) => boolean) {
  return z
    .string()
    .max(512)
    .transform((value, ctx) => {
      const position = decodeCursor(kind, value);
      if (!position || !isPosition(position)) {
        ctx.addIssue({ code: 'custom', message: 'Not a cursor from this list; pass next_cursor back unchanged.' });
        return z.NEVER;
      }
      return position;
    })
    .optional()
    .openapi({ type: 'string', description: 'Opaque; the `next_cursor` of the previous page.' });
}

/**
 * How the OpenAPI document names a time an input takes (parseTimestamp): an RFC 3339 date-time
 * or a full date, or null where the field takes null; `description` says what a date means there.
 */
export function timeInputOpenapi(description: string, { nullable = false } = {}) {
  const forms = [{ type: 'string' as const, format: 'date-time' }, { type: 'string' as const, format: 'date' }];
  return nullable
    ? { anyOf: [...forms, { type: 'null' as const }], description }
    : { type: 'string' as const, anyOf: forms, description };
}

/** What the API says of a time it cannot take. */
export const TIME_INPUT_MESSAGE = 'Must be an RFC 3339 date-time such as 2031-06-01T12:00:00Z, or a date (2031-06-01, from its start in UTC), in years 0000–9999 once in UTC.';

/**
 * A time as the API takes it (parseTimestamp), read as the canonical UTC timestamp: an instant,
 * or one bound of a range (TimeBound). The one parser of every time input.
 */
export function timeInput(bound: TimeBound = 'instant') {
  return z.string().transform((value, ctx) => {
    const parsed = parseTimestamp(value, bound);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: TIME_INPUT_MESSAGE });
      return z.NEVER;
    }
    return parsed;
  });
}

/** `since`/`until`: RFC 3339 date-time or a full date (a date `until` covers the whole day). */
export function timeParam(bound: 'since' | 'until') {
  return timeInput(bound === 'until' ? 'until' : 'from')
    .optional()
    .openapi({
      ...timeInputOpenapi(`An RFC 3339 date-time, or a date (${bound === 'until' ? 'covering the whole day' : 'from its start'}).`),
      example: '2023-09-20T00:00:00Z',
    });
}

// Refused, not read as "no filter": `section=` or `section=%00` would otherwise list everything.
const NO_SLUG = 'Has no letter or digit a slug can hold (a-z, 0-9), so it names nothing.';

/**
 * A filter by a section's or an author's slug, given at most once: read as its slug (`Kenya` →
 * `kenya`), whole: those slugs are given by the writer, up to MAX_SLUG_LENGTH, so a longer one
 * names nothing and is refused rather than cut to the slug of another.
 */
export function slugParam(description: string) {
  return z
    .string({ error: 'Give this parameter once.' })
    .transform((value, ctx) => {
      const slug = slugify(value, Number.POSITIVE_INFINITY);
      if (!slug || slug.length > MAX_SLUG_LENGTH) {
        ctx.addIssue({ code: 'custom', message: slug ? `Longer than any slug (at most ${MAX_SLUG_LENGTH} characters), so it names nothing.` : NO_SLUG });
        return z.NEVER;
      }
      return slug;
    })
    .optional()
    .openapi({ type: 'string', description });
}

/** How many values a repeatable parameter may carry: each one is a clause of the query. */
export const MAX_REPEATS = 10;

/**
 * A slug filter that may repeat (`?tag=a&tag=b`) or be a comma list (`?tag=a,b`), or both, read
 * as one array of at most `max` slugs counted after splitting: every value becomes a clause of
 * the D1 query, and past ~90 D1 refuses the query as too deep. An empty item (`tag=a,,b`,
 * `tag=`) is refused rather than dropped: it is usually a missing value in the caller's join,
 * and dropping it would quietly widen the filter. Each value is read as a write reads a tag
 * (`slugify`, cut at 80), so a filter given a tag's name finds the tag that name makes.
 */
export function repeatableParam(description: string, max = MAX_REPEATS) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value, ctx) => {
      const values = [value].flat().flatMap((item) => item.split(',').map((part) => part.trim()));
      if (values.some((item) => item === '')) {
        ctx.addIssue({ code: 'custom', message: 'An empty value: give each one, comma-separated or repeated, with nothing between two commas.' });
        return z.NEVER;
      }
      const slugs = values.map((item) => slugify(item));
      if (slugs.some((slug) => slug === '')) {
        ctx.addIssue({ code: 'custom', message: NO_SLUG });
        return z.NEVER;
      }
      return slugs;
    })
    .pipe(z.array(z.string()).max(max, { error: `Give at most ${max} values, repeated or comma-separated.` }))
    .optional()
    .openapi({
      type: 'array',
      items: { type: 'string' },
      maxItems: max,
      description: `${description} Repeat the parameter or give a comma list (\`a,b\`), or both; at most ${max} values in all.`,
      param: { style: 'form', explode: true },
    });
}

/** The `{ data: [...], next_cursor }` envelope of every list. */
export function listEnvelope<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      next_cursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }),
    })
    .openapi(name);
}
