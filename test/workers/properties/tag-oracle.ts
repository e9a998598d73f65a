/**
 * The oracle of tag-writes.test.ts: the articles as their own rows say (never the links' copy of
 * published_at nor the list's plans), the lists and term counts they must give, walked at every
 * page size, and the bookkeeping (statuses seen, histories) every batch is checked against.
 */
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { knownUrls, memoryTier } from '../../../src/middleware/cache';
import { forgetGeneration } from '../../../src/storage/generation';
import { call, expectJson } from '../helpers/admin';
import { expectHistoryIntact, tally } from './concurrency';
import { walk } from './paging';

export const SIZES = [1, 2, 3, 7, 50];
export const TAGS = ['Kenya', 'Haiti', 'Elections', 'Climate', 'Football'];
export const AUTHORS = ['ana', 'ben', 'cy'];
export const SECTIONS = ['world', 'sport'];
export const DUE = '2027-06-01T00:00:00Z';
export const LAST = '9999-12-31T23:59:59Z';
export const FIRST = '0000-01-01T00:00:00Z';
export const body = '<p>Filed.</p>';

/** An article as its own row says, with its links by slug. */
interface Stored {
  id: string;
  version: number;
  status: string;
  published_at: string | null;
  publish_at: string | null;
  deleted_at: string | null;
  embargoed_until: string | null;
  section: string | null;
  tags: string[];
  authors: string[];
}

const statuses: number[] = [];

/** Calls the Worker and keeps the status, so that every test can refuse a 5xx it caused. */
export async function send(path: string, options: Parameters<typeof call>[1] = {}): Promise<Response> {
  const res = await call(path, options);
  statuses.push(res.status);
  return res;
}

/** Creates an article (201) as the root key; returns it as the admin API answers. */
export async function create(fields: Record<string, unknown>): Promise<any> {
  return (await expectJson(await send('/v1/admin/articles', { method: 'POST', body: { body_html: body, ...fields } }), 201)).data;
}

export const slugsOf = (terms: { slug: string }[]) => terms.map((term) => term.slug);

export async function stored(): Promise<Stored[]> {
  const { results } = await env.DB.prepare(
    `SELECT a.id, a.version, a.status, a.published_at, a.publish_at, a.deleted_at, a.embargoed_until, s.slug AS section,
       (SELECT json_group_array(x.slug) FROM (SELECT t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id
         WHERE at.article_id = a.id ORDER BY at.position) x) AS tags,
       (SELECT json_group_array(x.slug) FROM (SELECT au.slug FROM article_authors aa JOIN authors au ON au.id = aa.author_id
         WHERE aa.article_id = a.id ORDER BY aa.position) x) AS authors
     FROM articles a LEFT JOIN sections s ON s.id = a.section_id`,
  ).all<Omit<Stored, 'tags' | 'authors'> & { tags: string; authors: string }>();
  return results.map((row) => ({ ...row, tags: JSON.parse(row.tags), authors: JSON.parse(row.authors) }));
}

export const isPublic = (a: Stored) => a.status === 'published' && a.deleted_at === null && a.embargoed_until === null;
const newestFirst = (x: Stored, y: Stored) =>
  x.published_at === y.published_at ? (x.id < y.id ? 1 : -1) : x.published_at! < y.published_at! ? 1 : -1;

export interface Filter {
  tags: string[];
  author?: string;
  section?: string;
}

function queryOf(filter: Filter): string {
  const parts = filter.tags.map((tag) => `tag=${encodeURIComponent(tag)}`);
  if (filter.author) parts.push(`author=${filter.author}`);
  if (filter.section) parts.push(`section=${filter.section}`);
  return `/v1/articles?${parts.join('&')}&fields=id`;
}

/** The ids `filter` must list, newest first. */
export function expectedIds(articles: Stored[], filter: Filter): string[] {
  return articles
    .filter((a) => isPublic(a) && filter.tags.every((tag) => a.tags.includes(tag)))
    .filter((a) => (!filter.author || a.authors.includes(filter.author)) && (!filter.section || a.section === filter.section))
    .sort(newestFirst)
    .map((a) => a.id);
}

