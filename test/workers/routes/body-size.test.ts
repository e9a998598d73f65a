import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src/content/text';
import { call, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

/** D1 refuses rows over this many bytes in production (the local one does not). */
const D1_MAX_ROW_BYTES = 2_000_000;
const MAX_CHARS = 500_000;
const fill = (unit: string, chars = MAX_CHARS) => unit.repeat(Math.floor(chars / unit.length));

beforeAll(resetStorage);

// Bodies at the schema's limit (500,000 UTF-16 units, within the 1 MiB request) that grow most
// when sanitized, escaped into JSON or encoded as UTF-8.
const worstCases: [string, string][] = [
  ['500,000 ">" (each becomes &gt;)', fill('>')],
  ['500,000 quotes (2 bytes each in JSON)', fill('"')],
  ['349,000 "€" (3 bytes each in UTF-8)', fill('€', 349_000)],
  ['250,000 emoji (4 bytes each)', fill('😀')],
  ['174,000 control characters (6 bytes each in JSON)', fill('\u0001', 174_000)],
  ['125,000 "&#1;" (a control character in body_text)', fill('&#1;')],
  ['166,666 "<a>" (each gains a rel and an end tag)', fill('<a>')],
  ['62,500 paragraphs', fill('<p>x</p>')],
  ['14,705 links with an href', fill('<a href="https://e.example/">x</a>')],
  ['500,000 letters', fill('x')],
];

/** The stored bytes of the article's row and of its newest revision, as D1 counts them. */
async function storedBytes(id: string): Promise<{ article: number; revision: number }> {
  const article = await env.DB.prepare(
    'SELECT length(CAST(body_html AS BLOB)) + length(CAST(body_text AS BLOB)) + length(CAST(excerpt AS BLOB)) AS n FROM articles WHERE id = ?1',
  )
    .bind(id)
    .first<{ n: number }>();
  const revision = await env.DB.prepare('SELECT max(length(CAST(snapshot AS BLOB))) AS n FROM revisions WHERE article_id = ?1').bind(id).first<{ n: number }>();
  return { article: article!.n, revision: revision!.n };
}

describe('bodies at the schema maximum', () => {
  it.each(worstCases)('answers 201 or 422 on body_html for %s, and what is stored fits a D1 row', async (_, body_html) => {
    const res = await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Big', body_html } });
    expect([201, 422], await res.clone().text().then((t) => t.slice(0, 300))).toContain(res.status);
    if (res.status === 422) {
      const problem = await res.json<{ errors: { path: string; message: string }[] }>();
      expect(problem.errors.map((e) => e.path)).toEqual(['body_html']);
      return;
    }
    const { data } = await res.json<{ data: { id: string } }>();
    const bytes = await storedBytes(data.id);
    expect(bytes.revision).toBeLessThan(MAX_BODY_BYTES + 100_000);
    expect(bytes.revision).toBeLessThan(D1_MAX_ROW_BYTES);
    expect(bytes.article).toBeLessThan(D1_MAX_ROW_BYTES);
  }, 120_000); // heavy work, not a timing

  it('answers 422 naming the budget for 500,000 ">", which would store 2 MB of &gt;', async () => {
    const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Arrows', body_html: fill('>') } }), 422);
    expect(problem.errors).toEqual([{ path: 'body_html', message: expect.stringMatching(/^body_html takes 2,000,002 bytes once sanitized; at most 1,500,000/) }]);
  });

  it('answers 422 on a PATCH whose body outgrows the budget, and keeps the stored version', async () => {
    const { data } = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Small', body_html: '<p>ok</p>' } }), 201);
    const patched = await call(`/v1/admin/articles/${data.id}`, { method: 'PATCH', body: { body_html: fill('"') }, headers: { 'If-Match': '"1"' } });
    expect((await expectJson(patched, 422)).errors[0].path).toBe('body_html');
    const { version } = (await env.DB.prepare('SELECT version FROM articles WHERE id = ?1').bind(data.id).first<{ version: number }>())!;
    expect(version).toBe(1);
  });

  it('stores a body filling the budget with every other field at its maximum well under the row limit', async () => {
    // '\u0001' × n takes 6n + 2 bytes in JSON, in body_html and again in body_text.
    const n = Math.floor((MAX_BODY_BYTES - 4) / 12);
    const control = (count: number) => '\u0001'.repeat(count);
    // Plain-text fields refuse control characters; the most bytes one of their characters takes is 3 (UTF-8).
    const widest = (count: number) => '€'.repeat(count);
    const { data } = await expectJson(
      await call('/v1/admin/articles', {
        method: 'POST',
        body: {
          headline: widest(300),
          standfirst: widest(1000),
          excerpt: widest(300),
          body_html: control(n),
          url: `https://news.example.com/${'x'.repeat(1970)}`,
          tags: Array.from({ length: 50 }, (_, i) => `tag ${i} ${'€'.repeat(90)}`),
          authors: Array.from({ length: 20 }, (_, i) => ({ slug: `a-${i}-${'x'.repeat(110)}`, name: widest(200) })),
        },
      }),
      201,
    );
    const bytes = await storedBytes(data.id);
    expect(bytes.revision).toBeGreaterThan(MAX_BODY_BYTES);
    expect(bytes.revision).toBeLessThan(D1_MAX_ROW_BYTES - 300_000);
  }, 120_000);
});

describe('markup the parser cannot hold', () => {
  for (const [name, body_html] of [['40,000 unclosed <p>', '<p>'.repeat(40_000)], ['20,000 unclosed <em>x', '<em>x'.repeat(20_000)]]) {
    it(`answers 422 on body_html in our words for ${name}`, async () => {
      const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Deep', body_html } }), 422);
      expect(problem.errors).toEqual([{ path: 'body_html', message: expect.stringMatching(/too deeply/) }]);
      expect(JSON.stringify(problem)).not.toMatch(/parser error|memory limit/i);
    });
  }

  it('answers 422 on body_html in our words for raw text inside <select>', async () => {
    const body_html = '<select><style></select><img src=x onerror=alert(1)></style>';
    const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Ambiguous', body_html } }), 422);
    expect(problem.errors).toEqual([{ path: 'body_html', message: expect.stringMatching(/cannot be parsed safely/) }]);
    expect(JSON.stringify(problem)).not.toMatch(/parser error/i);
  });
});
