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

  it('answers 400 for a tampered cursor', async () => {
    expect((await get('/v1/changes?cursor=abc')).status).toBe(400);
  });
});