/** Walks `filter`'s list at every page size and expects exactly `expected`, in that order. */
export async function expectListExact(filter: Filter, expected: string[]): Promise<void> {
  const path = queryOf(filter);
  for (const limit of SIZES) {
    const { items, pages } = await walk<{ id: string }>({ path }, [limit]);
    expect(items.map((item) => item.id), `${path} at limit ${limit}`).toEqual(expected);
    expect(pages, `${path} at limit ${limit}: pages`).toBeLessThanOrEqual(Math.floor(expected.length / limit) + 1);
  }
}

/**
 * Every tag's list, and for the `focus` terms every pair of tags, tag and author, tag and
 * section, and tag, tag and author; then the term lists' counts. Returns how many lists.
 */
export async function expectListsExact(focus: { tags: string[]; authors?: string[]; sections?: string[] } = { tags: TAGS.map(slug) }): Promise<number> {
  const articles = await stored();
  const everyTag = [...new Set(articles.flatMap((a) => a.tags))].sort();
  const filters: Filter[] = everyTag.map((tag) => ({ tags: [tag] }));
  const authors = focus.authors ?? AUTHORS;
  for (const [i, tag] of focus.tags.entries()) {
    for (const other of focus.tags.slice(i + 1)) filters.push({ tags: [tag, other] }, { tags: [tag, other], author: authors[i % authors.length] });
    for (const author of authors) filters.push({ tags: [tag], author });
    for (const section of focus.sections ?? SECTIONS) filters.push({ tags: [tag], section });
  }
  // Lists in parallel, each walk in order: the reads race each other's cache entries too.
  await Promise.all(filters.map((filter) => expectListExact(filter, expectedIds(articles, filter))));
  await expectTermsExact(articles);
  return filters.length;
}

/** /v1/tags and /v1/authors list exactly the terms public articles carry, with their counts. */
async function expectTermsExact(articles: Stored[]): Promise<void> {
  for (const kind of ['tags', 'authors'] as const) {
    const counts = new Map<string, number>();
    for (const a of articles.filter(isPublic)) for (const term of a[kind]) counts.set(term, (counts.get(term) ?? 0) + 1);
    const expected = [...counts].sort(([x], [y]) => (x < y ? -1 : 1)).map(([term, count]) => `${term}:${count}`);
    for (const limit of [1, 7, 100]) {
      const { items } = await walk<{ slug: string; article_count: number }>({ path: `/v1/${kind}` }, [limit]);
      expect(items.map((term) => `${term.slug}:${term.article_count}`), `/v1/${kind} at limit ${limit}`).toEqual(expected);
    }
  }
}

export function slug(name: string): string {
  return name.toLowerCase();
}

/** After raw SQL: a new cache generation, as every API write makes, and this isolate's copies gone. */
export async function invalidateCaches(): Promise<void> {
  await env.DB.prepare('UPDATE cache_state SET generation = generation + 1 WHERE id = 1').run();
  forgetGeneration();
  memoryTier.clear();
  knownUrls.clear();
}

export function expectNoServerError(): void {
  expect(statuses.filter((status) => status >= 500), `statuses ${JSON.stringify(tally(statuses))}`).toEqual([]);
  statuses.length = 0;
}

/** Every change-feed row and revision of the article, to count what a write recorded. */
export async function recorded(id: string): Promise<{ changes: string[]; revisions: string[] }> {
  const changes = await env.DB.prepare('SELECT event FROM changes WHERE article_id = ?1 ORDER BY id').bind(id).all<{ event: string }>();
  const revisions = await env.DB.prepare('SELECT action, key_id FROM revisions WHERE article_id = ?1 ORDER BY id').bind(id).all<{ action: string; key_id: string }>();
  return { changes: changes.results.map((row) => row.event), revisions: revisions.results.map((row) => `${row.action}:${row.key_id}`) };
}

/** Articles raw SQL changed behind the API's back: their rows no longer match their last revision. */
export const editedRaw = new Set<string>();

export async function expectEveryHistoryIntact(): Promise<void> {
  for (const a of await stored()) if (!a.id.startsWith('art_raw') && !editedRaw.has(a.id)) await expectHistoryIntact(a.id);
}
