/**
 * A partner's mirror, polling /v1/changes from its saved cursor at random limits while the
 * newsroom writes, hears of every public change exactly once and in order, and ends up showing
 * exactly what the public API lists (caching on, so every write must invalidate what it changed).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { walk } from './paging';

type Op =
  | { kind: 'create'; published: boolean }
  | { kind: 'update' | 'publish' | 'withdraw' | 'delete'; pick: number; rename: boolean }
  | { kind: 'poll'; limit: number };

interface Article {
  id: string;
  slug: string;
  status: 'draft' | 'published' | 'withdrawn';
  version: number;
}

interface Change {
  id: string;
  slug: string;
  change: string;
  version: number;
}

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('create' as const), published: fc.boolean() }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constantFrom('update' as const, 'publish' as const, 'withdraw' as const, 'delete' as const), pick: fc.nat(), rename: fc.boolean() }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('poll' as const), limit: fc.integer({ min: 1, max: 4 }) }), weight: 3 },
);

/** Which articles an operation may apply to, and the change a mirror must then hear of. */
const RULES: Record<'update' | 'publish' | 'withdraw' | 'delete', { applies: (a: Article) => boolean; change: (a: Article) => string | null }> = {
  update: { applies: () => true, change: (a) => (a.status === 'published' ? 'upsert' : null) },
  publish: { applies: (a) => a.status !== 'published', change: () => 'upsert' },
  withdraw: { applies: (a) => a.status === 'published', change: () => 'withdrawn' },
  delete: { applies: () => true, change: (a) => (a.status === 'draft' ? null : 'deleted') },
};

const entry = (c: Pick<Change, 'id' | 'version' | 'change'>) => `${c.id}@${c.version}:${c.change}`;

class Newsroom {
  live: Article[] = [];
  expected: string[] = [];
  private made = 0;

  async apply(step: Exclude<Op, { kind: 'poll' }>): Promise<void> {
    if (step.kind === 'create') {
      const status = step.published ? 'published' : 'draft';
      const res = await call('/v1/admin/articles', { method: 'POST', body: { headline: `Mirror story ${this.made++}`, body_html: '<p>x</p>', status } });
      const { data } = await expectJson(res, 201);
      this.live.push({ id: data.id, slug: data.slug, status, version: 1 });
      if (step.published) this.expected.push(entry({ id: data.id, version: 1, change: 'upsert' }));
      return;
    }
    const rule = RULES[step.kind];
    const candidates = this.live.filter(rule.applies);
    const article = candidates[step.pick % Math.max(candidates.length, 1)];
    if (!article) return;
    const path = `/v1/admin/articles/${article.id}`;
    const headers = { 'If-Match': `"${article.version}"` };
    if (step.kind === 'update') {
      const body = { headline: `Mirror story, v${article.version + 1}`, ...(step.rename ? { slug: `renamed-${this.made++}` } : {}) };
      const { data } = await expectJson(await call(path, { method: 'PATCH', body, headers }), 200);
      article.slug = data.slug;
    } else if (step.kind === 'delete') {
      expect((await call(path, { method: 'DELETE', headers })).status).toBe(204);
    } else {
      const body = step.kind === 'withdraw' ? { reason: 'Legal' } : undefined;
      await expectJson(await call(`${path}/${step.kind}`, { method: 'POST', body, headers }), 200);
    }
    const change = rule.change(article);
    article.version++;
    if (step.kind === 'publish') article.status = 'published';
    if (step.kind === 'withdraw') article.status = 'withdrawn';
    if (step.kind === 'delete') this.live = this.live.filter((a) => a !== article);
    if (change) this.expected.push(entry({ id: article.id, version: article.version, change }));
  }
}

class Mirror {
  cursor: string | null = null;
  received: string[] = [];
  shown = new Map<string, string>();

  /** One poll from the saved cursor; true when the feed says nothing more is waiting. */
  async poll(limit: number): Promise<boolean> {
    const res = await call(`/v1/changes?limit=${limit}${this.cursor ? `&cursor=${this.cursor}` : ''}`, { token: null });
    const page = await expectJson<{ data: Change[]; next_cursor: string; has_more: boolean }>(res, 200);
    for (const change of page.data) {
      this.received.push(entry(change));
      if (change.change === 'upsert') this.shown.set(change.id, change.slug);
      else this.shown.delete(change.id);
    }
    this.cursor = page.next_cursor;
    return !page.has_more;
  }

  /** Polls at `limit` until nothing more is waiting. */
  async catchUp(limit: number): Promise<void> {
    for (let polls = 0; polls < 500; polls++) if (await this.poll(limit)) return;
    throw new Error('the change feed never said it was done');
  }
}

async function publicArticles(): Promise<Map<string, string>> {
  const { items } = await walk<{ id: string; slug: string }>({ path: '/v1/articles' }, [100]);
  return new Map(items.map((a) => [a.id, a.slug]));
}

const sorted = (map: Map<string, string>) => [...map].sort(([a], [b]) => a.localeCompare(b));

beforeAll(resetStorage);

describe('a mirror polling /v1/changes from its saved cursor', () => {
  it('receives every change exactly once, in order, and ends up showing what the public API lists', async () => {
    // One newsroom across runs (no reset in between, which would cut off the cache writes in
    // flight); each run's mirror starts from scratch, so it also replays everything before it.
    const newsroom = new Newsroom();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 24 }), async (ops) => {
        const mirror = new Mirror();
        await mirror.catchUp(1000);
        expect(mirror.received).toEqual(newsroom.expected);
        for (const step of ops) {
          if (step.kind !== 'poll') {
            await newsroom.apply(step);
            continue;
          }
          const caughtUp = await mirror.poll(step.limit);
          expect(mirror.received).toEqual(newsroom.expected.slice(0, mirror.received.length));
          if (caughtUp) expect(sorted(mirror.shown)).toEqual(sorted(await publicArticles()));
        }
        await mirror.catchUp(3);
        expect(mirror.received).toEqual(newsroom.expected);
        expect(sorted(mirror.shown)).toEqual(sorted(await publicArticles()));
        expect(sorted(mirror.shown)).toEqual(sorted(new Map(newsroom.live.filter((a) => a.status === 'published').map((a) => [a.id, a.slug]))));
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
