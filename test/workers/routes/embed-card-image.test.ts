import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sniffImage } from '../../../src/content/image-sniff';
import { app } from '../../../src/index';
import { ROOT, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { fakeImagesBinding, images } from '../helpers/images';

/** The card's image: caption and credit shown (escaped), and a srcset of only what /media really serves. */

const ORIGIN = 'http://byline.test';
const CAPTION = 'Police <b>advance</b> & "hold" the line';
const CREDIT = '<script>alert(1)</script> Photo: A. Reporter';
let article: any;
let media: any;

/** Asks the Worker as deployed without the Images binding (the tests' own), or with a stand-in for it. */
async function ask(path: string, { binding = false, accept = 'text/html' } = {}): Promise<Response> {
  const bindings = binding ? { ...env, IMAGES: fakeImagesBinding(sniffImage), RESPONSE_CACHE: 'off' } : { ...env, RESPONSE_CACHE: 'off' };
  return app.request(`${ORIGIN}${path}`, { headers: { Accept: accept } }, bindings);
}

/** Every candidate of a srcset, fetched: the width it states and the width /media really answers. */
async function servedWidths(srcset: string, binding: boolean) {
  const widths: { stated: number; served: number | undefined }[] = [];
  for (const candidate of srcset.split(', ')) {
    const [url, descriptor] = candidate.split(' ');
    const res = await ask(new URL(url!).pathname + new URL(url!).search, { binding, accept: 'image/png' });
    expect(res.status, candidate).toBe(200);
    widths.push({ stated: Number(descriptor!.slice(0, -1)), served: sniffImage(new Uint8Array(await res.arrayBuffer()))?.width });
  }
  return widths;
}

beforeAll(async () => {
  await resetStorage();
  const res = await exports.default.fetch(`${ORIGIN}/v1/admin/media?alt=Police&caption=${encodeURIComponent(CAPTION)}&credit=${encodeURIComponent(CREDIT)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ROOT}`, 'Content-Type': 'image/png' },
    body: images.png(1200, 675),
  });
  media = (await expectJson(res, 201)).data;
  article = await createArticle({ headline: 'With a picture', body_html: '<p>Text.</p>', image_id: media.id, status: 'published' });
});

describe('the card image', () => {
  it('shows the caption and the credit, escaped, under the image', async () => {
    const html = await (await ask(`/embed/${article.slug}`)).text();
    expect(html).toContain(
      '<figcaption>Police &lt;b&gt;advance&lt;/b&gt; &amp; &quot;hold&quot; the line <span class="credit">&lt;script&gt;alert(1)&lt;/script&gt; Photo: A. Reporter</span></figcaption>',
    );
    expect(html).not.toContain('<b>advance');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('lists only the original in its srcset without the Images binding, as the article JSON does', async () => {
    const url = media.url as string;
    const html = await (await ask(`/embed/${article.slug}`)).text();
    expect(html).toContain(`srcset="${url} 1200w"`);
    const json = await expectJson(await ask(`/v1/articles/${article.slug}`, { accept: 'application/json' }), 200);
    expect(json.data.image.srcset).toBe(`${url} 1200w`);
    expect(await servedWidths(json.data.image.srcset, false)).toEqual([{ stated: 1200, served: 1200 }]);
    const oembed = await expectJson(await ask(`/oembed?url=${encodeURIComponent(`${ORIGIN}/v1/articles/${article.slug}`)}`, { accept: 'application/json' }), 200);
    expect(oembed).toMatchObject({ thumbnail_url: url, thumbnail_width: 1200, thumbnail_height: 675 });
  });

  it('lists the variants the Images binding makes, each served at the width it states', async () => {
    const url = media.url as string;
    const srcset = `${url}?w=320 320w, ${url}?w=640 640w, ${url}?w=960 960w, ${url} 1200w`;
    expect(await (await ask(`/embed/${article.slug}`, { binding: true })).text()).toContain(`srcset="${srcset}"`);
    const json = await expectJson(await ask(`/v1/articles/${article.slug}`, { binding: true, accept: 'application/json' }), 200);
    expect(json.data.image.srcset).toBe(srcset);
    for (const { stated, served } of await servedWidths(srcset, true)) expect(served).toBe(stated);
    const oembed = await expectJson(await ask(`/oembed?url=${encodeURIComponent(`${ORIGIN}/v1/articles/${article.slug}`)}`, { binding: true, accept: 'application/json' }), 200);
    expect(oembed).toMatchObject({ thumbnail_url: `${url}?w=640`, thumbnail_width: 640, thumbnail_height: 360 });
  });
});
