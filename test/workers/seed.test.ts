import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_SLUG, demoContent } from '../../scripts/demo/content';
import { seedDemo } from '../../scripts/demo/seed';
import { sanitizeHtml } from '../../src/content/sanitize';
import { collectPages, get, resetStorage } from './helpers/articles';

interface SeedArticle {
  slug: string;
  headline: string;
  body_html: string;
  body_text: string;
  excerpt: string;
  section: { slug: string; name: string };
  tags: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  image: { url: string; width: number; height: number; alt: string; caption: string; content_type: string };
  published_at: string;
}

beforeAll(async () => {
  await resetStorage();
  expect(await seedDemo(env)).toMatchObject({ seeded: true });
});

describe('the demo newsroom', () => {
  it('serves the seed article as a structured article', async () => {
    const res = await get(`/v1/articles/${SEED_ARTICLE_SLUG}`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: SeedArticle };
    expect(data.headline).toBe('Kenya, Haiti Set Up Diplomatic Ties Amid Deployment Talks');
    expect(data.section).toEqual({ slug: 'world', name: 'World' });
    expect(data.tags.map((t) => t.slug)).toEqual(expect.arrayContaining(['kenya', 'haiti', 'united-nations']));
    expect(data.authors.length).toBeGreaterThan(0);
    expect(data.body_html).toMatch(/<a href="https:\/\/[^"]+" rel="noopener noreferrer nofollow">Why is Kenya Rushing Headlong into Haiti as US, Canada Watch\?<\/a>/);
    expect(data.body_html.match(/<p>/g)!.length).toBeGreaterThanOrEqual(10);
    expect(data.body_text).toContain('Kenya and Haiti officially established diplomatic relations on Wednesday');
    expect(data.excerpt.length).toBeLessThanOrEqual(300);
    expect(data.published_at).toBe('2023-09-20T14:05:00Z');
    expect(data.image).toMatchObject({ caption: 'Haiti forces on a patroling mission', content_type: 'image/png', width: 1200, height: 675 });
    expect(data.image.alt.length).toBeGreaterThan(0);
  });

  it('stores the hero image in R2 under the SHA-256 of its bytes', async () => {
    const { data } = (await (await get(`/v1/articles/${SEED_ARTICLE_SLUG}`)).json()) as { data: SeedArticle };
    const key = data.image.url.split('/media/')[1]!;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const object = await env.MEDIA.get(key);
    expect(object).not.toBeNull();
    const bytes = new Uint8Array(await object!.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    expect([...digest].map((b) => b.toString(16).padStart(2, '0')).join('')).toBe(key);
    expect(object!.httpMetadata?.contentType).toBe('image/png');
  });

  it('serves the hero image through /media/{key} as image/png', async () => {
    const { data } = (await (await get(`/v1/articles/${SEED_ARTICLE_SLUG}`)).json()) as { data: SeedArticle };
    const res = await get(new URL(data.image.url).pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('publishes about 60 more articles spread over sections, tags and authors', async () => {
    const slugs = (await collectPages('/v1/articles?limit=100')).flat();
    const published = demoContent.articles.filter((a) => a.status === 'published');
    expect(slugs.length).toBe(published.length);
    expect(slugs.length).toBeGreaterThanOrEqual(61);
    const sections = (await (await get('/v1/sections')).json()) as { data: { article_count: number }[] };
    expect(sections.data.filter((s) => s.article_count > 0).length).toBeGreaterThanOrEqual(5);
    const tags = (await (await get('/v1/tags')).json()) as { data: unknown[] };
    expect(tags.data.length).toBeGreaterThanOrEqual(15);
  });

  it('keeps the demo draft, scheduled and withdrawn articles out of public reads', async () => {
    for (const article of demoContent.articles.filter((a) => a.status !== 'published')) {
      const res = await get(`/v1/articles/${article.slug}`);
      expect(res.status, article.slug).toBe(article.status === 'withdrawn' ? 410 : 404);
    }
  });

  it('ships bodies that the sanitizer leaves as they are, and a create revision for each', async () => {
    for (const article of demoContent.articles) expect(await sanitizeHtml(article.body_html), article.slug).toBe(article.body_html);
    const revisions = await env.DB.prepare("SELECT COUNT(*) AS n FROM revisions WHERE action = 'create' AND key_id = 'seed'").first<{ n: number }>();
    expect(revisions!.n).toBe(demoContent.articles.length);
  });

  it('seeds only once', async () => {
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles').first<{ n: number }>();
    expect(await seedDemo(env)).toEqual({ seeded: false, articles: before!.n });
    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles').first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });
});
