import { createRoute, z } from '@hono/zod-openapi';
import { ARTICLE_FIELDS, ArticleEnvelopeSchema, ArticleSummarySchema, PartialArticleEnvelopeSchema, PartialArticleSchema } from '../../schemas/article';
import {
  cursorParam,
  limitParam,
  listEnvelope,
  movedResponse,
  notModifiedResponse,
  problemResponses,
  repeatableParam,
  slugParam,
  timeParam,
} from '../../schemas/common';
import { fingerprint } from '../../content/cursor';
import { MAX_QUERY_LENGTH, parseSearchQuery } from '../../content/search-query';
import { SEARCH_CANDIDATES } from '../../db/search';
import { TIMESTAMP_PATTERN } from '../../content/time';
import { GoneProblemSchema } from '../../schemas/common';
import { NinjsItemSchema, NinjsListSchema } from '../../schemas/ninjs';
import { NINJS_MEDIA_TYPE, negotiated } from '../../syndication/negotiation';

const tags = ['Articles'];

const NEGOTIATION =
  ' `Accept: application/ninjs+json` answers IPTC ninjs 3.1 instead of JSON (`*/*`, `application/json` or no `Accept` answer JSON; an `Accept` naming neither answers 406); every answer carries `Vary: Accept`, and each representation has its own cache entry and ETag.';
const vary = { Vary: { description: '`Accept`: the representation is negotiated.', schema: { type: 'string' as const } } };

/** `fields=headline,url`: a comma list of top-level fields, from `allowed`. */
function fieldsParam(allowed: readonly string[]) {
  return z
    .string()
    .transform((value, ctx) => {
      const fields = value.split(',').map((field) => field.trim()).filter(Boolean);
      const unknown = fields.filter((field) => !allowed.includes(field));
      if (fields.length === 0 || unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown field${unknown.length === 1 ? '' : 's'} ${unknown.join(', ') || '(none given)'}; choose from ${allowed.join(', ')}.`,
        });
        return z.NEVER;
      }
      return fields;
    })
    .optional()
    .openapi({ type: 'string', example: 'slug,headline,url,published_at', description: 'Comma list of top-level fields to return.' });
}

const CAP = SEARCH_CANDIDATES.toLocaleString('en');

/** `q`: a reader's search, parsed into a safe FTS5 query (src/content/search-query.ts). */
const searchParam = z
  .string({ error: 'Give this parameter once.' })
  .max(MAX_QUERY_LENGTH, { error: `Use at most ${MAX_QUERY_LENGTH} characters.` })
  .transform((value, ctx) => {
    const parsed = parseSearchQuery(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return parsed.query;
  })
  .optional()
  .openapi({
    type: 'string',
    example: 'kenya haiti',
    description:
      `Full-text search over headline, standfirst and body (with a key whose contract gives excerpts only, over headline and standfirst: its matches and snippets never come from a body): words must all match (AND); \`"a phrase"\` in quotes; \`kenya*\` for a prefix. Anything else is matched as plain text. Results then come most relevant first, each with a \`snippet\`. A key whose contract has \`embargo_access\` also finds the articles under embargo it reads in the list; they are ranked by their own, smaller index, so their place among public matches is approximate. When more than ${CAP} articles match (after the other filters), only the ${CAP} most recently written to Byline are ranked; narrow with \`since\`, \`until\`, \`section\`, \`tag\` or \`author\` to reach older ones.`,
  });

const isDatePosition = (position: (string | number)[]) =>
  position.length === 2 && typeof position[0] === 'string' && TIMESTAMP_PATTERN.test(position[0]) && typeof position[1] === 'string';
// A search cursor is ['q', fingerprint of the match expression, id of the last article]: no
// score, which would tell how a page's text ranks; the next page recomputes it (src/db/search.ts).
const isRankPosition = (position: (string | number)[]) =>
  position.length === 3 && position[0] === 'q' && typeof position[1] === 'string' && typeof position[2] === 'string';

/** The cursor position after article `id` in the search `match`. */
export const rankPosition = (match: string, id: string) => ['q', fingerprint(match), id];

export const ListArticlesQuerySchema = z
  .object({
    section: slugParam('A section slug.'),
    tag: repeatableParam('Tag slugs; every one must match.'),
    author: slugParam('An author slug.'),
    q: searchParam,
    since: timeParam('since'),
    until: timeParam('until'),
    limit: limitParam(100, 20),
    cursor: cursorParam('articles', (position) => isDatePosition(position) || isRankPosition(position)),
    fields: fieldsParam([...ARTICLE_FIELDS, 'snippet']),
  })
  .superRefine((query, ctx) => {
    // A search page and a date page are ordered differently: each cursor fits only its own list.
    const fitsList = query.q
      ? isRankPosition(query.cursor ?? []) && query.cursor?.[1] === fingerprint(query.q.match)
      : isDatePosition(query.cursor ?? []);
    if (query.cursor && !fitsList) {
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'Not a cursor from this list; pass next_cursor back unchanged, with the same q.' });
    }
    if (!query.q && query.fields?.includes('snippet')) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'snippet exists only in search results: give q too.' });
    }
  });

