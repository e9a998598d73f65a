import type { Context } from 'hono';
import type { AppBindings, AppEnv, AppRouteHandler } from '../../app/types';
import { answerMcp } from '../../mcp/server';
import type { PostMcpRoute } from './mcp.routes';

/** How the MCP tools reach the app's own REST routes: the Worker's app, with this request's env and ctx. */
export type FetchApp = (request: Request, env: AppBindings, ctx: Context<AppEnv>['executionCtx']) => Promise<Response>;

/** POST /mcp: one stateless MCP exchange, its tools reading REST as the caller. */
export function postMcp(fetchApp: FetchApp): AppRouteHandler<PostMcpRoute> {
  return async function postMcpHandler(c) {
    const body = c.req.valid('json');
    return answerMcp(c.req.raw, body, (request) => fetchApp(request, c.env, c.executionCtx), c.get('requestId'));
  };
}
