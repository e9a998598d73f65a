/**
 * The promise every article write keeps however many run at once: the history is whole. Routes
 * that write articles run `concurrentWrites` with their own write, so a new write route
 * inherits the proof.
 */
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { ArticleLinks, ArticleRecord } from '../../../src/db/article-writes';
import { changeFor, recordFromRow } from '../../../src/content/article-commit';
import { findArticleById } from '../../../src/db/articles';

/** How many writes the concurrency properties send at once. */
export const CONCURRENCY = 20;

/** One saved version: the full stored state its write left. */
export interface SavedVersion {
  version: number;
  action: string;
  article: ArticleRecord & ArticleLinks;
}

/** Sends `write(i)` for every i below `n` at once and waits for every answer. */
export function atOnce<T>(n: number, write: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => write(i)));
}

/**
 * Checks that an article's history is whole and returns it oldest first: its revisions are
 * versions 1…N with no gap or repeat, each snapshot carrying its own version; the article row
 * is the newest snapshot exactly; and the change feed holds one row for each version whose write
 * changed what the public sees (no gap, no extra), in version order.
 */
export async function expectHistoryIntact(articleId: string): Promise<SavedVersion[]> {
  const { results: revisions } = await env.DB.prepare('SELECT version, action, snapshot FROM revisions WHERE article_id = ?1 ORDER BY id')
    .bind(articleId)
    .all<{ version: number; action: string; snapshot: string }>();
  const history = revisions.map((r) => ({ version: r.version, action: r.action, article: JSON.parse(r.snapshot) as SavedVersion['article'] }));
  expect(history.map((saved) => saved.version)).toEqual(history.map((_, index) => index + 1));
  for (const saved of history) expect(saved.article.version).toBe(saved.version);

  const row = await findArticleById(env.DB, articleId);
  const { record, links } = recordFromRow(row!);
  expect({ ...record, ...links }).toEqual(history.at(-1)!.article);

  const { results: changes } = await env.DB.prepare('SELECT change, event, version, slug FROM changes WHERE article_id = ?1 ORDER BY id')
    .bind(articleId)
    .all<{ change: string; event: string; version: number; slug: string }>();
  const expected = history.flatMap((saved, index) => {
    const change = changeFor(history[index - 1]?.article ?? null, saved.article);
    return change ? [{ ...change, version: saved.version, slug: saved.article.slug }] : [];
  });
  expect(changes).toEqual(expected);
  return history;
}

/** The property: `n` writes to one article at once, then its history checked whole. */
export async function concurrentWrites(
  articleId: string,
  write: (i: number) => Promise<Response>,
  n = CONCURRENCY,
): Promise<{ statuses: number[]; history: SavedVersion[] }> {
  const answers = await atOnce(n, write);
  const statuses = answers.map((res) => res.status);
  await Promise.all(answers.map((res) => res.body?.cancel()));
  return { statuses, history: await expectHistoryIntact(articleId) };
}

/** How many times each status occurs, for readable assertions: `{ 200: 1, 409: 19 }`. */
export function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