export const listArticles = createRoute({
  method: 'get',
  path: '/v1/articles',
  operationId: 'listArticles',
  tags,
  summary: 'List or search published articles',
  description:
    `Newest first, or with \`q\` most relevant first (a headline match outranks a body match), each item then carrying a \`snippet\`. Keyset-paginated: pass \`next_cursor\` back as \`cursor\` until it is null. Pages neither skip nor repeat, even when articles share a \`published_at\` or a relevance score; a search's, only while no article is published or changed between its pages (relevance scores depend on the whole index, and a new match moves the ranked window). A search cursor holds no score and fits only the \`q\` it came from; if the last article of its page no longer matches, the next page answers 400 on \`cursor\`: search again. A search ranks at most the ${CAP} matches most recently written to Byline (those the filters keep). \`since\` and \`until\` bound \`published_at\` inclusively; every filter combines with \`q\`.${NEGOTIATION}`,
  middleware: [negotiated()],
  request: { query: ListArticlesQuerySchema },
  responses: {
    200: {
      description:
        'A page of articles: summaries, or with `fields` exactly the fields named. With `Accept: application/ninjs+json`, a page of ninjs items (`NinjsList`) in the same envelope, as `application/json; profile="…/openapi.json#/components/schemas/NinjsList"` (ninjs has no list type); items carry bodies only when `fields` names `body_html`/`body_text`, and search results a `snippet` description.',
      headers: vary,
      content: {
        'application/json': {
          schema: z.union([listEnvelope(ArticleSummarySchema, 'ArticleList'), listEnvelope(PartialArticleSchema, 'PartialArticleList'), NinjsListSchema]),
        },
      },
    },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 406, 500, 503),
  },
});
export type ListArticlesRoute = typeof listArticles;

export const getArticle = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}',
  operationId: 'getArticle',
  tags,
  summary: 'Get one published article',
  description:
    `The whole article, or with \`fields\` exactly the fields named. \`{slug}\` is the article's slug or its \`id\` (the id answers the article itself). A slug the article had before a rename answers 301 to its current slug; a slug another article has taken since names that article. 404 when no published article has the slug, 410 (with \`slug\` and \`withdrawn_reason\`) when it was withdrawn.${NEGOTIATION}`,
  middleware: [negotiated()],
  request: {
    params: z.object({ slug: z.string().max(200).openapi({ example: 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks' }) }),
    query: z.object({ fields: fieldsParam(ARTICLE_FIELDS) }),
  },
  responses: {
    200: {
      description:
        'The article, or with `fields` exactly the fields named. In ninjs (`Accept: application/ninjs+json`) the whole item; `fields` there only decides which bodies it carries (`body_html` the HTML one, `body_text` the plain one).',
      headers: vary,
      content: {
        'application/json': { schema: z.union([ArticleEnvelopeSchema, PartialArticleEnvelopeSchema]) },
        [NINJS_MEDIA_TYPE]: { schema: NinjsItemSchema },
      },
    },
    ...movedResponse('`/v1/articles/{current-slug}`'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 406, 500, 503),
    410: {
      description: 'Withdrawn by the publisher: a problem naming `slug` and `withdrawn_reason`, or in ninjs the item with `pubStatus: canceled` and the reason as `edNote` (a kill notice).',
      content: { 'application/problem+json': { schema: GoneProblemSchema }, [NINJS_MEDIA_TYPE]: { schema: NinjsItemSchema } },
    },
  },
});
export type GetArticleRoute = typeof getArticle;
