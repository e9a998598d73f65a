/**
 * Reading posts from a WordPress site's REST API (`/wp-json/wp/v2/posts`), page by page as
 * `X-WP-TotalPages` says, oldest change first, with `_embed` for authors, terms and featured images.
 * Used by the import CLI (`--url`) and by the Worker's live sync, so both read WordPress alike.
 * With an application password every status is asked for, the trash too; without one WordPress
 * shows published posts only.
 */
import type { WordPressPostInput } from '../schemas/wordpress';

export const REST_PAGE_SIZE = 50;
const STATUSES = 'publish,future,draft,pending,private,trash';

/** A page of posts, with the site's `modified` clock of each (what `modified_after` compares). */
export interface RestPage {
  posts: (WordPressPostInput & { modified: string | null })[];
  totalPages: number;
  total: number;
}

/** A WordPress answer we cannot use: its status and the start of its body. */
export class WordPressError extends Error {
  override readonly name = 'WordPressError';
}

/** The site's home URL from its REST root: `https://site.example/wp-json` → `https://site.example`. */
export function siteOf(restRoot: string): string {
  return restRoot.replace(/\/+$/, '').replace(/\/wp-json$/, '');
}

/** `user:application password` as a Basic Authorization header value. */
export function basicAuth(credentials: string): string {
  const bytes = new TextEncoder().encode(credentials);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** Fetches one page of posts modified after `modifiedAfter` (the site's local time), oldest change first. */
export async function fetchPostsPage(
  restRoot: string,
  options: { page: number; modifiedAfter?: string | null; credentials?: string | null; perPage?: number; fetcher?: typeof fetch },
): Promise<RestPage> {
  const url = new URL(`${restRoot.replace(/\/+$/, '')}/wp/v2/posts`);
  url.searchParams.set('page', String(options.page));
  url.searchParams.set('per_page', String(options.perPage ?? REST_PAGE_SIZE));
  url.searchParams.set('orderby', 'modified');
  url.searchParams.set('order', 'asc');
  url.searchParams.set('_embed', 'author,wp:term,wp:featuredmedia');
  if (options.modifiedAfter) url.searchParams.set('modified_after', options.modifiedAfter);
  if (options.credentials) url.searchParams.set('status', STATUSES);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.credentials) headers.Authorization = basicAuth(options.credentials);
  let res: Response;
  let body: string;
  try {
    res = await (options.fetcher ?? fetch)(url.toString(), { headers, signal: AbortSignal.timeout(30_000) });
    body = await res.text();
  } catch (error) {
    throw new WordPressError(`${url.origin}${url.pathname} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Past the last page WordPress answers 400 rest_post_invalid_page_number: an empty page.
  if (res.status === 400 && body.includes('rest_post_invalid_page_number')) return { posts: [], totalPages: options.page - 1, total: 0 };
  if (!res.ok) throw new WordPressError(`${url.origin}${url.pathname} answered ${res.status}: ${body.slice(0, 200)}`);
  let items: unknown;
  try {
    items = JSON.parse(body);
  } catch {
    throw new WordPressError(`${url.origin}${url.pathname} did not answer JSON: ${body.slice(0, 200)}`);
  }
  if (!Array.isArray(items)) throw new WordPressError(`${url.origin}${url.pathname} did not answer a list of posts.`);
  const site = siteOf(restRoot);
  return {
    posts: items.map((item) => restPost(site, item as RestItem)),
    totalPages: Number(res.headers.get('X-WP-TotalPages') ?? '1') || 1,
    total: Number(res.headers.get('X-WP-Total') ?? items.length) || items.length,
  };
}

interface RestTerm { taxonomy?: string; slug?: string; name?: string }
interface RestItem {
  id: number;
  status?: string;
  slug?: string;
  link?: string;
  date_gmt?: string | null;
  modified_gmt?: string | null;
  modified?: string | null;
  title?: { rendered?: string; raw?: string };
  content?: { rendered?: string };
  excerpt?: { raw?: string };
  _embedded?: {
    author?: { slug?: string; name?: string }[];
    'wp:term'?: RestTerm[][];
    'wp:featuredmedia'?: { source_url?: string; alt_text?: string; caption?: { rendered?: string } }[];
  };
}

const gmt = (value: string | null | undefined) => (value && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(value) ? `${value.slice(0, 19)}Z` : null);
const isHttp = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** One REST post as the importer's post: the rendered content (shortcodes already expanded by WordPress). */
export function restPost(site: string, item: RestItem): WordPressPostInput & { modified: string | null } {
  const terms = (item._embedded?.['wp:term'] ?? []).flat();
  const byTaxonomy = (taxonomy: string) =>
    terms.filter((t) => t.taxonomy === taxonomy && t.slug).map((t) => ({ slug: t.slug!, name: t.name ?? t.slug! }));
  const author = item._embedded?.author?.[0];
  const media = item._embedded?.['wp:featuredmedia']?.[0];
  const status = ['publish', 'draft', 'pending', 'future', 'private', 'trash'].includes(item.status ?? '') ? item.status : 'draft';
  return {
    site,
    id: item.id,
    status: status as WordPressPostInput['status'],
    title: item.title?.raw ?? item.title?.rendered ?? '',
    content: item.content?.rendered ?? '',
    excerpt: item.excerpt?.raw || null,
    slug: item.slug || null,
    link: isHttp(item.link) ? item.link : null,
    date_gmt: gmt(item.date_gmt),
    modified_gmt: gmt(item.modified_gmt),
    modified: item.modified ?? null,
    author: author?.slug ? { slug: author.slug, name: author.name ?? author.slug } : null,
    categories: byTaxonomy('category'),
    tags: byTaxonomy('post_tag'),
    featured_image: media && isHttp(media.source_url) ? { url: media.source_url, alt: media.alt_text ?? '', caption: media.caption?.rendered ?? null, credit: null } : null,
  };
}
