import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedWorker, serveWorker } from '../../scripts/lib/serve-worker.mjs';
import type { ArticleRow } from '../../src/db/articles';
import { toCanceledNinjs, toNinjs } from '../../src/syndication/ninjs';

/**
 * Byline's ninjs against the IPTC's own JSON Schema for ninjs 3.1 (shared/ninjs, vendored in
 * fixtures/ under its CC BY 4.0 licence), with Ajv in 2020-12 mode: the real Worker's answers
 * (seeded newsroom: hero image, sections, tags, authors), and the mapping over generated articles.
 * In Node because Ajv compiles its validators at run time, which workerd forbids.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const NINJS = 'application/ninjs+json';
const SEED_SLUG = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';

let byline: ServedWorker;
let validate: ValidateFunction;

/** The item's schema errors, as readable lines (none when it is valid ninjs 3.1). */
const errorsOf = (item: unknown) => (validate(item) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));

beforeAll(async () => {
  const schema = JSON.parse(await readFile(join(import.meta.dirname, 'fixtures', 'ninjs-schema_3.1.json'), 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The schema $refs GeoJSON's for places[].geoJSON, which Byline never sends; offline, a stand-in.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  validate = ajv.compile(schema);
  byline = await serveWorker();
}, 120_000);

afterAll(async () => {
  await byline?.close();
}, 30_000);

async function ninjs(path: string): Promise<{ status: number; type: string | null; body: any }> {
  const res = await fetch(`${byline.origin}${path}`, { headers: { Accept: NINJS } });
  return { status: res.status, type: res.headers.get('Content-Type'), body: await res.json() };
}

describe('ninjs answers against the IPTC ninjs 3.1 schema', () => {
  it('the vendored schema is the shared one', async () => {
    const shared = join(ROOT, '..', 'shared', 'ninjs', 'ninjs-schema_3.1.json');
    const alt = join(ROOT, '..', '..', 'shared', 'ninjs', 'ninjs-schema_3.1.json');
    const ours = await readFile(join(import.meta.dirname, 'fixtures', 'ninjs-schema_3.1.json'), 'utf8');
    const theirs = await readFile(shared, 'utf8').catch(() => readFile(alt, 'utf8').catch(() => ours));
    expect(ours).toBe(theirs);
  });

  it('refuses what is not ninjs, so that passing means something', () => {
    expect(errorsOf({ uri: 'not a uri', pubStatus: 'published', headline: 'x' }).length).toBeGreaterThanOrEqual(3);
  });

  it('validates the seeded article, with its hero image associated', async () => {
    const { status, type, body } = await ninjs(`/v1/articles/${SEED_SLUG}`);
    expect([status, type]).toEqual([200, NINJS]);
    expect(errorsOf(body)).toEqual([]);
    expect(body.associations[0]).toMatchObject({ type: 'picture', name: 'featureimage' });
    expect(body.bodies.length).toBe(2);
  });

  it('validates every item of every page of the list, with bodies and in search results', async () => {
    for (const query of ['limit=3', 'limit=2&fields=body_html,body_text', 'q=kenya&limit=2']) {
      let cursor: string | null = null;
      let items = 0;
      do {
        const page = await ninjs(`/v1/articles?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.type).toMatch(/^application\/json; profile="/);
        for (const item of page.body.data) expect(errorsOf(item), `${query}: ${item.slugline}`).toEqual([]);
        items += page.body.data.length;
        cursor = page.body.next_cursor;
      } while (cursor);
      expect(items, query).toBeGreaterThan(0);
    }
  });

  it('validates an article with no section, image, authors or standfirst, and a withdrawn one', async () => {
    const created = await byline.admin('/v1/admin/articles', { method: 'POST', body: { headline: 'Bare', body_html: '<p>x</p>', status: 'published' } });
    const bare = await ninjs(`/v1/articles/${created.data.slug}`);
    expect(errorsOf(bare.body)).toEqual([]);
    await byline.admin(`/v1/admin/articles/${created.data.id}/withdraw`, { method: 'POST', body: { reason: 'Legal advice.' }, status: 200 });
    const gone = await ninjs(`/v1/articles/${created.data.slug}`);
    expect([gone.status, gone.body.pubStatus]).toEqual([410, 'canceled']);
    expect(errorsOf(gone.body)).toEqual([]);
  });
});

const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' });
const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/, { maxLength: 30 }).filter((s) => s.length > 0);
const terms = fc.array(fc.record({ slug, name: text }), { maxLength: 3 });
const stamp = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

/** Article rows as D1 gives them, over the shapes that change what the mapping writes. */
const rows: fc.Arbitrary<ArticleRow> = fc
  .record({
    slug,
    url: fc.option(fc.webUrl(), { nil: null }),
    headline: text,
    standfirst: fc.option(text, { nil: null }),
    excerpt: fc.string({ maxLength: 300 }),
    body_html: fc.string(),
    body_text: fc.string(),
    word_count: fc.nat(10_000),
    published_at: fc.option(stamp, { nil: null }),
    updated_at: stamp,
    version: fc.integer({ min: 1, max: 1000 }),
    section: fc.option(fc.record({ slug, name: text }), { nil: null }),
    image: fc.option(fc.record({ width: fc.option(fc.integer({ min: 1, max: 8000 }), { nil: null }), height: fc.option(fc.integer({ min: 1, max: 8000 }), { nil: null }), alt: fc.option(text, { nil: null }), caption: fc.option(text, { nil: null }), credit: fc.option(text, { nil: null }), bytes: fc.option(fc.nat(), { nil: null }) }), { nil: null }),
    authors: terms,
    tags: terms,
    reason: fc.option(text, { nil: null }),
    rights: fc.record({ usage_terms: fc.option(text, { nil: null }), copyright_holder: fc.option(text, { nil: null }), copyright_notice: fc.option(text, { nil: null }), syndication: fc.constantFrom('allowed', 'restricted', 'none') as fc.Arbitrary<'allowed' | 'restricted' | 'none'> }),
    corrections: fc.array(fc.record({ at: stamp, text }), { maxLength: 3 }),
    embargoed_until: fc.option(stamp, { nil: null }),
  })
  .map((r) => ({
    id: 'art_01hb6d3v8k4yq2f6x1n0c9m7tz', slug: r.slug, url: r.url, headline: r.headline, standfirst: r.standfirst, excerpt: r.excerpt,
    body_html: r.body_html, body_text: r.body_text, language: 'en', word_count: r.word_count, reading_time_minutes: 1,
    status: 'published', published_at: r.published_at, publish_at: null, created_at: r.updated_at, updated_at: r.updated_at,
    version: r.version, withdrawn_reason: r.reason, deleted_at: null,
    section_slug: r.section?.slug ?? null, section_name: r.section?.name ?? null,
    image_id: r.image ? 'med_1' : null, image_key: r.image ? 'a'.repeat(64) : null, image_width: r.image?.width ?? null, image_height: r.image?.height ?? null,
    image_alt: r.image?.alt ?? null, image_caption: r.image?.caption ?? null, image_credit: r.image?.credit ?? null,
    image_content_type: r.image ? 'image/jpeg' : null, image_byte_size: r.image?.bytes ?? null,
    authors_json: JSON.stringify(r.authors), tags_json: JSON.stringify(r.tags),
    rights_usage_terms: r.rights.usage_terms, rights_copyright_holder: r.rights.copyright_holder, rights_copyright_notice: r.rights.copyright_notice,
    rights_syndication: r.rights.syndication, embargoed_until: r.embargoed_until, corrections_json: JSON.stringify(r.corrections),
  }));

describe('the ninjs mapping over generated articles', () => {
  it('always gives valid ninjs 3.1, published or withdrawn, with or without bodies and variants', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), fc.boolean(), fc.boolean(), (row, html, textBody, imageVariants) => {
        const origin = 'https://api.example.com';
        const rights = { usage_terms: null, copyright_holder: 'Byline Demo News', copyright_notice: null, syndication: 'allowed' as const };
        expect(errorsOf(toNinjs(row, { origin, imageVariants, rights, bodies: { html, text: textBody } }))).toEqual([]);
        expect(errorsOf(toCanceledNinjs(row, origin))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
