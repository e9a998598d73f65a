import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

interface ChangePage {
  data: { id: string; slug: string; change: string; version: number; at: string }[];
  next_cursor: string;
  has_more: boolean;
}

beforeAll(async () => {
  await resetStorage();
  for (let i = 0; i < 7; i++) await createArticle({ headline: `Change ${i}`, body_html: '<p>x</p>', status: 'published' });
  await createArticle({ headline: 'Draft only', body_html: '<p>x</p>' });
});

async function page(path: string): Promise<ChangePage> {
  return expectJson<ChangePage>(await get(path), 200);
}

describe('GET /v1/changes', () => {
  it('lists public changes oldest first, without drafts', async () => {
    const { data, has_more } = await page('/v1/changes');
    expect(data.map((c) => c.slug)).toEqual(Array.from({ length: 7 }, (_, i) => `change-${i}`));
    expect(data.every((c) => c.change === 'upsert' && c.version === 1 && c.id.startsWith('art_'))).toBe(true);
    expect(has_more).toBe(false);
  });

  it('pages by cursor without skipping or repeating, and resumes where it left off', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const result: ChangePage = await page(`/v1/changes?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...result.data.map((c) => c.slug));
      cursor = result.next_cursor;
      if (!result.has_more) break;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `change-${i}`));

    const idle = await page(`/v1/changes?cursor=${cursor}`);
    expect(idle).toEqual({ data: [], next_cursor: cursor, has_more: false });

    const { data: article } = await expectJson(await call('/v1/admin/articles?status=published&limit=1'), 200);
    await expectJson(await call(`/v1/admin/articles/${article[0].id}/withdraw`, { method: 'POST', body: { reason: 'x' } }), 200);
    const next = await page(`/v1/changes?cursor=${cursor}`);
    expect(next.data).toEqual([expect.objectContaining({ id: article[0].id, change: 'withdrawn', version: 2 })]);
  });

  it('pages an article changed several times in write order, at every page size', async () => {
    const before = await page('/v1/changes?limit=1000');
    const start = before.next_cursor;
    // The later article is written to first, so its changes interleave with the earlier one's.
    const first = await createArticle({ headline: 'Often changed', body_html: '<p>x</p>', status: 'published' });
    const second = await createArticle({ headline: 'Changed too', body_html: '<p>x</p>', status: 'published' });
    const expected = [`${first.id}@1`, `${second.id}@1`];
    for (let version = 1; version <= 4; version++) {
      for (const article of [second, first]) {
        const body = { headline: `${article.headline} ${version}` };
        await expectJson(await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body, headers: { 'If-Match': `"${version}"` } }), 200);
        expected.push(`${article.id}@${version + 1}`);
      }
    }
    await expectJson(await call(`/v1/admin/articles/${first.id}/withdraw`, { method: 'POST', body: { reason: 'x' } }), 200);
    expected.push(`${first.id}@6`);

    for (const limit of [1, 2, 3, 5, 100]) {
      const seen: string[] = [];
      let cursor = start;
      for (let pages = 0; pages < 100; pages++) {
        const result: ChangePage = await page(`/v1/changes?limit=${limit}&cursor=${cursor}`);
        seen.push(...result.data.map((c) => `${c.id}@${c.version}`));
        cursor = result.next_cursor;
        if (!result.has_more) break;
      }
      expect({ limit, seen }).toEqual({ limit, seen: expected });
    }
  });

  it('answers 400 for a tampered cursor', async () => {
    expect((await get('/v1/changes?cursor=abc')).status).toBe(400);
  });
});
