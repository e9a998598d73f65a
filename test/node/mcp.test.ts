import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServedWorker } from '../../scripts/lib/serve-worker.mjs';
import { serveSeeded } from './served';

/**
 * Issue 18: /mcp with the official MCP client (the SDK's Client over Streamable HTTP) against the
 * real Worker served from Node, seeded with the demo newsroom.
 */

const SEED_SLUG = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';

let byline: ServedWorker;
let draft: { id: string; slug: string };

/** A connected MCP client, sending `key` as a bearer token when given. */
async function connect(key?: string): Promise<Client> {
  const client = new Client({ name: 'byline-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${byline.origin}/mcp`), key ? { requestInit: { headers: { Authorization: `Bearer ${key}` } } } : {});
  await client.connect(transport);
  return client;
}

/** A tool's answer as the JSON it carries. */
async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = await client.callTool({ name, arguments: args });
  return { result, json: result.structuredContent as any };
}

beforeAll(async () => {
  byline = await serveSeeded();
  ({ data: draft } = await byline.admin('/v1/admin/articles', { method: 'POST', body: { headline: 'Kenya Haiti secret draft', body_html: '<p>Kenya Haiti embargoed.</p>', slug: 'mcp-secret-draft' } }));
}, 240_000);
afterAll(() => byline?.close());

describe('the MCP server at /mcp', () => {
  it('lists the four read-only tools with input schemas from the REST parameters', async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['get_article', 'list_articles', 'list_sections', 'search_articles']);
    expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    const list = tools.find((tool) => tool.name === 'list_articles')!;
    expect(Object.keys(list.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(['section', 'tag', 'author', 'since']));
    expect(tools.find((tool) => tool.name === 'search_articles')!.inputSchema).toMatchObject({ required: ['q'], properties: { q: { type: 'string', maxLength: 200 } } });
    await client.close();
  });

  it('answers each tool with the REST data, every article citing its canonical url', async () => {
    const client = await connect();
    const search = await call(client, 'search_articles', { q: 'kenya haiti', limit: 3 });
    expect(search.json.articles[0]).toMatchObject({ slug: SEED_SLUG, snippet: expect.stringContaining('<mark>') });
    expect(search.json.articles.every((article: { url: string }) => /^https?:\/\//.test(article.url))).toBe(true);
    expect(search.result.content).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'resource_link', uri: `byline://articles/${SEED_SLUG}` })]));

    const rest = (await (await fetch(`${byline.origin}/v1/articles?section=world&limit=5`)).json()) as { data: { slug: string; url: string }[]; next_cursor: string };
    const listed = await call(client, 'list_articles', { section: 'World', limit: 5 });
    expect(listed.json.articles.map((article: { slug: string }) => article.slug)).toEqual(rest.data.map((article) => article.slug));
    expect(listed.json.articles.map((article: { url: string }) => article.url)).toEqual(rest.data.map((article) => article.url));
    const next = await call(client, 'list_articles', { section: 'world', limit: 5, cursor: listed.json.next_cursor });
    expect(next.json.articles[0].slug).not.toBe(rest.data[0]!.slug);

    const article = await call(client, 'get_article', { slug: SEED_SLUG });
    const restArticle = (await (await fetch(`${byline.origin}/v1/articles/${SEED_SLUG}`)).json()) as { data: { url: string; body_text: string } };
    expect(article.json).toMatchObject({ slug: SEED_SLUG, url: restArticle.data.url, body_text: restArticle.data.body_text });
    expect(article.json.body_html).toBeUndefined();

    const sections = await call(client, 'list_sections');
    expect(sections.json.sections.map((section: { slug: string }) => section.slug)).toContain('world');
    await client.close();
  });

  it('refuses bad input with the REST messages, and answers an unknown slug as a tool error', async () => {
    const client = await connect();
    const invalid = await call(client, 'list_articles', { since: 'last week' });
    expect(invalid.result.isError).toBe(true);
    expect(JSON.stringify(invalid.result.content)).toContain('RFC 3339');
    const empty = await call(client, 'search_articles', { q: '🙂' });
    expect(empty.result.isError).toBe(true);
    const missing = await call(client, 'get_article', { slug: 'no-such-article' });
    expect(missing.result).toMatchObject({ isError: true });
    expect(JSON.parse((missing.result.content as { text: string }[])[0]!.text)).toMatchObject({ status: 404 });
    await client.close();
  });

  it('reads an article as a resource by its URI and lists the newest', async () => {
    const client = await connect();
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toEqual(['byline://articles/{slug}']);
    const { contents } = await client.readResource({ uri: `byline://articles/${SEED_SLUG}` });
    expect(contents[0]).toMatchObject({ uri: `byline://articles/${SEED_SLUG}`, mimeType: 'application/json' });
    expect(JSON.parse((contents[0] as { text: string }).text)).toMatchObject({ slug: SEED_SLUG, url: expect.stringMatching(/^https?:/) });
    const { resources } = await client.listResources();
    expect(resources.length).toBe(20);
    await client.close();
  });

  it('never shows a draft: not by slug, id, search, list or resource', async () => {
    const client = await connect();
    for (const slug of [draft.slug, draft.id]) expect((await call(client, 'get_article', { slug })).result.isError).toBe(true);
    const search = await call(client, 'search_articles', { q: 'secret draft embargoed' });
    expect(search.json.articles).toEqual([]);
    const listed = await call(client, 'list_articles', { limit: 100 });
    expect(listed.json.articles.map((article: { slug: string }) => article.slug)).not.toContain(draft.slug);
    await expect(client.readResource({ uri: `byline://articles/${draft.slug}` })).rejects.toThrow(/No published article/);
    await client.close();
  });

  it('answers an unknown key 401 problem+json, and a valid partner key its REST view', async () => {
    const res = await fetch(`${byline.origin}/mcp`, {
      method: 'POST',
      headers: { Authorization: 'Bearer byl_unknown_000000000000', 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 401, request_id: expect.any(String) });
    await expect(connect('byl_unknown_000000000000')).rejects.toThrow(/401/);

    const { data: key } = await byline.admin('/v1/admin/keys', { method: 'POST', body: { name: 'mcp partner', role: 'partner' } });
    const partner = await connect(key.secret);
    expect((await call(partner, 'get_article', { slug: SEED_SLUG })).json.slug).toBe(SEED_SLUG);
    await partner.close();
  });

  it("holds the tools' REST reads to the caller's key: its rate limit applies to them too", async () => {
    // A limit of one request: the POST to /mcp takes it, so the tool's own REST read is refused.
    const { data: key } = await byline.admin('/v1/admin/keys', { method: 'POST', body: { name: 'mcp limited', role: 'partner', rate_limit: { requests: 1, period_seconds: 3600 } } });
    const res = await fetch(`${byline.origin}/mcp`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key.secret}`, 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'get_article', arguments: { slug: SEED_SLUG } } }),
    });
    expect(res.status).toBe(200);
    const { result } = (await res.json()) as { result: { isError: boolean; content: { text: string }[] } };
    expect(result.isError).toBe(true);
    expect(JSON.parse(result.content[0]!.text)).toMatchObject({ status: 429 });
  });

  it('answers a body that is not JSON-RPC as a problem, and a missing Accept as MCP requires', async () => {
    const post = (body: string, headers: Record<string, string>) => fetch(`${byline.origin}/mcp`, { method: 'POST', headers, body });
    const accept = { Accept: 'application/json, text/event-stream' };
    const notRpc = await post('{"hello":1}', { ...accept, 'Content-Type': 'application/json' });
    expect([notRpc.status, notRpc.headers.get('Content-Type')]).toEqual([422, 'application/problem+json']);
    expect(await notRpc.json()).toMatchObject({ status: 422, errors: [{ path: 'jsonrpc' }] });
    const text = await post('{"jsonrpc":"2.0","id":1,"method":"ping"}', { ...accept, 'Content-Type': 'text/plain' });
    expect([text.status, text.headers.get('Content-Type')]).toEqual([415, 'application/problem+json']);
    const broken = await post('{"jsonrpc":', { ...accept, 'Content-Type': 'application/json' });
    expect([broken.status, broken.headers.get('Content-Type')]).toEqual([400, 'application/problem+json']);
    // The transport's own refusals are JSON-RPC errors, as MCP clients expect.
    const noAccept = await post('{"jsonrpc":"2.0","id":1,"method":"ping"}', { 'Content-Type': 'application/json' });
    expect(noAccept.status).toBe(406);
    expect(await noAccept.json()).toMatchObject({ jsonrpc: '2.0', error: { message: expect.stringContaining('text/event-stream') } });
    const ping = await post('{"jsonrpc":"2.0","id":1,"method":"ping"}', { ...accept, 'Content-Type': 'application/json' });
    expect(await ping.json()).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
  });

  it('answers GET and DELETE 405 (stateless: no stream, no session), with Allow: POST', async () => {
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(`${byline.origin}/mcp`, { method, headers: { Accept: 'text/event-stream' } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('POST');
    }
  });

  it('is linked from /docs: the document the reference renders names /mcp and @byline/client', async () => {
    const doc = (await (await fetch(`${byline.origin}/openapi.json`)).json()) as { info: { description: string }; paths: Record<string, Record<string, unknown>> };
    expect(doc.info.description).toContain(`${byline.origin}/mcp`);
    expect(doc.info.description).toContain('@byline/client');
    expect(Object.keys(doc.paths['/mcp'] ?? {})).toEqual(['post']);
  });
});
