import { createExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import worker from '../../../src/index';
import { DEFAULT_HTML_CSP, HSTS, withSecurityHeaders } from '../../../src/app/security-headers';
import { ROOT, call, createArticle, createKey, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { tooDeepD1 } from '../helpers/faults';
import { encoded } from '../helpers/images';

interface LogLine {
  level: string;
  event?: string;
  request_id: string | null;
  method: string;
  path: string;
  route: string | null;
  status: number;
  duration_ms: number;
  cache: string | null;
  key_id: string | null;
}

/** Everything the run wrote to the console, one entry per call, as text. */
let output: string[] = [];
const requestLines = (): LogLine[] =>
  output.flatMap((text) => {
    try {
      const line = JSON.parse(text) as LogLine;
      return line.event === 'request' ? [line] : [];
    } catch {
      return [];
    }
  });

beforeEach(() => {
  output = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      output.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    });
  }
});
afterEach(() => vi.restoreAllMocks());

let mediaKey: string;
let articleId: string;
const slug = 'logged-story';

beforeAll(async () => {
  await resetStorage();
  articleId = (await createArticle({ headline: 'Logged Story', slug, body_html: '<p>Hello.</p>', status: 'published' })).id;
  const jpeg = encoded('baseline JPEG with EXIF and an ICC profile before its SOF0').bytes;
  const upload = await exports.default.fetch('http://byline.test/v1/admin/media?alt=Test', { method: 'POST', headers: { Authorization: `Bearer ${ROOT}`, 'Content-Type': 'image/jpeg' }, body: jpeg });
  mediaKey = (await expectJson(upload, 201)).data.key;
});

/** Calls the Worker over `scheme`, with the root key when the path is the admin API's. */
function fetchOver(scheme: 'http' | 'https', path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (path.startsWith('/v1/admin/')) headers.set('Authorization', `Bearer ${ROOT}`);
  return exports.default.fetch(`${scheme}://byline.test${path}`, { ...init, headers });
}

function expectSecured(res: Response, scheme: 'http' | 'https', what: string): void {
  expect(res.headers.get('X-Content-Type-Options'), what).toBe('nosniff');
  expect(res.headers.get('Referrer-Policy'), what).toBeTruthy();
  expect(res.headers.get('Strict-Transport-Security'), what).toBe(scheme === 'https' ? HSTS : null);
  if ((res.headers.get('Content-Type') ?? '').startsWith('text/html')) expect(res.headers.get('Content-Security-Policy'), what).toBeTruthy();
}

