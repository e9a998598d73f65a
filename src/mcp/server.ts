import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { registerResources } from './resources';
import { type AppFetch, restReader } from './rest';
import { registerTools } from './tools';

/**
 * Answers one MCP request (Streamable HTTP, stateless): a fresh server and transport per request,
 * no session id and JSON answers rather than an SSE stream, so that any isolate can answer any
 * request and nothing outlives it. The tools read Byline through its own REST routes as the caller.
 */
export async function answerMcp(request: Request, body: unknown, fetchApp: AppFetch, requestId: string): Promise<Response> {
  const origin = new URL(request.url).origin;
  const rest = restReader(fetchApp, request, requestId);
  const server = new McpServer(
    { name: 'byline', title: 'Byline', version: '1.0.0' },
    { instructions: "Byline is a newsroom's content API. Search or list published articles, read one by slug, and cite each article by its url." },
  );
  registerTools(server, rest, origin);
  registerResources(server, rest, origin);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  return transport.handleRequest(request, { parsedBody: body });
}
