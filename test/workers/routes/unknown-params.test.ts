import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { IGNORES_QUERY } from '../../../src/app/query-params';
import { call } from '../helpers/admin';
import { createArticles, get, resetStorage } from '../helpers/articles';

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
  [IGNORES_QUERY]?: boolean;
}

/** One GET of the document, ready to call: a concrete path and the query names it declares. */
interface Get {
  template: string;
  path: string;
  known: string[];
  ignores: boolean;
  admin: boolean;
}

let doc: { paths: Record<string, Record<string, Operation>> };
let gets: Get[];

const concrete = (template: string) => template.replace('{key}', 'a'.repeat(64)).replace(/\{[^}]+\}/g, 'some-slug');
const send = (op: Get, query: string) => call(`${op.path}?${query}`, { token: op.admin ? undefined : null });

async function expectRefused(res: Response, name: string): Promise<string> {
  const text = await res.text();
  expect(res.status, text).toBe(400);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const { errors } = JSON.parse(text) as { errors: { path: string; message: string }[] };
  expect(errors.map((e) => e.path)).toEqual([name]);
  return errors[0]!.message;
}

beforeAll(async () => {
  await resetStorage();
  await createArticles([{ slug: 'some-slug', section: 'world', tags: ['kenya'], published_at: '2023-09-01T12:00:00Z' }]);
  doc = await (await get('/openapi.json')).json();
  gets = Object.entries(doc.paths).flatMap(([template, ops]) =>
    ops.get
      ? [{ template, path: concrete(template), known: (ops.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name), ignores: ops.get[IGNORES_QUERY] === true, admin: template.startsWith('/v1/admin/') }]
      : [],
  );
});

describe('unknown query parameters', () => {
  it('answers 400 naming an unknown parameter on every GET of the document, but /embed.js', async () => {
    for (const op of gets) {
      const res = await send(op, 'not_a_parameter=1');
      if (op.ignores) expect(res.status, op.template).toBe(200);
      else await expectRefused(res, 'not_a_parameter');
    }
    expect(gets.filter((op) => op.ignores).map((op) => op.template)).toEqual(['/embed.js']);
    expect(gets.length).toBeGreaterThanOrEqual(20);
  });

  it('declares 400 on every operation that refuses them', () => {
    for (const [template, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op[IGNORES_QUERY]) expect(Object.keys(op.responses), `${method} ${template}`).toContain('400');
      }
    }
  });

  it('answers 400 naming any parameter a GET does not declare, never 200 or 5xx', async () => {
    const strict = gets.filter((op) => !op.ignores);
    const name = fc.oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'Tag', 'LIMIT', 'tag[]', 'x y'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...strict), name, async (op, parameter) => {
        fc.pre(!op.known.includes(parameter));
        await expectRefused(await send(op, `${encodeURIComponent(parameter)}=1`), parameter);
      }),
      { numRuns: 300 },
    );
  });

  it('names every unknown one at once, beside known ones', async () => {
    const res = await get('/v1/articles?tag=kenya&tags=kenya&limit=5&page=2');
    const { errors } = await res.json<{ errors: { path: string }[] }>();
    expect(res.status).toBe(400);
    expect(errors.map((e) => e.path)).toEqual(['tags', 'page']);
  });

  it('refuses them on writes too', async () => {
    const res = await call('/v1/admin/keys?dry_run=1', { method: 'POST', body: { name: 'k', role: 'partner', allowed_origins: [] } });
    await expectRefused(res, 'dry_run');
    expect((await call('/v1/admin/keys')).status).toBe(200);
  });
});

describe('hints for the usual mistakes', () => {
  const cases: [string, string, RegExp][] = [
    ['/v1/articles?tags=kenya', 'tags', /`tag`.*comma list/],
    ['/v1/feed.json?tags=kenya', 'tags', /`tag`/],
    ['/v1/articles?page=2', 'page', /`next_cursor` back as `cursor`/],
    ['/v1/tags?offset=20', 'offset', /`cursor`/],
    ['/v1/articles?per_page=5', 'per_page', /Did you mean `limit`\?/],
    ['/v1/changes?page_size=5', 'page_size', /Did you mean `limit`\?/],
    ['/v1/articles?sort=oldest', 'sort', /no sort/],
    ['/v1/articles?order=asc', 'order', /no sort/],
    ['/v1/articles?category=world', 'category', /Did you mean `section`\?/],
    ['/v1/articles?authors=ann', 'authors', /Did you mean `author`\?/],
    ['/v1/articles?search=kenya', 'search', /Did you mean `q`\?/],
    ['/v1/articles?from=2023-01-01', 'from', /Did you mean `since`\?/],
    ['/v1/articles?to=2023-12-31', 'to', /Did you mean `until`\?/],
    ['/v1/articles?limt=5', 'limt', /Did you mean `limit`\?/],
    ['/v1/articles?Tag=kenya', 'Tag', /Did you mean `tag`\?/],
    ['/oembed?url=x&maxWidth=300', 'maxWidth', /Did you mean `maxwidth`\?/],
    ['/v1/feed.json?page=2', 'page', /This route takes `section`, `tag`\./],
    ['/health?verbose=1', 'verbose', /takes no query parameters/],
  ];
  for (const [url, name, hint] of cases) {
    it(`answers 400 to ${url} naming ${name}, with a hint`, async () => {
      expect(await expectRefused(await get(url), name)).toMatch(hint);
    });
  }

  it('still answers 200 to the parameters a route declares, and to any on /embed.js and the documents', async () => {
    for (const url of ['/openapi.json?v=3', '/docs?theme=dark', '/embed.js?_=1700000000', '/v1/articles?tag=kenya&limit=5', '/v1/feed.json?tag=kenya', '/v1/tags?limit=5', '/oembed?url=http%3A%2F%2Fbyline.test%2Fv1%2Farticles%2Fsome-slug&dnt=1']) {
      const res = await get(url);
      expect(res.status, `${url}: ${await res.clone().text()}`).toBe(200);
    }
  });
});
