import { applyD1Migrations, reset } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { newId } from '../../../src/content/ids';
import { slugify } from '../../../src/content/slug';
import { deriveBodyFields } from '../../../src/content/text';
import { type ArticleRecord, insertArticleStatements, noSyndicationFields, upsertSectionStatement } from '../../../src/db/article-writes';
import { knownUrls, memoryTier } from '../../../src/middleware/cache';
import { forgetGeneration } from '../../../src/storage/generation';

/** Empties D1, KV and R2, applies the real migrations again, and forgets this isolate's cache. */
export async function resetStorage(): Promise<void> {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  memoryTier.clear();
  knownUrls.clear();
  forgetGeneration();
}

export interface ArticleSpec {
  /** A crafted id (e.g. one that does not sort in time order); a new one when absent. */
  id?: string;
  slug: string;
  headline?: string;
  body_html?: string;
  status?: ArticleRecord['status'];
  published_at?: string | null;
  section?: string | null;
  tags?: string[];
  authors?: string[];
  deleted?: boolean;
  withdrawn_reason?: string;
  /** Defaults to published_at, or the creation time when there is none. */
  updated_at?: string;
  embargoed_until?: string;
  rights_syndication?: ArticleRecord['rights_syndication'];
}

const titleCase = (slug: string) => slug.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');

/** Writes articles through the same statements the app uses, in one batch. */
export async function createArticles(specs: ArticleSpec[]): Promise<ArticleRecord[]> {
  const at = '2023-01-01T00:00:00Z';
  const sections = new Set(specs.map((spec) => spec.section).filter((s): s is string => !!s));
  const records: ArticleRecord[] = [];
  const statements = [...sections].map((slug) => upsertSectionStatement(env.DB, { slug, name: titleCase(slug), description: null }, at));
  for (const spec of specs) {
    const status = spec.status ?? 'published';
    const publishedAt = spec.published_at === undefined ? (status === 'draft' || status === 'scheduled' ? null : '2023-09-01T12:00:00Z') : spec.published_at;
    const body = spec.body_html ?? `<p>Body of ${spec.slug}.</p>`;
    const record: ArticleRecord = {
      id: spec.id ?? newId('art'),
      slug: spec.slug,
      url: `https://news.example.com/${spec.slug}`,
      headline: spec.headline ?? titleCase(spec.slug),
      standfirst: null,
      body_html: body,
      ...deriveBodyFields(body),
      language: 'en',
      status,
      section: spec.section ?? null,
      published_at: publishedAt,
      publish_at: status === 'scheduled' ? '2030-01-01T00:00:00Z' : null,
      created_at: at,
      updated_at: spec.updated_at ?? publishedAt ?? at,
      version: 1,
      image_id: null,
      withdrawn_reason: spec.withdrawn_reason ?? null,
      deleted_at: spec.deleted ? '2023-10-01T00:00:00Z' : null,
      ...noSyndicationFields(),
      embargoed_until: spec.embargoed_until ?? null,
      rights_syndication: spec.rights_syndication ?? null,
    };
    records.push(record);
    statements.push(
      ...insertArticleStatements(env.DB, record, {
        authors: (spec.authors ?? []).map((slug) => ({ slug, name: titleCase(slug) })),
        tags: (spec.tags ?? []).map((name) => ({ slug: slugify(name), name })),
      }),
    );
  }
  await env.DB.batch(statements);
  return records;
}

/** GETs a path from the Worker under test. */
export function get(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(`http://byline.test${path}`, init);
}

/** Follows `next_cursor` from `path` to the end, returning every page's slugs. */
export async function collectPages(path: string): Promise<string[][]> {
  const pages: string[][] = [];
  let next: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const res = await get(next ? `${path}${separator}cursor=${encodeURIComponent(next)}` : path);
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    const body = (await res.json()) as { data: { slug: string }[]; next_cursor: string | null };
    pages.push(body.data.map((article) => article.slug));
    next = body.next_cursor;
  } while (next && pages.length < 1000);
  return pages;
}
