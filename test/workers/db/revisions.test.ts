import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceArticleStatements } from '../../../src/db/article-writes';
import { findArticleById } from '../../../src/db/articles';
import { isStaleVersionError, revisionLinksStatement, revisionStatement } from '../../../src/db/revisions';
import { recordFromRow } from '../../../src/content/article-commit';
import { createArticles, resetStorage } from '../helpers/articles';

beforeAll(async () => {
  await resetStorage();
  await createArticles([{ slug: 'guarded', tags: ['Kenya'] }, { slug: 'named', tags: ['Kenya', 'Ä "q" \\ é'] }]);
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

describe('the stored names in a revision', () => {
  it('leaves a snapshot whose names are the stored ones unwritten, and rewrites one that differs', async () => {
    const row = await findArticleById(env.DB, (await env.DB.prepare("SELECT id FROM articles WHERE slug = 'named'").first<{ id: string }>())!.id);
    const { record, links } = recordFromRow(row!);
    const snapshot = async () =>
      JSON.parse((await env.DB.prepare('SELECT snapshot FROM revisions WHERE article_id = ?1 AND version = ?2').bind(record.id, record.version).first<{ snapshot: string }>())!.snapshot);
    await revisionStatement(env.DB, { article_id: record.id, expectedVersion: null, action: 'create', snapshot: { ...record, ...links }, key_id: 'test', created_at: record.updated_at }).run();

    const same = await revisionLinksStatement(env.DB, record.id, record.version, links).run();
    expect(same.meta.changes).toBe(0);

    // As a write that lost the race to create a term sent it: its own name, not the stored one.
    const raced = { ...links, tags: links.tags.map((tag) => ({ ...tag, name: tag.name.toUpperCase() })) };
    await env.DB.prepare("UPDATE revisions SET snapshot = json_set(snapshot, '$.tags', json(?3)) WHERE article_id = ?1 AND version = ?2")
      .bind(record.id, record.version, JSON.stringify(raced.tags))
      .run();
    const differing = await revisionLinksStatement(env.DB, record.id, record.version, raced).run();
    expect(differing.meta.changes).toBe(1);
    // The names put back, and the rest of the snapshot (the body among it) as it was.
    expect(await snapshot()).toEqual({ ...record, ...links });
  });
});
