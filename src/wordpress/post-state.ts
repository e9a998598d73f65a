/**
 * How a WordPress post's status and taxonomies map onto a Byline article: publish → published
 * (at the post's own date), future → scheduled (or published once its date has passed),
 * draft, pending and private → draft; a post moved to the trash or back to draft after Byline
 * published it is withdrawn. The primary category (Yoast's, else the first) is the section; the
 * other categories and the tags are tags.
 */
import type { ArticleLinks, ArticleRecord, TermInput } from '../db/article-writes';
import type { WordPressPost } from '../schemas/wordpress';
import { slugify } from '../content/slug';
import { plainText } from './text';

type State = Pick<ArticleRecord, 'status' | 'published_at' | 'publish_at' | 'withdrawn_reason'>;

export const WITHDRAWN_TRASHED = 'Moved to the trash in WordPress.';
export const WITHDRAWN_UNPUBLISHED = 'Unpublished in WordPress.';

/** The article's next workflow state, or null for a trashed post Byline never had. */
export function nextState(post: WordPressPost, before: ArticleRecord | null, at: string): State | null {
  const date = post.date_gmt;
  const wasSeen = before !== null && (before.status === 'published' || before.status === 'withdrawn');
  if (post.status === 'publish' || (post.status === 'future' && (!date || date <= at))) {
    return { status: 'published', published_at: date ?? before?.published_at ?? at, publish_at: null, withdrawn_reason: null };
  }
  if (post.status === 'future' && !wasSeen) return { status: 'scheduled', published_at: null, publish_at: date, withdrawn_reason: null };
  if (post.status === 'trash' && before === null) return null;
  if (wasSeen) {
    // Partners' mirrors must hear of it: a public article goes to 410, never silently to a draft.
    const reason = before.status === 'withdrawn' ? before.withdrawn_reason : post.status === 'trash' ? WITHDRAWN_TRASHED : WITHDRAWN_UNPUBLISHED;
    return { status: 'withdrawn', published_at: before.published_at, publish_at: null, withdrawn_reason: reason };
  }
  return { status: 'draft', published_at: null, publish_at: null, withdrawn_reason: null };
}

function term(raw: { slug: string; name: string }): TermInput | null {
  const name = plainText(raw.name).slice(0, 100) || raw.slug;
  let decoded = raw.slug;
  try {
    decoded = decodeURIComponent(raw.slug);
  } catch {}
  const slug = slugify(decoded) || slugify(name);
  return slug ? { slug, name: name || slug } : null;
}

const unique = (terms: (TermInput | null)[]) => [...new Map(terms.filter((t): t is TermInput => t !== null).map((t) => [t.slug, t])).values()];

/** The section and the links (authors, tags) a post's taxonomies give. */
export function articleTerms(post: WordPressPost): { section: TermInput | null; links: ArticleLinks } {
  const categories = unique(post.categories.map(term));
  const primarySlug = post.primary_category ? term({ slug: post.primary_category, name: post.primary_category })?.slug : undefined;
  const section = categories.find((category) => category.slug === primarySlug) ?? categories[0] ?? null;
  const tags = unique([...categories.filter((category) => category !== section), ...post.tags.map(term)]).slice(0, 50);
  const author = post.author ? term(post.author) : null;
  return { section, links: { authors: author ? [author] : [], tags } };
}
