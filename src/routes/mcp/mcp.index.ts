import { createRouter } from '../../app/create-app';
import { type FetchApp, postMcp } from './mcp.handlers';
import * as routes from './mcp.routes';

/** /mcp, given the app whose REST routes its tools read (src/index.ts passes its own). */
export const createMcpRouter = (fetchApp: FetchApp) => createRouter().openapi(routes.postMcp, postMcp(fetchApp));
