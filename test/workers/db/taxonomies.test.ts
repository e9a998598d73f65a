import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { type TaxonomyKind, termsQuery } from '../../../src/db/taxonomies';

async function plan(kind: TaxonomyKind): Promise<string> {
  const { sql, params } = termsQuery(kind, 21, 'm');
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
  return results.map((row) => row.detail).join('\n');
}

describe('term list queries against D1', () => {
  it('seeks the slug index in order and reaches articles only through indexes', async () => {
    const via = { sections: 'articles_public_by_section', tags: 'article_tags_by_tag', authors: 'article_authors_by_author' };
    for (const kind of ['sections', 'tags', 'authors'] as const) {
      const detail = await plan(kind);
      expect(detail.split('\n')[0]).toBe(`SEARCH x USING INDEX sqlite_autoindex_${kind}_1 (slug>?)`);
      expect(detail).toContain(via[kind]);
      expect(detail).not.toMatch(/\bSCAN\b|TEMP B-TREE/);
    }
  });
});