/** Every GET of /openapi.json as a concrete path, and the pages and errors beside them. */
async function everyPath(): Promise<string[]> {
  const doc = (await (await fetchOver('http', '/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const values: Record<string, string> = { slug, key: mediaKey, type: 'not-found', id: articleId };
  const gets = Object.entries(doc.paths)
    .filter(([, ops]) => ops.get)
    .map(([template]) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'x'));
  expect(gets.length).toBeGreaterThanOrEqual(20);
  return [...gets, '/openapi.json', '/docs', '/problems', '/v1/nothing-here', `/oembed?url=${encodeURIComponent(`https://news.example.com/${slug}`)}`];
}

describe('security headers', () => {
  for (const scheme of ['http', 'https'] as const) {
    it(`sends nosniff, a Referrer-Policy${scheme === 'https' ? ' and HSTS' : ' and no HSTS'} on every GET of the document over ${scheme}`, async () => {
      for (const path of await everyPath()) {
        for (const accept of ['application/json', 'text/html']) {
          const res = await fetchOver(scheme, path, { headers: { Accept: accept } });
          expectSecured(res, scheme, `${path} (${accept}): ${res.status}`);
          await res.arrayBuffer();
        }
      }
    });

    it(`sends them on 405, 304, cached hits from the front door and media over ${scheme}`, async () => {
      const wrongMethod = await fetchOver(scheme, '/v1/articles', { method: 'DELETE' });
      expect(wrongMethod.status).toBe(405);
      expectSecured(wrongMethod, scheme, '405');
      const first = await fetchOver(scheme, `/v1/articles/${slug}`);
      const again = await fetchOver(scheme, `/v1/articles/${slug}`);
      expect(again.headers.get('Cache-Status')).toContain('detail=memory');
      expectSecured(again, scheme, 'front door hit');
      const notModified = await fetchOver(scheme, `/v1/articles/${slug}`, { headers: { 'If-None-Match': first.headers.get('ETag')! } });
      expect(notModified.status).toBe(304);
      expectSecured(notModified, scheme, '304');
      expect(notModified.headers.get('Cache-Status')).toBeTruthy();
      const media = await fetchOver(scheme, `/media/${mediaKey}`);
      expect(media.status).toBe(200);
      expectSecured(media, scheme, 'media');
      expect(media.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
    });
  }

  it('keeps the policies of the card, /docs and the problem pages, and gives other HTML a locked-down one', async () => {
    const card = await fetchOver('https', `/embed/${slug}`);
    expect(card.headers.get('Content-Security-Policy')).toContain('frame-ancestors');
    expect(card.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    const page = await fetchOver('https', '/problems/not-found', { headers: { Accept: 'text/html' } });
    expect(page.headers.get('Content-Type')).toContain('text/html');
    expect(page.headers.get('Content-Security-Policy')).not.toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  });

  it('gives HTML without a policy the locked-down one, also when its headers are immutable', () => {
    const page = withSecurityHeaders(new Response('<p>hi</p>', { headers: { 'Content-Type': 'text/html; charset=UTF-8' } }), new Request('https://byline.test/x'));
    expect(page.headers.get('Content-Security-Policy')).toBe(DEFAULT_HTML_CSP);
    const json = withSecurityHeaders(Response.json({}), new Request('http://byline.test/x'));
    expect(json.headers.get('Content-Security-Policy')).toBeNull();
    const redirect = withSecurityHeaders(Response.redirect('https://byline.test/y', 301), new Request('https://byline.test/x'));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('Location')).toBe('https://byline.test/y');
    expectSecured(redirect, 'https', 'redirect');
  });

  it('answers a 500 with the headers, a problem and no stack, and logs the error line and the request line', async () => {
    const request = new Request('https://byline.test/v1/articles/refused-query');
    const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], { ...env, DB: tooDeepD1(env.DB, /FROM articles/) }, createExecutionContext());
    const text = await res.text();
    expect(res.status).toBe(500);
    expectSecured(res, 'https', '500');
    expect(text).not.toMatch(/\bat \S+ \(|Expression tree|stack/i);
    const [line] = requestLines();
    expect(line).toMatchObject({ level: 'error', status: 500, route: '/v1/articles/{slug}', request_id: res.headers.get('X-Request-Id') });
  });
});

describe('the request log', () => {
  it('writes one line per request with its id, route, status, duration, cache tier and key', async () => {
    const paths = await everyPath();
    output = [];
    const answers: Response[] = [];
    for (const path of paths) answers.push(await fetchOver('http', path));
    answers.push(await fetchOver('http', '/v1/articles?limit=7'));
    answers.push(await fetchOver('http', `/v1/articles/${slug}`), await fetchOver('http', `/v1/articles/${slug}`, { method: 'HEAD' }));
    const lines = requestLines();
    expect(lines).toHaveLength(answers.length);
    lines.forEach((line, i) => {
      expect(line).toMatchObject({ level: expect.any(String), request_id: answers[i]!.headers.get('X-Request-Id'), method: expect.any(String), status: answers[i]!.status });
      expect(line.duration_ms).toBeGreaterThanOrEqual(0);
      expect(line.key_id).toBe(line.path.startsWith('/v1/admin/') ? 'root' : null);
    });
    const byPath = (path: string) => lines.find((line) => line.path === path)!;
    expect(byPath(`/v1/articles/${slug}/related`)).toMatchObject({ route: '/v1/articles/{slug}/related', cache: expect.stringMatching(/^(memory|miss)$/) });
    expect(byPath(`/media/${mediaKey}`)).toMatchObject({ route: '/media/{key}', status: 200 });
    expect(byPath(`/v1/admin/articles/${articleId}`)).toMatchObject({ route: '/v1/admin/articles/{id}', key_id: 'root' });
    expect(lines.at(-3)).toMatchObject({ route: '/v1/articles', cache: 'miss' });
    expect(byPath('/v1/nothing-here')).toMatchObject({ route: null, status: 404, cache: null });
    expect(lines.at(-2)).toMatchObject({ route: '/v1/articles/{slug}', cache: 'memory', method: 'GET' });
    expect(lines.at(-1)).toMatchObject({ route: '/v1/articles/{slug}', cache: 'memory', method: 'HEAD' });
  });

  it('names the key by its id, and never logs a secret, a bearer token, a body or a stack', async () => {
    const editor = await createKey('editor');
    const partner = await createKey('partner', ['https://partner.example']);
    const secretBody = 'Whistleblower-7f3a confidential paragraph';
    const created = await call('/v1/admin/articles', { method: 'POST', token: editor.secret, body: { headline: 'Quiet Story', body_html: `<p>${secretBody}</p>`, status: 'published' } });
    const story = (await expectJson(created, 201)).data;
    await call(`/v1/admin/articles/${story.id}`, { method: 'PATCH', token: editor.secret, headers: { 'If-Match': '*' }, body: { standfirst: secretBody } });
    await call(`/v1/articles/${story.slug}`, { token: partner.secret, headers: { Origin: 'https://partner.example' } });
    await call('/v1/articles?limit=5', { token: partner.secret });
    await call('/v1/articles', { token: 'byl_not-a-real-key-d00d' });
    await call(`/v1/articles/${story.slug}`, { token: null });

    const lines = requestLines();
    const ids = lines.map((line) => line.key_id);
    expect(ids).toEqual(expect.arrayContaining(['root', editor.id, partner.id, null]));
    expect(lines.filter((line) => line.key_id === editor.id)).toHaveLength(2);
    const everything = output.join('\n');
    expect(everything).toContain(editor.id);
    for (const secret of [ROOT, editor.secret, partner.secret, 'byl_not-a-real-key-d00d', 'Bearer', secretBody, 'Whistleblower']) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toMatch(/\n\s+at |"stack"/);
  });
});
