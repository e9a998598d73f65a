import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPEATS } from '../../../src/schemas/common';
import { createArticles, get, resetStorage } from '../helpers/articles';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; example?: unknown; default?: unknown; enum?: unknown[] };
}
type Operations = Record<string, { parameters?: Parameter[] }>;

// The longest slug a write takes for an author or a section (120), past slugify's cut of 80.
const LONG_AUTHOR = `${'reporter-'.repeat(13)}abc`;
const TAGS = Array.from({ length: MAX_REPEATS }, (_, i) => `tag-${i}`);
const repeated = (name: string, values: string[]) => values.map((value) => `${name}=${encodeURIComponent(value)}`).join('&');
const tagList = (count: number) => repeated('tag', Array.from({ length: count }, (_, i) => `t${i}`));

async function expectNamed(res: Response, name: string): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBe(400);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  expect(JSON.parse(text).errors.map((e: { path: string }) => e.path)).toEqual([name]);
}

beforeAll(async () => {
  await resetStorage();
  await createArticles([
    { slug: 'long-byline', authors: [LONG_AUTHOR], tags: ['k'.repeat(80)], published_at: '2020-01-01T00:00:00Z' },
    { slug: 'every-tag', section: 'world', authors: ['ann'], tags: TAGS, headline: 'Kenya talks', published_at: '2023-09-01T12:00:00Z' },
    { slug: 'some-tags', section: 'world', authors: ['ann'], tags: TAGS.slice(1), headline: 'Kenya talks', published_at: '2023-09-02T12:00:00Z' },
  ]);
});

describe('repeated query parameters', () => {
  for (const path of ['/v1/articles', '/v1/feed.json', '/v1/feed.xml']) {
    for (const count of [MAX_REPEATS + 1, 89, 1000]) {
      it(`answers 400 naming tag for ${count} tags on ${path}, never 503`, async () => {
        await expectNamed(await get(`${path}?${tagList(count)}`), 'tag');
      });
    }

    it(`answers 200 to ${MAX_REPEATS} tags on ${path}, all of which must match`, async () => {
      const res = await get(`${path}?${repeated('tag', TAGS)}&section=world`);
      const text = await res.text();
      expect(res.status, text).toBe(200);
      expect(text).toContain('every-tag');
      expect(text).not.toContain('some-tags');
    });
  }

  for (const path of ['/v1/articles', '/v1/feed.json', '/v1/feed.xml']) {
    it(`reads a comma list of tags as the same tags repeated on ${path}`, async () => {
      for (const tags of [TAGS.slice(0, 2), TAGS.slice(1, 3), TAGS]) {
        const listed = await get(`${path}?tag=${tags.join(',')}`);
        const repeatedly = await get(`${path}?${repeated('tag', tags)}`);
        const mixed = await get(`${path}?tag=${tags.slice(0, 1).join(',')}&tag=${tags.slice(1).join(',%20')}`);
        expect([listed.status, repeatedly.status, mixed.status]).toEqual([200, 200, 200]);
        const slugs = (text: string) => ['every-tag', 'some-tags'].filter((slug) => text.includes(slug));
        const expected = slugs(await repeatedly.text());
        expect(expected).toEqual(tags.includes('tag-0') ? ['every-tag'] : ['every-tag', 'some-tags']);
        expect(slugs(await listed.text())).toEqual(expected);
        expect(slugs(await mixed.text())).toEqual(expected);
      }
    });

    it(`counts comma-listed values towards the cap of ${MAX_REPEATS} on ${path}`, async () => {
      const values = Array.from({ length: MAX_REPEATS + 1 }, (_, i) => `t${i}`);
      await expectNamed(await get(`${path}?tag=${values.join(',')}`), 'tag');
      await expectNamed(await get(`${path}?tag=${values.slice(0, 5).join(',')}&${repeated('tag', values.slice(5))}`), 'tag');
    });

    for (const query of ['tag=kenya,,haiti', 'tag=kenya,', 'tag=', 'tag=kenya&tag=']) {
      it(`answers 400 naming tag for an empty value in ${query} on ${path}`, async () => {
        await expectNamed(await get(`${path}?${query}`), 'tag');
      });
    }
  }

  it(`answers 200 to ${MAX_REPEATS} tags with every other filter of /v1/articles and a search`, async () => {
    const filters = 'section=world&author=ann&since=2023-01-01&until=2023-12-31&limit=5';
    for (const query of [filters, `${filters}&q=kenya`]) {
      const res = await get(`/v1/articles?${repeated('tag', TAGS)}&${query}`);
      const body = await res.json<{ data: { slug: string }[] }>();
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(body.data.map((article) => article.slug)).toEqual(['every-tag']);
    }
  });

  it('answers 400 naming the parameter on every public GET: a single one given twice, a repeatable one too often', async () => {
    const doc = await (await get('/openapi.json')).json<{ paths: Record<string, Operations> }>();
    let checked = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      const parameters = operations.get?.parameters ?? [];
      if (template.startsWith('/v1/admin/')) continue;
      const path = template.replace('{key}', 'a'.repeat(64)).replace(/\{[^}]+\}/g, 'some-slug');
      const query = parameters.filter((p) => p.in === 'query');
      const sampleValue = ({ schema = {} }: Parameter) => String(schema.example ?? schema.default ?? schema.enum?.[0] ?? 'x');
      for (const parameter of query) {
        // The others it needs, once each, so that only the repeated one is wrong.
        const required = query.filter((p) => p.required && p !== parameter).map((p) => `${p.name}=${encodeURIComponent(sampleValue(p))}&`);
        const times = parameter.schema?.type === 'array' ? MAX_REPEATS + 1 : 2;
        const res = await get(`${path}?${required.join('')}${repeated(parameter.name, Array(times).fill(sampleValue(parameter)))}`);
        await expectNamed(res, parameter.name);
        checked++;
      }
    }
    // articles (9), article (1), feeds (2 × 2), sitemap (1), taxonomies, changes, oEmbed, embed, related, media.
    expect(checked).toBeGreaterThan(20);
  });
});

