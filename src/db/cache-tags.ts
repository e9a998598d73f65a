/**
 * The edge cache's vocabulary (`Cache-Tag`): what a public answer shows and which lists it is,
 * and what a write makes stale, so that a purge drops exactly the answers a write changed.
 *
 * - `article:<id>` — every answer showing that article (its page, a list or feed it is in, its card).
 * - `section:<slug>`, `tag:<slug>`, `author:<slug>` — on an article's own answers: what it belongs to
 *   (for purging by hand; writes never purge these, which would drop every page of a section).
 * - `list:articles` — every article list, feed and sitemap whose membership any publish can change;
 *   `list:section:<slug>`, `list:tag:<slug>`, `list:author:<slug>` — lists filtered by one.
 * - `articles` — instead of the ids on an answer that shows too many to name them.
 * - `search` (full-text results, related articles), `changes` (the change feed), `sitemaps`,
 *   `feeds`, `embed`, and `sections`, `tags`, `authors` (the taxonomy lists and their counts).
 */
import type { ArticleLinks, ArticleRecord } from './article-writes';

export const articleTag = (id: string) => `article:${id}`;
/** Stands for every article on an answer that shows too many to name (a write of any purges it). */
export const ANY_ARTICLE_TAG = 'articles';

/** The tags of a list filtered by `filter`: its filters' own, or `list:articles` without any. */
export function listTags(filter: { section?: string; tags?: string[]; author?: string }): string[] {
  const tags = [
    ...(filter.section ? [`list:section:${filter.section}`] : []),
    ...(filter.tags ?? []).map((slug) => `list:tag:${slug}`),
    ...(filter.author ? [`list:author:${filter.author}`] : []),
  ];
  return tags.length > 0 ? tags : ['list:articles'];
}

/** The tags of an article's own answer: its id and what it belongs to. */
export function articleTags(row: { id: string; section_slug: string | null; tags_json: string; authors_json: string }): string[] {
  const slugs = (json: string) => (JSON.parse(json) as { slug: string | null }[]).flatMap((term) => (term.slug ? [term.slug] : []));
  return [
    articleTag(row.id),
    ...(row.section_slug ? [`section:${row.section_slug}`] : []),
    ...slugs(row.tags_json).map((slug) => `tag:${slug}`),
    ...slugs(row.authors_json).map((slug) => `author:${slug}`),
  ];
}

type Visible = Pick<ArticleRecord, 'status' | 'deleted_at' | 'published_at' | 'section'>;

const isPublic = (record: Visible | null) => record !== null && record.status === 'published' && !record.deleted_at;
const sameSlugs = (a: { slug: string }[], b: { slug: string }[]) => a.length === b.length && a.every((term, i) => term.slug === b[i]?.slug);

/**
 * What a write of an article that public reads see makes stale: the answers showing it, the
 * change feed, search and sitemaps always; and when the set of public articles or their order
 * changes (published, withdrawn, deleted, re-dated, moved between sections, tags or authors),
 * every list it was or is in, before and after, and the taxonomy counts.
 */
export function writeTags(before: Visible | null, beforeLinks: ArticleLinks | null, after: Visible & { id: string }, afterLinks: ArticleLinks): string[] {
  const tags = new Set([articleTag(after.id), ANY_ARTICLE_TAG, 'changes', 'search', 'sitemaps']);
  const unchanged =
    isPublic(before) &&
    isPublic(after) &&
    before!.published_at === after.published_at &&
    before!.section === after.section &&
    beforeLinks !== null &&
    sameSlugs(beforeLinks.tags, afterLinks.tags) &&
    sameSlugs(beforeLinks.authors, afterLinks.authors);
  if (unchanged || !(isPublic(before) || isPublic(after))) return [...tags];
  for (const tag of ['list:articles', 'sections', 'tags', 'authors']) tags.add(tag);
  for (const [record, links] of [[before, beforeLinks], [after, afterLinks]] as const) {
    if (!record) continue;
    for (const tag of listTags({ section: record.section ?? undefined, tags: links?.tags.map((t) => t.slug), author: undefined })) tags.add(tag);
    for (const author of links?.authors ?? []) tags.add(`list:author:${author.slug}`);
  }
  return [...tags];
}
