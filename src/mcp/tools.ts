import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { getArticleInput, listArticlesInput, searchArticlesInput } from './inputs';
import { type RestReader, RestProblem } from './rest';

interface ListedArticle {
  slug: string;
  headline: string;
  url: string | null;
  standfirst: string | null;
  excerpt: string;
  published_at: string | null;
  section: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  snippet?: string;
}

interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

/** The URI of an article's MCP resource. */
export const articleUri = (slug: string) => `byline://articles/${slug}`;

/** Where to cite an article: its canonical page on the publisher's site, or Byline's own URL when it has none. */
export const citation = (origin: string, article: { slug: string; url: string | null }) => article.url ?? `${origin}/v1/articles/${article.slug}`;

/** A list item as a tool answers it: what an assistant needs to cite and choose, not the whole article. */
function citable(origin: string, article: ListedArticle) {
  return {
    slug: article.slug,
    headline: article.headline,
    url: citation(origin, article),
    published_at: article.published_at,
    section: article.section?.slug ?? null,
    tags: article.tags.map((tag) => tag.slug),
    authors: article.authors.map((author) => author.name),
    summary: article.standfirst ?? article.excerpt,
    ...(article.snippet === undefined ? {} : { snippet: article.snippet }),
  };
}

/** A tool's answer: the JSON as text and as structured content, with a link to each article's resource. */
function answer(value: Record<string, unknown>, articles: { slug: string; headline: string }[] = []): CallToolResult {
  return {
    content: [
      { type: 'text', text: JSON.stringify(value, null, 2) },
      ...articles.map((article) => ({ type: 'resource_link' as const, uri: articleUri(article.slug), name: article.slug, title: article.headline, mimeType: 'application/json' })),
    ],
    structuredContent: value,
  };
}

/** Runs a tool, answering a REST problem (404, 410, 400 naming the field) as a tool error the model can read. */
async function tool(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof RestProblem)) throw error;
    const { status, title, detail, errors } = error.problem;
    return { isError: true, content: [{ type: 'text', text: JSON.stringify({ status, title, detail, ...(errors ? { errors } : {}) }) }] };
  }
}

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

/** The read-only tools, each a GET of the public REST API as the caller. */
export function registerTools(server: McpServer, rest: RestReader, origin: string): void {
  const listPage = async (query: Record<string, string | number | string[] | undefined>) => {
    const page = await rest<Page<ListedArticle>>('/v1/articles', query);
    return answer({ articles: page.data.map((article) => citable(origin, article)), next_cursor: page.next_cursor }, page.data);
  };

  server.registerTool(
    'search_articles',
    {
      title: 'Search articles',
      description: "Full-text search over published articles, most relevant first; each result has a snippet with the matched words in <mark> and the article's canonical url to cite.",
      inputSchema: searchArticlesInput,
      annotations: readOnly,
    },
    ({ q, section, limit }) => tool(() => listPage({ q, section, limit })),
  );

  server.registerTool(
    'list_articles',
    {
      title: 'List articles',
      description: 'Published articles, newest first, filtered by section, tags, author and date. One page at a time: pass next_cursor back as cursor for more.',
      inputSchema: listArticlesInput,
      annotations: readOnly,
    },
    ({ section, tag, author, since, until, limit, cursor }) => tool(() => listPage({ section, tag, author, since, until, limit, cursor })),
  );

  server.registerTool(
    'get_article',
    {
      title: 'Get an article',
      description: "One published article by slug: headline, standfirst, byline, body as plain text, and its canonical url to cite. A renamed article's old slug finds it too.",
      inputSchema: getArticleInput,
      annotations: readOnly,
    },
    ({ slug }) =>
      tool(async () => {
        const { data } = await rest<{ data: ListedArticle & { body_text: string; body_html?: string } }>(`/v1/articles/${encodeURIComponent(slug)}`);
        const { body_html: _html, ...article } = data;
        return answer({ ...article, url: citation(origin, data) }, [data]);
      }),
  );

  server.registerTool(
    'list_sections',
    {
      title: 'List sections',
      description: 'Every section with its slug (for list_articles and search_articles) and its count of published articles.',
      annotations: readOnly,
    },
    () =>
      tool(async () => {
        const sections: unknown[] = [];
        let cursor: string | undefined;
        do {
          const page = await rest<Page<unknown>>('/v1/sections', { limit: 100, cursor });
          sections.push(...page.data);
          cursor = page.next_cursor ?? undefined;
        } while (cursor);
        return answer({ sections });
      }),
  );
}
