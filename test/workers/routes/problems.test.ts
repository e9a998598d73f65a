import { describe, expect, it } from 'vitest';
import { CACHE_POLICIES } from '../../../src/app/cache-policy';
import { PROBLEM_TYPES } from '../../../src/app/problem-types';
import { call, createKey } from '../helpers/admin';
import { get } from '../helpers/articles';

const TYPES = Object.keys(PROBLEM_TYPES) as (keyof typeof PROBLEM_TYPES)[];

/** Checks a /problems answer is a script-free, cacheable page and returns its HTML. */
async function expectPage(res: Response): Promise<string> {
  const html = await res.text();
  expect(res.status, html).toBe(200);
  expect(res.headers.get('Content-Type')).toContain('text/html');
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(res.headers.get('Cache-Control')).toBe(CACHE_POLICIES.document);
  expect(res.headers.get('ETag')).toMatch(/^"[^"]+"$/);
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('script-src');
  expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+';/);
  expect(html).not.toMatch(/<script|\bon\w+=/i);
  return html;
}

describe('problem type pages', () => {
  it.each(TYPES)('answers a page for /problems/%s that explains it', async (type) => {
    const html = await expectPage(await get(`/problems/${type}`));
    const info = PROBLEM_TYPES[type];
    expect(html).toContain(`<h1>${info.title}</h1>`);
    expect(html).toContain(`/problems/${type}`);
    expect(html).toContain(`HTTP ${info.statuses.join(', ')}`);
    expect(html).toContain('What it means');
    expect(html).toContain('How to fix it');
    expect(html).toContain(`&quot;status&quot;: ${info.statuses[0]}`);
  });

  it('answers JSON for a client that asks for it', async () => {
    const res = await get('/problems/precondition-failed', { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('application/json');
    expect(res.headers.get('Vary')).toContain('Accept');
    const { data } = (await res.json()) as { data: Record<string, unknown> };
    expect(data).toMatchObject({ type: '/problems/precondition-failed', title: 'Precondition failed', statuses: [412] });
    expect(data.example).toMatchObject({ type: '/problems/precondition-failed', status: 412, current_version: 4 });
  });

  it('lists every type at /problems', async () => {
    const html = await expectPage(await get('/problems'));
    for (const type of TYPES) expect(html).toContain(`href="/problems/${type}"`);
  });

  it('answers 404 problem+json for an unknown type', async () => {
    const res = await get('/problems/no-such-problem');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ type: '/problems/not-found', detail: expect.stringContaining('no-such-problem') });
    expect((await get('/problems/toString')).status).toBe(404);
  });

  it('resolves the type of problems the API really answers', async () => {
    const partner = await createKey('partner');
    const answers = await Promise.all([
      get('/v1/nothing-here'),
      get('/v1/articles?limit=0'),
      get('/v1/articles', { method: 'DELETE' }),
      get('/v1/articles', { headers: { Authorization: 'Bearer byl_unknown' } }),
      call('/v1/admin/keys', { token: partner.secret }),
      call('/v1/admin/articles', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } }),
      call('/v1/admin/articles', { method: 'POST', body: '{"headline":' }),
      call('/v1/admin/articles', { method: 'POST', body: JSON.stringify({ headline: 'x'.repeat(1024 * 1024 + 1) }) }),
      get('/oembed?url=https://example.com/a&format=xml'),
    ]);
    const types = await Promise.all(answers.map(async (res) => ((await res.json()) as { type: string }).type));
    expect(new Set(types).size).toBe(answers.length);
    for (const type of types) {
      expect(type).toMatch(/^\/problems\/[a-z-]+$/);
      await expectPage(await get(type));
    }
  });

  it('declares the pages in the OpenAPI document', async () => {
    const doc = (await (await get('/openapi.json')).json()) as any;
    const operation = doc.paths['/problems/{type}'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['text/html', 'application/json']);
    expect(operation.parameters[0].schema.enum).toEqual(TYPES);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '304', '400', '401', '403', '404', '405', '429', '500', '503']);
    expect(Object.keys(doc.paths['/problems'].get.responses['200'].content)).toEqual(['text/html', 'application/json']);
  });
});
