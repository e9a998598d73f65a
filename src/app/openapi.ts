import { CACHE_POLICIES } from './cache-policy';
import { DOCS_CSP, docsPage } from './docs-page';
import { completeDocument } from './openapi-document';
import type { AppOpenAPI } from './types';

export const OPENAPI_PATH = '/openapi.json';

/** Serves the OpenAPI 3.1 document at /openapi.json and a Scalar reference, self-hosted, at /docs. */
export function configureOpenAPI(app: AppOpenAPI): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key (`byl_…`) or the root ADMIN_TOKEN. Roles: admin > editor > partner.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'partnerKey', {
    type: 'http',
    scheme: 'bearer',
    description:
      'Optional on public reads: a partner key (`byl_…`), when sent, must be valid and used from one of its `allowed_origins`. A key with `entitlements` reads exactly what its contract covers (404 outside it; no `body_html`/`body_text` on an excerpt contract; embargoed articles with `embargo_access`), answered `Cache-Control: private`; an expired contract answers 401.',
  });
  app.use(OPENAPI_PATH, async (c, next) => {
    await next();
    c.header('Cache-Control', CACHE_POLICIES.document);
  });
  app.get(OPENAPI_PATH, (c) => {
    const origin = new URL(c.req.url).origin;
    const document = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Byline API',
        version: '1.0.0',
        description: [
          'An edge content API for newsrooms. Public reads need no key. Errors are RFC 9457 `application/problem+json`; every GET carries a strong `ETag` and answers `If-None-Match` with 304.',
          '',
          "**TypeScript client.** `@byline/client` (packages/client in Byline's repository): `createClient({ baseUrl, key })`, `articles.list(filters)` over every page, `articles.get(slugOrId)`, conditional requests, retries, a change-feed `mirror`; see the README's \"Clients\" section.",
          '',
          `**Assistants and agents.** An MCP server (Streamable HTTP) at \`${origin}/mcp\` (POST /mcp below) with the read-only tools search_articles, list_articles, get_article and list_sections. Add it to an MCP client as \`{ "mcpServers": { "byline": { "type": "http", "url": "${origin}/mcp" } } }\`, with \`"headers": { "Authorization": "Bearer byl_…" }\` for a partner key.`,
        ].join('\n'),
        contact: { name: 'Byline API reference', url: `${origin}/docs` },
      },
      servers: [{ url: origin }],
    });
    return c.json(completeDocument(document));
  });
  app.get('/docs', (c) => {
    c.header('Cache-Control', CACHE_POLICIES.document);
    c.header('Content-Security-Policy', DOCS_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(docsPage());
  });
}
