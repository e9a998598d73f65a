import { createRoute, z } from '@hono/zod-openapi';
import { cursorParam, limitParam, listEnvelope, notModifiedResponse, problemResponses } from '../../schemas/common';
import { AuthorSchema, SectionSchema, TagSchema } from '../../schemas/taxonomy';
import type { TaxonomyKind } from '../../db/taxonomies';

const ITEM_SCHEMAS = { sections: SectionSchema, tags: TagSchema, authors: AuthorSchema } as const;
const LIST_NAMES = { sections: 'SectionList', tags: 'TagList', authors: 'AuthorList' } as const;

function taxonomyRoute<K extends TaxonomyKind>(kind: K) {
  return createRoute({
    method: 'get',
    path: `/v1/${kind}` as `/v1/${K}`,
    operationId: `list${kind[0]!.toUpperCase()}${kind.slice(1)}`,
    tags: ['Taxonomies'],
    summary: `List ${kind} with their counts of published articles`,
    description: `In slug order; pass \`next_cursor\` back as \`cursor\` for more.`,
    request: {
      query: z.object({
        limit: limitParam(100, 100),
        cursor: cursorParam(kind, (position) => position.length === 1 && typeof position[0] === 'string'),
      }),
    },
    responses: {
      200: {
        description: `A page of ${kind}.`,
        content: { 'application/json': { schema: listEnvelope(ITEM_SCHEMAS[kind], LIST_NAMES[kind]) } },
      },
      ...notModifiedResponse,
      ...problemResponses(400, 401, 403, 500, 503),
    },
  });
}

export const listSections = taxonomyRoute('sections');
export type ListSectionsRoute = typeof listSections;
export const listTags = taxonomyRoute('tags');
export type ListTagsRoute = typeof listTags;
export const listAuthors = taxonomyRoute('authors');
export type ListAuthorsRoute = typeof listAuthors;