describe('whole-number parameters', () => {
  const spellings = ['1e2', '0x10', '100.0', '%2B5', '%205', '5%20', '-1', '0', '99999999999999999999', ''];
  for (const [path, name] of [['/v1/articles?limit=', 'limit'], ['/v1/changes?limit=', 'limit'], ['/sitemap.xml?page=', 'page'], ['/oembed?url=x&maxwidth=', 'maxwidth']] as const) {
    it(`answers 400 with one error naming ${name} on ${path.split('?')[0]} for anything but decimal digits in range`, async () => {
      for (const value of spellings) await expectNamed(await get(`${path}${value}`), name);
    });
  }

  it('answers 200 to decimal digits in range', async () => {
    expect((await get('/v1/articles?limit=1')).status).toBe(200);
    expect((await get('/v1/articles?limit=100')).status).toBe(200);
  });
});

describe('slug filters', () => {
  for (const [path, name] of [['/v1/articles?section=', 'section'], ['/v1/articles?author=', 'author'], ['/v1/articles?tag=', 'tag'], ['/v1/articles?q=kenya&section=', 'section'], ['/v1/feed.json?section=', 'section'], ['/v1/feed.xml?tag=', 'tag']] as const) {
    it(`answers 400 naming ${name} on ${path}… when the value has no letter or digit`, async () => {
      for (const value of ['', '%00', '!!!', '%20-%20', ',,,']) await expectNamed(await get(`${path}${value}`), name);
    });
  }

  it('reads an author or section slug whole, up to the 120 characters a write takes, and refuses a longer one', async () => {
    expect(LONG_AUTHOR).toHaveLength(120);
    const { data } = JSON.parse(await (await get(`/v1/articles?author=${LONG_AUTHOR}`)).text());
    expect(data.map((a: { slug: string }) => a.slug)).toEqual(['long-byline']);
    expect(JSON.parse(await (await get(`/v1/articles?author=${LONG_AUTHOR.slice(0, 100)}`)).text()).data).toEqual([]);
    await expectNamed(await get(`/v1/articles?author=${LONG_AUTHOR}x`), 'author');
    await expectNamed(await get(`/v1/feed.json?section=${'s'.repeat(121)}`), 'section');
  });

  it('reads a tag as a write reads a tag name: its slug, cut at 80 characters', async () => {
    const { data } = JSON.parse(await (await get(`/v1/articles?tag=${'K'.repeat(100)}`)).text());
    expect(data.map((a: { slug: string }) => a.slug)).toEqual(['long-byline']);
  });

  it('still reads a filter as its slug', async () => {
    const { data } = JSON.parse(await (await get('/v1/articles?section=World&author=ANN&tag=Tag-1,TAG%202')).text());
    expect(data.map((a: { slug: string }) => a.slug)).toEqual(['some-tags', 'every-tag']);
  });
});

describe('percent-escapes that do not decode', () => {
  for (const [path, name] of [
    ['/v1/articles?tag=%ED%A0%80', 'tag'], ['/v1/articles?tag=kenya,%zz', 'tag'], ['/v1/articles?section=%zz', 'section'], ['/v1/articles?author=a%', 'author'],
    ['/v1/articles?q=%ED%A0%80', 'q'], ['/v1/articles?limit=2&cursor=%E0%A4', 'cursor'], ['/v1/feed.json?tag=%ED%A0%80', 'tag'], ['/v1/tags?limit=%zz', 'limit'],
  ] as const) {
    it(`answers 400 naming ${name} for ${path}, not a list filtered by the escape's text`, async () => {
      await expectNamed(await get(path), name);
    });
  }

  it('still takes escapes that decode, and a literal + as a space', async () => {
    const { data } = JSON.parse(await (await get('/v1/articles?tag=tag%2D1&section=Wo%72ld&author=%41nn')).text());
    expect(data.map((a: { slug: string }) => a.slug)).toEqual(['some-tags', 'every-tag']);
    expect((await get('/v1/articles?q=kenya+talks')).status).toBe(200);
  });
});

describe('since and until at second precision', () => {
  it('starts since at the next second when it has a fraction, and cuts the fraction of until', async () => {
    const slugsOf = async (query: string) => JSON.parse(await (await get(`/v1/articles?${query}`)).text()).data.map((a: { slug: string }) => a.slug);
    expect(await slugsOf('since=2023-09-01T12:00:00.5Z&until=2023-09-01T23:00:00Z')).toEqual([]);
    expect(await slugsOf('since=2023-09-01T12:00:00.000Z&until=2023-09-01T23:00:00Z')).toEqual(['every-tag']);
    expect(await slugsOf('since=2023-09-01T11:59:59.999Z&until=2023-09-01T12:00:00.999Z')).toEqual(['every-tag']);
  });
});
