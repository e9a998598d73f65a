import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

const DEFAULTS = {
  usage_terms: env.RIGHTS_USAGE_TERMS,
  copyright_holder: env.RIGHTS_COPYRIGHT_HOLDER,
  copyright_notice: env.RIGHTS_COPYRIGHT_NOTICE,
  syndication: env.RIGHTS_SYNDICATION,
};
const OWN = { usage_terms: 'Web only, with credit.', copyright_holder: 'Agence Example', copyright_notice: '© 2024 Agence Example', syndication: 'restricted' };

let plain: any;
let own: any;

beforeAll(async () => {
  await resetStorage();
  plain = await createArticle({ headline: 'Plain rights', body_html: '<p>Plain.</p>', status: 'published' });
  own = await createArticle({ headline: 'Own rights', body_html: '<p>Own.</p>', status: 'published', rights: OWN });
});

function patch(id: string, version: number, body: unknown) {
  return call(`/v1/admin/articles/${id}`, { method: 'PATCH', headers: { 'If-Match': `"${version}"` }, body });
}

describe('rights', () => {
  it("gives an article without rights of its own the publisher's defaults, in the admin and the public JSON", async () => {
    expect(plain.rights).toEqual(DEFAULTS);
    const { data } = await expectJson(await get(`/v1/articles/${plain.slug}`), 200);
    expect(data.rights).toEqual(DEFAULTS);
  });

  it('shows the rights an article was given, on its own and in lists', async () => {
    expect(own.rights).toEqual(OWN);
    const { data } = await expectJson(await get('/v1/articles'), 200);
    const bySlug = Object.fromEntries(data.map((item: any) => [item.slug, item.rights]));
    expect(bySlug).toEqual({ [own.slug]: OWN, [plain.slug]: DEFAULTS });
  });

  it('changes only the rights fields a PATCH names, and null goes back to the default', async () => {
    const created = await createArticle({ headline: 'Patched rights', body_html: '<p>P.</p>', rights: OWN });
    const { data } = await expectJson(await patch(created.id, 1, { rights: { syndication: 'none', copyright_holder: null } }), 200);
    expect(data.rights).toEqual({ ...OWN, syndication: 'none', copyright_holder: DEFAULTS.copyright_holder });
  });

  it('keeps the rights through a PATCH that names none, as a new version', async () => {
    const created = await createArticle({ headline: 'Kept rights', body_html: '<p>K.</p>', rights: OWN });
    const { data } = await expectJson(await patch(created.id, 1, { headline: 'Kept rights, renamed' }), 200);
    expect(data).toMatchObject({ version: 2, headline: 'Kept rights, renamed', rights: OWN });
  });

  it('answers 422 naming the field for a bad syndication level or value, and 400 for an unknown rights field', async () => {
    for (const [rights, path, status] of [
      [{ syndication: 'sometimes' }, 'rights.syndication', 422],
      [{ usage_terms: 'x'.repeat(2001) }, 'rights.usage_terms', 422],
      ['allowed', 'rights', 422],
      [{ licence: 'CC-BY' }, 'rights.licence', 400],
    ] as const) {
      const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Bad', body_html: '<p>b</p>', rights } }), status);
      expect(problem.errors.map((error: any) => error.path)).toContain(path);
    }
  });

  it("puts the copyright notice and usage terms in the card's footer", async () => {
    const res = await get(`/embed/${own.slug}`);
    const html = await res.text();
    expect(html).toContain('<footer><p class="rights">© 2024 Agence Example</p><p class="rights">Web only, with credit.</p>');
  });

  it('carries the rights in both feeds, and the channel carries the default notice', async () => {
    const json = (await (await get('/v1/feed.json')).json()) as any;
    const item = json.items.find((entry: any) => entry.id === own.id);
    expect(item._byline.rights).toEqual(OWN);
    const xml = await (await get('/v1/feed.xml')).text();
    expect(xml).toContain(`<copyright>${DEFAULTS.copyright_notice}</copyright>`);
    expect(xml).toContain('<dc:rights>© 2024 Agence Example</dc:rights>');
    expect(xml).toContain('<byline:syndication>restricted</byline:syndication>');
    expect(xml).toContain('xmlns:byline="urn:byline:syndication:1"');
  });
});
