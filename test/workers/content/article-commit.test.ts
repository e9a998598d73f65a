import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeFor, commit, recordFromRow } from '../../../src/content/article-commit';
import type { ArticleRecord } from '../../../src/db/article-writes';
import { findArticleById } from '../../../src/db/articles';
import { createArticles, resetStorage } from '../helpers/articles';

const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, '0')}:00Z`;
const next = (record: ArticleRecord, changes: Partial<ArticleRecord>, minute: number): ArticleRecord => ({
  ...record, ...changes, version: record.version + 1, updated_at: at(minute),
});

async function load(id: string) {
  return recordFromRow((await findArticleById(env.DB, id))!);
}

function changeRows(id: string) {
  return env.DB.prepare('SELECT change, event, version, section, syndication, embargoed FROM changes WHERE article_id = ?1 ORDER BY id')
    .bind(id)
    .all()
    .then((r) => r.results);
}

describe('changeFor', () => {
  const draft = { status: 'draft', deleted_at: null, embargoed_until: null, corrections: [] } as unknown as ArticleRecord;
  const published = { ...draft, status: 'published' } as ArticleRecord;
  const embargoed = { ...published, embargoed_until: '2030-01-01T00:00:00Z' } as ArticleRecord;

  it('names the event each write implies', () => {
    expect(changeFor(null, published)).toEqual({ change: 'upsert', event: 'article.published' });
    expect(changeFor(draft, published)).toEqual({ change: 'upsert', event: 'article.published' });
    expect(changeFor(published, published)).toEqual({ change: 'upsert', event: 'article.updated' });
    expect(changeFor(published, { ...published, corrections: [{ at: at(1), text: 'Fixed.' }] })).toEqual({ change: 'upsert', event: 'article.corrected' });
    expect(changeFor(published, { ...published, status: 'withdrawn' })).toEqual({ change: 'withdrawn', event: 'article.withdrawn' });
    expect(changeFor({ ...published, status: 'withdrawn' }, { ...published, status: 'withdrawn', deleted_at: at(2) })).toEqual({ change: 'deleted', event: 'article.deleted' });
  });

  it('writes a row for an article under embargo, and names its lift', () => {
    expect(changeFor(draft, embargoed)).toEqual({ change: 'upsert', event: 'article.published' });
    expect(changeFor(embargoed, embargoed)).toEqual({ change: 'upsert', event: 'article.updated' });
    expect(changeFor(embargoed, published)).toEqual({ change: 'upsert', event: 'article.embargo_lifted' });
  });

  it('says nothing of writes no reader sees', () => {
    expect(changeFor(null, draft)).toBeNull();
    expect(changeFor(draft, { ...draft, deleted_at: at(3) })).toBeNull();
  });

  it('tells a withdrawn article published again as published', () => {
    const withdrawn = { ...published, status: 'withdrawn' } as ArticleRecord;
    expect(changeFor(withdrawn, published)).toEqual({ change: 'upsert', event: 'article.published' });
    expect(changeFor({ ...draft, status: 'scheduled' } as ArticleRecord, published)).toEqual({ change: 'upsert', event: 'article.published' });
  });
});

describe('commit', () => {
  beforeEach(resetStorage);

  it('stores rights, the embargo and appended corrections, and reads them back as written', async () => {
    const [created] = await createArticles([{ slug: 'rights', status: 'draft', section: 'world' }]);
    const { record: v1, links } = await load(created!.id);
    const v2 = next(v1, {
      status: 'published', published_at: at(1), rights_usage_terms: 'Print and web only', rights_copyright_holder: 'Byline',
      rights_copyright_notice: '© 2024 Byline', rights_syndication: 'restricted', embargoed_until: '2030-01-01T00:00:00Z',
    }, 1);
    await commit({ db: env.DB, keyId: 'test' }, v1, v2, links, 'publish');
    const v3 = next(v2, { embargoed_until: null, corrections: [{ at: at(2), text: 'An earlier version misnamed the minister.' }] }, 2);
    await commit({ db: env.DB, keyId: 'test' }, v2, v3, links, 'update');

    expect((await load(created!.id)).record).toEqual(v3);
    expect(await changeRows(created!.id)).toEqual([
      { change: 'upsert', event: 'article.published', version: 2, section: 'world', syndication: 'restricted', embargoed: 1 },
      { change: 'upsert', event: 'article.embargo_lifted', version: 3, section: 'world', syndication: 'restricted', embargoed: 0 },
    ]);
  });

  it('appends only the new corrections, never rewriting earlier ones', async () => {
    const [created] = await createArticles([{ slug: 'corrected' }]);
    const { record: v1, links } = await load(created!.id);
    const v2 = next(v1, { corrections: [{ at: at(1), text: 'First.' }] }, 1);
    await commit({ db: env.DB, keyId: 'test' }, v1, v2, links, 'update');
    // A record that tried to rewrite the first correction still only appends the second.
    const v3 = next(v2, { corrections: [{ at: at(1), text: 'Rewritten.' }, { at: at(2), text: 'Second.' }] }, 2);
    await commit({ db: env.DB, keyId: 'test' }, v2, v3, links, 'update');

    const { results } = await env.DB.prepare('SELECT at, text FROM corrections WHERE article_id = ?1 ORDER BY id').bind(created!.id).all();
    expect(results).toEqual([{ at: at(1), text: 'First.' }, { at: at(2), text: 'Second.' }]);
    expect((await changeRows(created!.id)).map((row) => row.event)).toEqual(['article.corrected', 'article.corrected']);
  });
});
