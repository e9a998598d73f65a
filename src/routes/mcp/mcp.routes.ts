import { createRoute, z } from '@hono/zod-openapi';
import { jsonBody } from '../../middleware/json-body';
import { ProblemSchema, problemResponses } from '../../schemas/common';

/** The most a JSON-RPC message may weigh: tool arguments are a slug, a query and a few filters. */
export const MAX_MCP_BODY_BYTES = 64 * 1024;

/** A JSON-RPC 2.0 message, as MCP's Streamable HTTP transport posts it (MCP 2025-06-18 has no batches). */
const JsonRpcMessageSchema = z
  .looseObject({
    jsonrpc: z.literal('2.0'),
    id: z.union([z.string(), z.number()]).optional().openapi({ description: 'Absent on notifications.' }),
    method: z.string().optional().openapi({ example: 'tools/call' }),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('JsonRpcMessage', { description: 'A JSON-RPC 2.0 request, notification or response (MCP 2025-06-18).' });

const JsonRpcResponseSchema = z
  .looseObject({
    jsonrpc: z.literal('2.0'),
    id: z.union([z.string(), z.number(), z.null()]),
    result: z.record(z.string(), z.unknown()).optional(),
    error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }).optional(),
  })
  .openapi('JsonRpcResponse', { description: 'A JSON-RPC 2.0 result or error.' });

const jsonRpcAnswer = { 'application/json': { schema: JsonRpcResponseSchema } };

export const postMcp = createRoute({
  method: 'post',
  path: '/mcp',
  operationId: 'postMcp',
  tags: ['Agents'],
  // A keyless POST: 413 from Content-Length before the body is read, 400 unless it is UTF-8 JSON.
  middleware: [jsonBody(MAX_MCP_BODY_BYTES)],
  summary: 'The MCP server (Streamable HTTP)',
  description:
    'Model Context Protocol over Streamable HTTP, stateless: every JSON-RPC message is answered on its own POST as `application/json` (no session, no SSE stream), so `GET /mcp` (a server-to-client stream) and `DELETE /mcp` (ending a session) answer 405. Read-only tools: `search_articles`, `list_articles`, `get_article`, `list_sections`; resources `byline://articles/{slug}`. They read the public REST API as the caller: a partner key in `Authorization` applies exactly as it would there; without one, what the public sees. Send `Accept: application/json, text/event-stream`.',
  request: {
    body: { required: true, content: { 'application/json': { schema: JsonRpcMessageSchema } } },
  },
  responses: {
    200: { description: 'The JSON-RPC answer to the request.', content: jsonRpcAnswer },
    202: { description: 'Accepted: a notification or a response, which gets no answer.' },
    400: {
      description: 'An unknown query parameter, or a body that is not UTF-8 JSON (problem+json, `/problems/invalid-json`), or a message the MCP server refuses (a JSON-RPC error, e.g. an unsupported `MCP-Protocol-Version`).',
      content: { 'application/problem+json': { schema: ProblemSchema }, ...jsonRpcAnswer },
    },
    406: { description: '`Accept` must list both `application/json` and `text/event-stream` (a JSON-RPC error).', content: jsonRpcAnswer },
    ...problemResponses(401, 403, 413, 415, 422, 500),
  },
});
export type PostMcpRoute = typeof postMcp;
