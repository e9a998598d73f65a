import { createRoute, z } from '@hono/zod-openapi';
import { PROBLEM_TYPES } from '../../app/problem-types';
import { notModifiedResponse, problemResponses } from '../../schemas/common';

const tags = ['Documentation'];

export const ProblemTypeSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation-error' }),
    title: z.string().openapi({ example: 'Invalid request' }),
    statuses: z.array(z.number().int()).openapi({ example: [400, 422] }),
    meaning: z.string(),
    fix: z.string(),
    example: z.object({}).passthrough().openapi({ description: 'A problem body as Byline sends it.' }),
  })
  .openapi('ProblemType');

const negotiated = (what: string) => ({
  description: `${what}: HTML (no script), or JSON when \`Accept\` asks for application/json and not text/html. Varies on \`Accept\`.`,
  content: {
    'text/html': { schema: z.string() },
    'application/json': { schema: z.object({ data: z.array(ProblemTypeSchema) }) },
  },
});

export const problemIndex = createRoute({
  method: 'get',
  path: '/problems',
  operationId: 'listProblemTypes',
  tags,
  summary: 'Every problem type Byline answers',
  description: 'An index of every `type` a problem+json answer can carry, each linking to its page (HTML, or JSON with `Accept: application/json`).',
  responses: {
    200: negotiated('The list'),
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 500),
  },
});
export type ProblemIndexRoute = typeof problemIndex;

export const problemType = createRoute({
  method: 'get',
  path: '/problems/{type}',
  operationId: 'getProblemType',
  tags,
  summary: 'What a problem type means and how to fix it',
  description: 'The page a problem\'s `type` URI points to: its title, statuses, what it means, how to fix it and an example body.',
  request: {
    params: z.object({ type: z.string().openapi({ enum: Object.keys(PROBLEM_TYPES), example: 'validation-error' }) }),
  },
  responses: {
    200: {
      ...negotiated('The page'),
      content: { ...negotiated('').content, 'application/json': { schema: z.object({ data: ProblemTypeSchema }) } },
    },
    ...notModifiedResponse,
    ...problemResponses(400, 401, 403, 404, 500),
  },
});
export type ProblemTypeRoute = typeof problemType;
