import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CursorStore, type MirrorChange, createClient } from '../../../packages/client/src/index';
import type { ServedWorker } from '../../../scripts/lib/serve-worker.mjs';
import { serveSeeded } from '../served';

/**
 * Issue 18: mirror() against the real Worker's change feed. A mirror that dies mid-run (its
 * handler throws, or it is aborted) resumes from the cursor it stored and delivers every change:
 * nothing skipped, repeats only of the page it was on (at least once, never lost).
 */

let byline: ServedWorker;

/** The whole feed as the API gives it, read without the client. */
async function feed(cursor?: string): Promise<{ entries: { id: string; change: string; version: number }[]; next: string }> {
  const res = await fetch(`${byline.origin}/v1/changes?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
  const body = (await res.json()) as { data: { id: string; change: string; version: number }[]; next_cursor: string; has_more: boolean };
  expect(body.has_more).toBe(false);
  return { entries: body.data, next: body.next_cursor };
}

function memoryStore(): CursorStore & { value: string | null; writes: number } {
  return {
    value: null,
    writes: 0,
    get() {
      return this.value;
    },
    set(cursor) {
      this.value = cursor;
      this.writes++;
    },
  };
}

const key = (change: { id: string; version: number; change: string }) => `${change.id}@${change.version}:${change.change}`;

beforeAll(async () => {
  byline = await serveSeeded();
}, 240_000);
afterAll(() => byline?.close());

describe('mirror', () => {
  it('resumes after a throwing handler and an abort without a gap, repeating at most the page it was on', async () => {
    const client = createClient({ baseUrl: byline.origin });
    const { entries } = await feed();
    const publicIds = new Set<string>();
    for await (const article of client.articles.list({ limit: 100 })) publicIds.add(article.id);
    // An upsert of an article that is no longer public is skipped: a later entry removes it.
    const expected = entries.filter((entry) => entry.change !== 'upsert' || publicIds.has(entry.id)).map(key);
    expect(expected.length).toBeGreaterThan(30);

    const store = memoryStore();
    const delivered: string[] = [];
    const pageSize = 7;
    const crash = await client
      .mirror({
        store,
        pageSize,
        onChange: (change) => {
          if (delivered.length === 10) throw new Error('handler crashed');
          delivered.push(key(change));
        },
      })
      .catch((error) => error);
    expect(crash).toMatchObject({ message: 'handler crashed' });

    const controller = new AbortController();
    const aborted = await client
      .mirror({
        store,
        pageSize,
        signal: controller.signal,
        onChange: (change) => {
          delivered.push(key(change));
          if (delivered.length === 25) controller.abort(new Error('killed'));
        },
      })
      .catch((error) => error);
    expect(aborted).toMatchObject({ message: 'killed' });

    const done = await client.mirror({ store, pageSize, onChange: (change) => void delivered.push(key(change)) });
    const firstSeen = [...new Set(delivered)];
    expect(firstSeen).toEqual(expected);
    // Each of the two deaths repeats at most the changes handled on its page before it.
    expect(delivered.length - firstSeen.length).toBeLessThanOrEqual(2 * (pageSize - 1));
    expect(done.cursor).toBe(store.value);

    // Caught up: a run from the stored cursor finds nothing and stores nothing new.
    const writes = store.writes;
    expect(await client.mirror({ store, onChange: () => expect.unreachable() })).toMatchObject({ handled: 0 });
    expect(store.writes).toBe(writes);
  });

  it('reports withdrawals, deletions and renames after the stored cursor, each once', async () => {
    const client = createClient({ baseUrl: byline.origin });
    const store = memoryStore();
    await client.mirror({ store, pageSize: 100, onChange: () => {} });

    const create = (slug: string) => byline.admin('/v1/admin/articles', { method: 'POST', body: { headline: slug, body_html: '<p>Mirror probe.</p>', slug, status: 'published' } });
    const [kept, withdrawn, deleted] = await Promise.all(['mirror-kept', 'mirror-withdrawn', 'mirror-deleted'].map(create));
    await byline.admin(`/v1/admin/articles/${withdrawn.data.id}/withdraw`, { method: 'POST', body: { reason: 'Legal' }, status: 200 });
    await byline.admin(`/v1/admin/articles/${deleted.data.id}`, { method: 'DELETE', status: 204 });
    const renamed = await fetch(`${byline.origin}/v1/admin/articles/${kept.data.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${byline.adminToken}`, 'Content-Type': 'application/json', 'If-Match': '*' },
      body: JSON.stringify({ slug: 'mirror-kept-renamed' }),
    });
    expect(renamed.status).toBe(200);

    const seen: MirrorChange[] = [];
    await client.mirror({ store, onChange: (change) => void seen.push(change) });
    const removals = seen.filter((change) => !('article' in change)).map((change) => [change.change, change.id]);
    expect(removals).toEqual(expect.arrayContaining([['withdrawn', withdrawn.data.id], ['deleted', deleted.data.id]]));
    expect(removals).toHaveLength(2);
    const upserts = seen.filter((change) => change.change === 'upsert' || change.change === 'corrected');
    // Every upsert carries the article as it is now: the rename, under its new slug.
    expect(upserts.every((change) => change.id === kept.data.id && 'article' in change && change.article.slug === 'mirror-kept-renamed')).toBe(true);
    expect(upserts.at(-1)).toMatchObject({ previous_slug: 'mirror-kept' });
  });

  it('keeps following the feed with follow: true until aborted', async () => {
    const client = createClient({ baseUrl: byline.origin });
    const store = memoryStore();
    await client.mirror({ store, pageSize: 1000, onChange: () => {} });
    const controller = new AbortController();
    const seen: string[] = [];
    const following = client.mirror({
      store,
      follow: true,
      intervalMs: 50,
      signal: controller.signal,
      onChange: (change) => {
        if (change.change === 'upsert') seen.push(change.article.slug);
        controller.abort(new Error('enough'));
      },
    });
    await byline.admin('/v1/admin/articles', { method: 'POST', body: { headline: 'Followed', body_html: '<p>x</p>', slug: 'mirror-followed', status: 'published' } });
    await expect(following).rejects.toThrow('enough');
    expect(seen).toEqual(['mirror-followed']);
  });
});
