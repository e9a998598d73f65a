import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { type RestReader, RestProblem } from './rest';
import { articleUri, citation } from './tools';

/** MCP's "resource not found" error code (spec: resources, error handling). */
const RESOURCE_NOT_FOUND = -32002;

interface Article {
  slug: string;
  headline: string;
  url: string | null;
  excerpt: string;
}

/** Articles as resources, `byline://articles/{slug}`: the published article as JSON; the newest listed. */
export function registerResources(server: McpServer, rest: RestReader, origin: string): void {
  const template = new ResourceTemplate(articleUri('{slug}'), {
    list: async () => {
      const page = await rest<{ data: Article[] }>('/v1/articles', { limit: 20 });
      return {
        resources: page.data.map((article) => ({ uri: articleUri(article.slug), name: article.slug, title: article.headline, description: article.excerpt, mimeType: 'application/json' })),
      };
    },
  });
  server.registerResource(
    'article',
    template,
    { title: 'Article', description: "A published article as JSON (Byline's Article schema); cite its url.", mimeType: 'application/json' },
    async (uri, { slug }) => {
      try {
        const { data } = await rest<{ data: Article }>(`/v1/articles/${encodeURIComponent(String(slug))}`);
        return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify({ ...data, url: citation(origin, data) }) }] };
      } catch (error) {
        if (error instanceof RestProblem && (error.problem.status === 404 || error.problem.status === 410)) {
          throw new McpError(RESOURCE_NOT_FOUND, `No published article at ${uri.href}: ${error.problem.detail}`, { uri: uri.href });
        }
        throw error;
      }
    },
  );
}
