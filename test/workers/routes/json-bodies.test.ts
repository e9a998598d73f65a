import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, createArticle, expectJson } from '../helpers/admin';
import { MAX_MCP_BODY_BYTES } from '../../../src/routes/mcp/mcp.routes';
import { resetStorage } from '../helpers/articles';

let writes: [method: string, path: string][] = [];

beforeAll(async () => {
  await resetStorage();
  const article = await createArticle({ headline: 'Bodies', body_html: '<p>x</p>' });
  const key = await expectJson(await send('POST', '/v1/admin/keys', JSON.stringify({ name: 'k', role: 'partner', allowed_origins: [] })), 201);
  writes = [
    ['POST', '/v1/admin/articles'],
    ['PATCH', `/v1/admin/articles/${article.id}`],
    ['POST', `/v1/admin/articles/${article.id}/publish`],
    ['POST', `/v1/admin/articles/${article.id}/withdraw`],
    ['POST', `/v1/admin/articles/${article.id}/preview`],
    ['POST', '/v1/admin/keys'],
    ['PATCH', `/v1/admin/keys/${key.data.id}`],
    ['POST', '/v1/admin/webhooks'],
    ['POST', '/v1/admin/wordpress/posts'],
    ['POST', '/v1/admin/wordpress/sync'],
    // The MCP endpoint takes keyless JSON-RPC posts: the same guard, with its own size.
    ['POST', '/mcp'],
  ];
});

/** Sends `body` (text or raw bytes) as application/json with the root key and If-Match: *. */
function send(method: string, path: string, body: string | Uint8Array): Promise<Response> {
  const headers = { Authorization: `Bearer ${ROOT}`, 'Content-Type': 'application/json', 'If-Match': '*' };
  return exports.default.fetch(`http://byline.test${path}`, { method, headers, body });
}

/** `{"headline":"<bytes>","body_html":"<p>x</p>"}` with `bytes` spliced raw into the string. */
function withRawBytes(...bytes: number[]): Uint8Array {
  const encoder = new TextEncoder();
  return new Uint8Array([...encoder.encode('{"headline":"Caf'), ...bytes, ...encoder.encode('","body_html":"<p>x</p>"}')]);
}

async function expectMalformed(res: Response, what: string): Promise<{ errors: { path: string; message: string }[] }> {
  const problem = await expectJson(res, 400);
  expect(res.headers.get('Content-Type'), what).toBe('application/problem+json');
  expect(problem, what).toMatchObject({ type: '/problems/invalid-json', status: 400, errors: [{ path: 'body', message: expect.any(String) }] });
  return problem;
}

describe('JSON bodies that are not JSON', () => {
  it('answers 400 invalid-json naming the body for malformed JSON on every JSON write', async () => {
    for (const [method, path] of writes) {
      for (const text of ['{"headline":', '{', '{"a":1,}', "{'a':1}", 'not json', '{"a":1}}']) {
        await expectMalformed(await send(method, path, text), `${method} ${path} ${text}`);
      }
    }
  });

  it("says what the parser stopped at", async () => {
    const problem = await expectMalformed(await send('POST', '/v1/admin/articles', '{"headline": }'), 'token');
    expect(problem.errors[0]!.message).toMatch(/^The body is not valid JSON: Unexpected token '}'/);
  });

  it('still reads a body with a UTF-8 byte order mark, as JSON parsers commonly do', async () => {
    const res = await send('POST', '/v1/admin/articles', '\uFEFF{"headline":"With BOM","body_html":"<p>x</p>"}');
    expect((await expectJson(res, 201)).data.headline).toBe('With BOM');
  });
});

describe('JSON bodies that are not UTF-8', () => {
  const invalid: [string, number[]][] = [
    ['0xFF 0xFE', [0xff, 0xfe]],
    ['a lone continuation byte', [0x80]],
    ['a cut two-byte sequence', [0xc3]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a UTF-16 surrogate encoded as UTF-8', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['Latin-1 "é"', [0xe9]],
  ];

  it.each(invalid)('answers 400 invalid-json naming the body for %s, and writes nothing', async (_, bytes) => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM articles').first<{ n: number }>();
    const problem = await expectMalformed(await send('POST', '/v1/admin/articles', withRawBytes(...bytes)), 'utf-8');
    expect(problem.errors[0]!.message).toMatch(/UTF-8/);
    const after = await env.DB.prepare('SELECT count(*) AS n FROM articles').first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it('refuses invalid UTF-8 on every JSON write', async () => {
    for (const [method, path] of writes) await expectMalformed(await send(method, path, withRawBytes(0xff, 0xfe)), `${method} ${path}`);
  });

  it('takes valid multi-byte UTF-8 as it is', async () => {
    const res = await send('POST', '/v1/admin/articles', withRawBytes(0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80));
    expect((await expectJson(res, 201)).data.headline).toBe('Café😀');
  });
});

describe('the MCP endpoint', () => {
  it('answers 413 from Content-Length for a message over its limit, before reading it', async () => {
    const post = (padding: string) =>
      exports.default.fetch('http://byline.test/mcp', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { padding } }),
      });
    expect((await expectJson(await post('x'.repeat(MAX_MCP_BODY_BYTES)), 413)).type).toBe('/problems/payload-too-large');
    expect(await expectJson(await post('x'.repeat(1000)), 200)).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
  });
});
