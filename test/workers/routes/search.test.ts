import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/content/cursor';
import { parseSearchQuery } from '../../../src/content/search-query';
import { searchPublishedArticles } from '../../../src/db/search';
import { bumpGenerationStatement, forgetGeneration } from '../../../src/storage/generation';
import { call, createArticle, expectJson } from '../helpers/admin';
import { type ArticleSpec, collectPages, createArticles, get, resetStorage } from '../helpers/articles';

interface Item {
  slug: string;
  snippet?: string;
  [field: string]: unknown;
}
interface Page {
  data: Item[];
  next_cursor: string | null;
}

const search = (q: string, extra = '') => `/v1/articles?${new URLSearchParams({ q })}${extra}`;

async function page(path: string): Promise<Page> {
  return expectJson<Page>(await get(path), 200);
}

async function slugs(path: string): Promise<string[]> {
  return (await page(path)).data.map((item) => item.slug);
}

// Twelve articles with one identical text: equal bm25 scores, so only the id orders them.
const TWINS: ArticleSpec[] = Array.from({ length: 12 }, (_, i) => ({
  slug: `twin-${String(i).padStart(2, '0')}`,
  headline: `Lighthouse keepers report ${i}`,
  body_html: '<p>The lighthouse keepers of the northern coast met again.</p>',
  published_at: `2023-08-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
}));

const SPECS: ArticleSpec[] = [
  {
    slug: 'headline-hit',
    headline: 'Kenya sends police officers abroad',
    body_html: '<p>Officials met in the capital on Tuesday.</p>',
    published_at: '2023-09-01T10:00:00Z',
    section: 'world',
    tags: ['Security'],
    authors: ['ann'],
  },
  {
    slug: 'body-hit',
    headline: 'Regional security update',
    body_html: '<p>Kenya, Kenya, Kenya: the word appears often here, as Kenya leads. Kenya again.</p>',
    published_at: '2023-09-02T10:00:00Z',
    section: 'business',
    tags: ['Security'],
    authors: ['bob'],
  },
  {
    slug: 'both-countries',
    headline: 'Haiti and Kenya set up diplomatic ties',
    body_html: '<p>Diplomatic ties between the two nations were announced. Markup like a &lt; b &amp; "c" stays text.</p>',
    published_at: '2023-09-03T10:00:00Z',
    section: 'world',
    tags: ['Haiti', 'Kenya'],
    authors: ['ann'],
  },
  {
    slug: 'ties-apart',
    headline: 'Trade talks',
    body_html: '<p>The ties that bind were never diplomatic in nature, Haiti said.</p>',
    published_at: '2023-09-04T10:00:00Z',
    section: 'business',
  },
  {
    slug: 'kenyan-runner',
    headline: 'A Kenyan runner wins the marathon',
    body_html: '<p>The race was fast.</p>',
    published_at: '2023-09-05T10:00:00Z',
    section: 'sport',
  },
  {
    slug: 'cafe-culture',
    headline: 'Café culture returns',
    body_html: '<p>Résumé of the season.</p>',
    published_at: '2023-09-06T10:00:00Z',
  },
  ...TWINS,
];

// Every kind of article the public never sees, each mentioning the searched words.
const HIDDEN: ArticleSpec[] = [
  { slug: 'hidden-draft', status: 'draft', headline: 'Kenya draft', body_html: '<p>Kenya lighthouse keepers</p>' },
  { slug: 'hidden-scheduled', status: 'scheduled', headline: 'Kenya scheduled', body_html: '<p>Kenya lighthouse keepers</p>' },
  {
    slug: 'hidden-withdrawn',
    status: 'withdrawn',
    withdrawn_reason: 'Legal',
    headline: 'Kenya withdrawn',
    body_html: '<p>Kenya lighthouse keepers</p>',
    published_at: '2023-09-07T00:00:00Z',
  },
  { slug: 'hidden-deleted', deleted: true, headline: 'Kenya deleted', body_html: '<p>Kenya lighthouse keepers</p>', published_at: '2023-09-08T00:00:00Z' },
];

beforeAll(async () => {
  await resetStorage();
  await createArticles([...SPECS, ...HIDDEN]);
});

describe('GET /v1/articles?q=: relevance', () => {
  it('ranks a headline match above a body-only match, however often the body repeats the word', async () => {
    const found = await slugs(search('kenya'));
    expect(found).toContain('body-hit');
    expect(found.indexOf('headline-hit')).toBeLessThan(found.indexOf('body-hit'));
    expect(found.indexOf('both-countries')).toBeLessThan(found.indexOf('body-hit'));
  });

  it('never returns drafts, scheduled, withdrawn or deleted articles', async () => {
    const found = [...(await collectPages(search('kenya', '&limit=2'))).flat(), ...(await collectPages(search('lighthouse keepers'))).flat()];
    expect(found.filter((slug) => slug.startsWith('hidden-'))).toEqual([]);
    expect(await slugs(search('withdrawn'))).toEqual([]);
  });

  it('gives each item a snippet with the matched terms in <mark> and the rest HTML-escaped', async () => {
    const { data } = await page(search('diplomatic'));
    const both = data.find((item) => item.slug === 'both-countries')!;
    expect(both.snippet).toContain('<mark>diplomatic</mark>');
    const body = (await page(search('markup'))).data[0]!;
    expect(body.slug).toBe('both-countries');
    expect(body.snippet).toContain('<mark>Markup</mark> like a &lt; b &amp; &quot;c&quot; stays text');
    expect(body.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(body).not.toHaveProperty('body_html');
  });

  it('reads words as AND, quotes as a phrase and a trailing * as a prefix', async () => {
    expect((await slugs(search('kenya haiti'))).sort()).toEqual(['both-countries']);
    expect((await slugs(search('diplomatic ties'))).sort()).toEqual(['both-countries', 'ties-apart']);
    expect(await slugs(search('"diplomatic ties"'))).toEqual(['both-countries']);
    expect(await slugs(search('kenyan'))).toEqual(['kenyan-runner']);
    expect(await slugs(search('kenya'))).not.toContain('kenyan-runner');
    expect(await slugs(search('kenya*'))).toContain('kenyan-runner');
    expect(await slugs(search('"kenyan run"*'))).toEqual(['kenyan-runner']);
  });

  it('folds case and diacritics', async () => {
    expect(await slugs(search('CAFE resume'))).toEqual(['cafe-culture']);
  });

  it('combines q with section, tag, author, since and until', async () => {
    expect(await slugs(search('kenya', '&section=world'))).toEqual(expect.arrayContaining(['headline-hit', 'both-countries']));
    expect(await slugs(search('kenya', '&section=world'))).toHaveLength(2);
    expect(await slugs(search('kenya', '&tag=security'))).toEqual(['headline-hit', 'body-hit']);
    expect(await slugs(search('kenya', '&tag=security&tag=haiti'))).toEqual([]);
    expect(await slugs(search('kenya', '&author=bob'))).toEqual(['body-hit']);
    expect(await slugs(search('kenya', '&since=2023-09-02&until=2023-09-03'))).toEqual(['both-countries', 'body-hit']);
    expect(await slugs(search('kenya', '&section=nowhere'))).toEqual([]);
  });

  it('pages through equal scores by id, neither skipping nor repeating', async () => {
    const whole = await slugs(search('lighthouse keepers', '&limit=100'));
    expect(whole).toHaveLength(TWINS.length);
    for (const limit of [1, 2, 5, 11, 12]) {
      const pages = await collectPages(search('lighthouse keepers', `&limit=${limit}`));
      expect(pages.flat()).toEqual(whole);
      expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
    }
  });

  it('pages through unequal scores in relevance order', async () => {
    const whole = await slugs(search('kenya*', '&limit=100'));
    expect(whole.length).toBeGreaterThan(3);
    expect((await collectPages(search('kenya*', '&limit=1'))).flat()).toEqual(whole);
  });

  it('returns exactly the fields asked for, snippet among them', async () => {
    const { data } = await page(search('kenya', '&fields=slug,snippet&limit=1'));
    expect(Object.keys(data[0]!)).toEqual(['slug', 'snippet']);
    const plain = await page(search('kenya', '&fields=slug&limit=1'));
    expect(Object.keys(plain.data[0]!)).toEqual(['slug']);
  });

  it('keeps cached results per query: a different q is a different answer', async () => {
    expect(await slugs(search('kenyan'))).toEqual(['kenyan-runner']);
    expect(await slugs(search('café'))).toEqual(['cafe-culture']);
  });
});

async function expectProblem(path: string, field: string): Promise<void> {
  const body = await expectJson(await get(path), 400);
  expect(body.errors.map((e: { path: string }) => e.path)).toContain(field);
}

describe('GET /v1/articles?q=: bad input', () => {
  it('answers 400 on q when nothing searchable remains', async () => {
    for (const q of ['', '   ', '*', '"', '""', '-', '()', ':*', '^ - * "" ()', '🙂']) await expectProblem(search(q), 'q');
  });

  it('answers 400 on q when it is too long, has too many terms or is given twice', async () => {
    await expectProblem(search('a'.repeat(201)), 'q');
    await expectProblem(search(Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ')), 'q');
    await expectProblem('/v1/articles?q=kenya&q=haiti', 'q');
  });

  it('treats FTS5 operators and syntax as plain text, with results or nothing, never an error', async () => {
    const inputs = [
      'kenya OR haiti', 'kenya AND haiti', 'NOT kenya', 'kenya NOT haiti', 'NEAR(kenya haiti)', 'NEAR(kenya haiti, 2)',
      'headline:kenya', '{headline body}:kenya', '^kenya', '-kenya', '+kenya', 'kenya)', '(kenya', 'ke"nya', 'kenya"',
      '"kenya', '*kenya', 'ken*ya', 'kenya**', 'kenya * haiti', '"""', "kenya' OR 1=1 --", 'kenya\u0000haiti', 'rank:1', 'kenya:',
    ];
    for (const q of inputs) {
      const res = await get(search(q));
      expect([200, 400], `${q}: ${await res.clone().text()}`).toContain(res.status);
    }
    expect(await slugs(search('-kenya'))).toContain('headline-hit');
    expect(await slugs(search('headline:kenya'))).toEqual([]);
  });

  it('refuses a date cursor with q and a relevance cursor without it', async () => {
    const dated = (await page('/v1/articles?limit=1')).next_cursor!;
    await expectProblem(`${search('kenya')}&cursor=${encodeURIComponent(dated)}`, 'cursor');
    const ranked = (await page(search('kenya', '&limit=1'))).next_cursor!;
    await expectProblem(`/v1/articles?cursor=${encodeURIComponent(ranked)}`, 'cursor');
  });

  it('refuses fields=snippet without q', async () => {
    await expectProblem('/v1/articles?fields=slug,snippet', 'fields');
  });

  it('never answers 5xx to arbitrary strings, FTS5 operators or not (property)', async () => {
    const atoms = ['"', '""', '*', '(', ')', 'NEAR', 'NEAR(', ',', 'OR', 'AND', 'NOT', '^', '-', '+', ':', 'headline:', 'body:',
      '{headline standfirst}:', 'kenya', 'lighthouse', 'kee', ' ', '  ', '\u0000', '\t', "'", '\\', '\u00e9', '\ud83d', '\ude00', '🙂'];
    const operators = fc.array(fc.constantFrom(...atoms), { maxLength: 12 }).map((parts) => parts.join(''));
    const strings = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string(), operators);
    await fc.assert(
      fc.asyncProperty(strings, async (q) => {
        const res = await get(search(q));
        const text = await res.text();
        if (res.status === 400) return JSON.parse(text).errors.every((e: { path: string }) => e.path === 'q');
        return res.status === 200 && Array.isArray(JSON.parse(text).data);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the index follows admin writes', () => {
  it('finds a published article at once, follows PATCHes, and forgets it when withdrawn or deleted', async () => {
    const created = await createArticle({ headline: 'Zanzibar ferry timetable', body_html: '<p>The quokka boat leaves at dawn.</p>', status: 'published' });
    expect(await slugs(search('zanzibar'))).toEqual([created.slug]);
    expect(await slugs(search('quokka'))).toEqual([created.slug]);

    const patched = await expectJson(
      await call(`/v1/admin/articles/${created.id}`, {
        method: 'PATCH',
        headers: { 'If-Match': '"1"' },
        body: { headline: 'Pemba ferry timetable', body_html: '<p>The wombat boat leaves at noon.</p>' },
      }),
      200,
    );
    expect(await slugs(search('zanzibar'))).toEqual([]);
    expect(await slugs(search('quokka'))).toEqual([]);
    expect(await slugs(search('pemba wombat'))).toEqual([created.slug]);

    await expectJson(
      await call(`/v1/admin/articles/${created.id}/withdraw`, { method: 'POST', headers: { 'If-Match': `"${patched.data.version}"` }, body: { reason: 'Error' } }),
      200,
    );
    expect(await slugs(search('pemba'))).toEqual([]);

    await expectJson(await call(`/v1/admin/articles/${created.id}/publish`, { method: 'POST' }), 200);
    expect(await slugs(search('pemba'))).toEqual([created.slug]);

    expect((await call(`/v1/admin/articles/${created.id}`, { method: 'DELETE' })).status).toBeLessThan(300);
    expect(await slugs(search('pemba'))).toEqual([]);
  });

  it('does not find a draft until it is published', async () => {
    const draft = await createArticle({ headline: 'Okapi census', body_html: '<p>Counting okapis.</p>' });
    expect(await slugs(search('okapi*'))).toEqual([]);
    await expectJson(await call(`/v1/admin/articles/${draft.id}/publish`, { method: 'POST' }), 200);
    expect(await slugs(search('okapi*'))).toEqual([draft.slug]);
  });
});

async function bumpGeneration(): Promise<void> {
  await env.DB.batch([bumpGenerationStatement(env.DB, new Date().toISOString())]);
  forgetGeneration();
}

const matchOf = (q: string) => (parseSearchQuery(q) as { ok: true; query: { match: string } }).query.match;

/** The cursor's payload as JSON (it is base64url JSON, then a checksum). */
function cursorPayload(cursor: string): unknown[] {
  const encoded = cursor.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(encoded), (ch) => ch.charCodeAt(0))));
}

describe('GET /v1/articles?q=: what the public cannot see cannot move it', () => {
  it('keeps the order of public results when hidden articles pile up one of the words', async () => {
    // A repeats quasar, B repeats nebula: the rarer word decides which comes first. Nebula is
    // rarer in public, so B leads; hidden articles full of nebula would make it the commoner.
    await createArticles([
      { slug: 'sky-quasar', headline: 'Sky report', body_html: '<p>Quasar quasar quasar nebula.</p>' },
      { slug: 'sky-nebula', headline: 'Sky report', body_html: '<p>Quasar nebula nebula nebula.</p>' },
      { slug: 'sky-quasar-only', headline: 'Sky report', body_html: '<p>Quasar.</p>' },
    ]);
    expect(await slugs(search('quasar nebula'))).toEqual(['sky-nebula', 'sky-quasar']);
    const nebulae = '<p>Nebula nebula nebula nebula nebula nebula nebula nebula nebula nebula.</p>';
    await createArticles(HIDDEN.map((spec) => ({ ...spec, slug: `${spec.slug}-nebula`, headline: 'Nebula', body_html: nebulae })));
    await bumpGeneration(); // as the admin API's writes do, so the first answer is not served again
    expect(await slugs(search('quasar nebula'))).toEqual(['sky-nebula', 'sky-quasar']);
  });
});

// Thirty articles in three groups of equal scores: headline hits, body hits twice, body hits once.
const MERIDIANS: ArticleSpec[] = Array.from({ length: 30 }, (_, i) => ({
  slug: `meridian-${String(i).padStart(2, '0')}`,
  headline: i < 10 ? `Meridian line ${i}` : `Survey line ${i}`,
  body_html: i < 10 ? '<p>Surveyors walked it.</p>' : i < 20 ? '<p>Meridian, the meridian.</p>' : '<p>Meridian, the line.</p>',
  published_at: `2023-07-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
}));

