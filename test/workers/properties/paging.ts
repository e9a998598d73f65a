/**
 * The paging promise as one reusable check: every list gives the same items in the same order
 * at any `limit` (even one that changes from page to page), with no repeat and no gap. A list
 * route proves it by describing itself as a `PagedList` and calling `expectPagesExactly`.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { call, expectJson } from '../helpers/admin';

/** One list as the property sees it. */
export interface PagedList<T = any> {
  name: string;
  /** The path with its filters, without `limit` or `cursor`. */
  path: string;
  /** Sends the root key (admin lists). */
  admin?: boolean;
  /** Request headers, e.g. an `Accept` that asks for another representation of the list. */
  headers?: Record<string, string>;
  /** Sends this key instead (a partner's contract). */
  token?: string;
  /** What identifies an item (an id, a slug, `id@version`…). */
  key: (item: T) => string;
  /** Every item's key the walk must give, worked out from what the test wrote. */
  expected: string[];
  /** `expected` is in the documented order too, so the walk must equal it exactly. */
  exact?: boolean;
  /** The documented order between neighbours, when it is not total (e.g. newest first). */
  inOrder?: (before: T, after: T) => boolean;
}

/** Page sizes every list is walked at, beside those fast-check picks. */
export const PAGE_SIZES = [1, 3, 7, 100];

const MAX_PAGES = 500;

interface Page {
  data: unknown[];
  next_cursor: string | null;
  has_more?: boolean;
}

/**
 * Follows `next_cursor` from the first page to the last, the n-th page asked for with
 * `limits[n % limits.length]`. A list ends at a null `next_cursor`, or, for the change feed
 * (whose cursor is always there to poll with), at `has_more: false`.
 */
export async function walk<T>(list: Pick<PagedList<T>, 'path' | 'admin' | 'headers' | 'token'>, limits: number[]): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < MAX_PAGES; n++) {
    const limit = limits[n % limits.length]!;
    const separator = list.path.includes('?') ? '&' : '?';
    const url: string = `${list.path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: Page = await expectJson<Page>(await call(url, { token: list.token ?? (list.admin ? undefined : null), headers: list.headers }), 200);
    expect(page.data.length, `${url} gave more than limit`).toBeLessThanOrEqual(limit);
    items.push(...(page.data as T[]));
    if (page.next_cursor === null || page.has_more === false) return { items, pages: n + 1 };
    expect(page.data.length, `${url} gave an empty page with a next_cursor`).toBeGreaterThan(0);
    cursor = page.next_cursor;
  }
  throw new Error(`${list.path} did not end within ${MAX_PAGES} pages`);
}

function expectWalk<T>(list: PagedList<T>, items: T[], label: string, reference?: string[]): string[] {
  const keys = items.map(list.key);
  const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
  expect(repeated, `${list.name} ${label}: repeated items`).toEqual([]);
  expect([...keys].sort(), `${list.name} ${label}: not exactly the expected items`).toEqual([...list.expected].sort());
  if (list.exact) expect(keys, `${list.name} ${label}: not in the documented order`).toEqual(list.expected);
  if (list.inOrder) {
    const outOfOrder = items.slice(1).flatMap((item, i) => (list.inOrder!(items[i]!, item) ? [] : [[keys[i], keys[i + 1]]]));
    expect(outOfOrder, `${list.name} ${label}: neighbours out of the documented order`).toEqual([]);
  }
  if (reference) expect(keys, `${list.name} ${label}: another order than at limit ${PAGE_SIZES[0]}`).toEqual(reference);
  return keys;
}

/**
 * Walks `list` at each of PAGE_SIZES and at fast-check-chosen limit sequences, and expects
 * every walk to give exactly `list.expected`, without repeats, in one and the same order.
 */
export async function expectPagesExactly<T>(list: PagedList<T>, options: { runs?: number } = {}): Promise<void> {
  let reference: string[] | undefined;
  for (const limit of PAGE_SIZES) {
    const { items, pages } = await walk<T>(list, [limit]);
    reference = expectWalk(list, items, `at limit ${limit}`, reference);
    expect(pages, `${list.name} at limit ${limit}: pages`).toBeLessThanOrEqual(Math.floor(list.expected.length / limit) + 1);
  }
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 }), async (limits) => {
      const { items } = await walk<T>(list, limits);
      expectWalk(list, items, `at limits ${limits.join(',')}…`, reference);
    }),
    { numRuns: options.runs ?? 8 },
  );
}
