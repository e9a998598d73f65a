/**
 * Seeds the demo newsroom: the Kenya–Haiti seed article with its hero image in R2, and the
 * rest of `demoContent`. Runs in Node (through `npm start`) and inside workerd (the tests), so
 * it touches nothing but the two bindings it is given.
 */
import { newId } from '../../src/content/ids';
import { slugify } from '../../src/content/slug';
import { deriveBodyFields } from '../../src/content/text';
import {
  type ArticleRecord,
  changeStatement,
  insertArticleStatements,
  noSyndicationFields,
  upsertAuthorStatement,
  upsertSectionStatement,
} from '../../src/db/article-writes';
import { insertMediaStatement } from '../../src/db/media';
import { revisionStatement } from '../../src/db/revisions';
import { putMediaObject } from '../../src/storage/r2';
import { type DemoArticle, demoContent } from './content';
import { HERO_HEIGHT, HERO_WIDTH, heroImagePng } from './hero-image';

export interface SeedBindings {
  DB: D1Database;
  MEDIA: R2Bucket;
}

export interface SeedResult {
  seeded: boolean;
  articles: number;
}

const SITE_URL = 'https://news.example.com';
const SEEDED_AT = '2023-11-01T00:00:00Z';

function articleRecord(article: DemoArticle, imageId: string | null): ArticleRecord {
  const derived = deriveBodyFields(article.body_html);
  const stamp = article.published_at ?? SEEDED_AT;
  return {
    id: newId('art', Date.parse(stamp)),
    slug: article.slug,
    url: `${SITE_URL}/${article.section}/${article.slug}`,
    headline: article.headline,
    standfirst: article.standfirst,
    body_html: article.body_html,
    ...derived,
    language: 'en',
    status: article.status,
    section: article.section,
    published_at: article.published_at,
    publish_at: article.publish_at,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
    image_id: imageId,
    withdrawn_reason: article.withdrawn_reason,
    deleted_at: null,
    ...noSyndicationFields(),
  };
}

// What every seeded change row says of its article (version 1, never embargoed).
const seedChange = (record: ArticleRecord) => ({
  article_id: record.id, slug: record.slug, headline: record.headline, url: record.url, version: 1, section: record.section,
  syndication: record.rights_syndication, embargoed: false,
});

/** Seeds once: does nothing when the database already holds articles. */
export async function seedDemo(env: SeedBindings, onProgress: (message: string) => void = () => {}): Promise<SeedResult> {
  const existing = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles').first<{ n: number }>();
  if (existing && existing.n > 0) return { seeded: false, articles: existing.n };

  const { sections, authors, articles } = demoContent;
  const statements: D1PreparedStatement[] = [
    ...sections.map((section) => upsertSectionStatement(env.DB, section, SEEDED_AT)),
    ...authors.map((author) => upsertAuthorStatement(env.DB, author, SEEDED_AT)),
  ];

  const byName = new Map(authors.map((author) => [author.slug, author.name]));
  // Oldest first, so that the change feed's ids follow publication order.
  const chronological = [...articles].sort((a, b) => (a.published_at ?? SEEDED_AT).localeCompare(b.published_at ?? SEEDED_AT));
  for (const article of chronological) {
    let imageId: string | null = null;
    if (article.hero) {
      const bytes = await heroImagePng();
      const { key, size } = await putMediaObject(env.MEDIA, bytes, 'image/png');
      imageId = newId('med', Date.parse(SEEDED_AT));
      statements.push(
        insertMediaStatement(env.DB, {
          id: imageId,
          key,
          content_type: 'image/png',
          byte_size: size,
          width: HERO_WIDTH,
          height: HERO_HEIGHT,
          ...article.hero,
          created_at: SEEDED_AT,
        }),
      );
      onProgress(`stored the hero image of "${article.headline}" in R2 as ${key}`);
    }
    const record = articleRecord(article, imageId);
    const links = {
      authors: article.authors.map((slug) => ({ slug, name: byName.get(slug) ?? slug })),
      tags: article.tags.map((name) => ({ slug: slugify(name), name })),
    };
    statements.push(...insertArticleStatements(env.DB, record, links));
    statements.push(
      revisionStatement(env.DB, { article_id: record.id, expectedVersion: null, action: 'create', snapshot: { ...record, ...links }, key_id: 'seed', created_at: record.created_at }),
    );
    if (record.published_at) {
      statements.push(changeStatement(env.DB, { ...seedChange(record), change: 'upsert', event: 'article.published', at: record.published_at }));
    }
    if (record.status === 'withdrawn') {
      statements.push(changeStatement(env.DB, { ...seedChange(record), change: 'withdrawn', event: 'article.withdrawn', at: record.updated_at }));
    }
  }

  // One batch: the demo newsroom is seeded whole or not at all.
  await env.DB.batch(statements);
  onProgress(`seeded ${sections.length} sections, ${authors.length} authors and ${articles.length} articles`);
  return { seeded: true, articles: articles.length };
}