describe('GET /v1/articles?q=: cursors', () => {
  beforeAll(async () => {
    await createArticles(MERIDIANS);
  });

  it('carries no score in its cursor, only the list, a fingerprint of q and the last id', async () => {
    const { data, next_cursor } = await page(search('kenya', '&limit=1&fields=id,slug'));
    const found = await searchPublishedArticles(env.DB, matchOf('kenya'), {}, { limit: 1, includeBody: false });
    const score = found!.rows[0]!.search_score;
    expect(found!.rows[0]!.id).toBe(data[0]!.id);
    const payload = cursorPayload(next_cursor!);
    expect(payload).toEqual(['articles', 'q', expect.any(String), data[0]!.id]);
    const text = JSON.stringify(payload);
    // No number at all, and nothing written like a float that is near the score.
    expect(payload.every((part) => typeof part === 'string')).toBe(true);
    const floats = (text.match(/\d*\.\d+(e[-+]?\d+)?|\d+e[-+]?\d+/gi) ?? []).map(Number);
    expect(floats.filter((x) => Math.abs(x - Math.abs(score)) <= Math.abs(score) * 0.01)).toEqual([]);
  });

  it('walks the same sequence at limits 1, 3, 7 and 100, through many equal scores', async () => {
    const whole = await slugs(search('meridian', '&limit=100'));
    expect(whole).toHaveLength(MERIDIANS.length);
    const ranked = await searchPublishedArticles(env.DB, matchOf('meridian'), {}, { limit: 100, includeBody: false });
    expect(new Set(ranked!.rows.map((row) => row.search_score)).size).toBe(3);
    expect(ranked!.rows.map((row) => row.slug)).toEqual(whole);
    for (const limit of [1, 3, 7, 100]) {
      const pages = await collectPages(search('meridian', `&limit=${limit}`));
      expect(pages.flat(), `limit ${limit}`).toEqual(whole);
      expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
    }
  });

  it('answers 400 on cursor for a cursor of another q, or one from before cursors lost their score', async () => {
    const kenya = (await page(search('kenya', '&limit=1'))).next_cursor!;
    await expectProblem(`${search('haiti')}&cursor=${encodeURIComponent(kenya)}`, 'cursor');
    await expectProblem(`${search('kenya haiti')}&cursor=${encodeURIComponent(kenya)}`, 'cursor');
    const [first] = (await page(search('kenya', '&limit=1&fields=id'))).data;
    const old = encodeCursor('articles', [-1.5, first!.id as string]);
    await expectProblem(`${search('kenya')}&cursor=${encodeURIComponent(old)}`, 'cursor');
  });

  it('goes on after another result left, and answers 400 on cursor once its own last article left', async () => {
    const lanterns = await createArticles(
      Array.from({ length: 5 }, (_, i) => ({ slug: `lantern-${i}`, headline: 'Lantern festival', body_html: `<p>${'Lantern. '.repeat(5 - i)}</p>` })),
    );
    const whole = await slugs(search('lantern'));
    const first = await page(search('lantern', '&limit=2'));
    const withdraw = (slug: string) => {
      const id = lanterns.find((record) => record.slug === slug)!.id;
      return call(`/v1/admin/articles/${id}/withdraw`, { method: 'POST', headers: { 'If-Match': '"1"' }, body: { reason: 'Error' } });
    };
    await expectJson(await withdraw(whole[2]!), 200);
    const rest = await slugs(`${search('lantern', '&limit=10')}&cursor=${encodeURIComponent(first.next_cursor!)}`);
    expect(rest).toEqual(whole.slice(3));

    await expectJson(await withdraw(whole[1]!), 200);
    const res = await get(`${search('lantern', '&limit=10')}&cursor=${encodeURIComponent(first.next_cursor!)}`);
    const body = await expectJson(res, 400);
    expect(body.errors).toEqual([{ path: 'cursor', message: expect.stringMatching(/search again/) }]);
  });
});
