import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceArticleStatements } from '../../../src/db/article-writes';
import { findArticleById } from '../../../src/db/articles';
import { isStaleVersionError, revisionStatement } from '../../../src/db/revisions';
import { recordFromRow } from '../../../src/content/article-commit';
import { createArticles, resetStorage } from '../helpers/articles';

beforeAll(async () => {
  await resetStorage();
  await createArticles([{ slug: 'guarded', tags: ['Kenya'] }]);
});

describe('the version guard', () => {
  it('fails the whole batch when the expected version is stale, leaving the article as it was', async () => {
    const { record, links } = recordFromRow((await findArticleById(env.DB, (await env.DB.prepare("SELECT id FROM articles WHERE slug = 'guarded'").first<{ id: string }>())!.id))!);
    const write = (expected: number, headline: string) =>
      env.DB.batch([
        revisionStatement(env.DB, { article_id: record.id, expectedVersion: expected, action: 'update', snapshot: { headline }, key_id: 'test', created_at: record.updated_at }),
        ...replaceArticleStatements(env.DB, { ...record, headline, version: expected + 1 }, { ...links, tags: [] }, expected),
      ]);

    await write(1, 'First');
    const error = await write(1, 'Stale').catch((e: unknown) => e);
    expect(isStaleVersionError(error)).toBe(true);

    const after = await env.DB.prepare('SELECT headline, version FROM articles WHERE id = ?1').bind(record.id).first();
    expect(after).toEqual({ headline: 'First', version: 2 });
    const revisions = await env.DB.prepare('SELECT version FROM revisions WHERE article_id = ?1').bind(record.id).all();
    expect(revisions.results).toEqual([{ version: 2 }]);
  });
});
