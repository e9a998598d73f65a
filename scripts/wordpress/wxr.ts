/**
 * Reads a WordPress export (WXR 1.0, 1.1 or 1.2) into the posts Byline imports. The XML parser is
 * saxes: strict (a malformed file is an error with its line and column, never a guess) and it
 * never resolves an external entity nor expands a DTD-declared one. We refuse any DOCTYPE outright:
 * WordPress never writes one, and a DTD is how XXE and entity-expansion ("billion laughs") attacks
 * are carried. Pure code, no Node API: it runs in Node (the CLI) and in workerd (the tests).
 */
import { SaxesParser } from 'saxes';
import type { WordPressPostInput } from '../../src/schemas/wordpress';
import { gmtFromWordPress, postAttachments } from './wxr-items';

/** A WXR file that cannot be read: `line` and `column` say where. */
export class WxrError extends Error {
  override readonly name = 'WxrError';
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

/** One `<item>` as read, before it is known to be a post or an attachment. */
export interface WxrItem {
  fields: Map<string, string>;
  categories: { domain: string; slug: string; name: string }[];
  meta: [key: string, value: string][];
}

/** What an export holds that Byline imports, and what it passed over (pages, menus…). */
export interface WxrExport {
  version: string | null;
  site: string;
  posts: WordPressPostInput[];
  skipped: { id: number; type: string; title: string }[];
}

/** Which namespace a WXR element is in: WordPress's own URIs change with the WXR version. */
function prefixOf(uri: string): string {
  if (/wordpress\.org\/export\/1\.\d+\/excerpt\/?$/.test(uri)) return 'excerpt:';
  if (/wordpress\.org\/export\/1\.\d+\/?$/.test(uri)) return 'wp:';
  if (uri === 'http://purl.org/rss/1.0/modules/content/') return 'content:';
  if (uri === 'http://purl.org/dc/elements/1.1/') return 'dc:';
  return uri ? `{${uri}}` : '';
}

/** Parses a whole WXR document; throws WxrError for a malformed or hostile one. */
export function readWxr(xml: string): WxrExport {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: string[] = [];
  const channel = new Map<string, string>();
  const terms = new Map<string, string>(); // category term_id → nicename, for Yoast's primary category
  const items: WxrItem[] = [];
  let item: WxrItem | null = null;
  const authors = new Map<string, string>(); // login → display name
  let term: Map<string, string> | null = null;
  let text = '';
  let category: { domain: string; slug: string } | null = null;
  let metaKey = '';

  const fail = (message: string): never => {
    throw new WxrError(message, parser.line, parser.column);
  };
  parser.on('doctype', () => fail('the file declares a DOCTYPE; a WordPress export has none, and a DTD is how external-entity and entity-expansion attacks are carried, so it is refused.'));
  parser.on('error', (error) => {
    throw error instanceof WxrError ? error : new WxrError(error.message.replace(/^[^:]*:\d+:\d+: /, ''), parser.line, parser.column);
  });
  parser.on('opentag', (tag) => {
    const name = prefixOf(tag.uri) + tag.local;
    stack.push(name);
    text = '';
    if (name === 'item' && stack.length === 3) item = { fields: new Map(), categories: [], meta: [] };
    if ((name === 'wp:category' || name === 'wp:author') && stack.length === 3) term = new Map();
    if (name === 'category' && item) {
      const attributes = tag.attributes as Record<string, { value: string }>;
      category = { domain: attributes.domain?.value ?? 'category', slug: attributes.nicename?.value ?? '' };
    }
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('cdata', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', () => {
    const name = stack.pop()!;
    const depth = stack.length;
    if (item) {
      if (name === 'item') {
        items.push(item);
        item = null;
      } else if (name === 'category' && category) {
        item.categories.push({ ...category, name: text.trim() });
        category = null;
      } else if (stack.at(-1) === 'wp:postmeta') {
        // Comments carry meta of their own (wp:commentmeta): only the post's counts.
        if (name === 'wp:meta_key') metaKey = text.trim();
        if (name === 'wp:meta_value') item.meta.push([metaKey, text]);
      }
      else if (depth === 3) item.fields.set(name, text);
    } else if (term) {
      if (name === 'wp:category') {
        if (term.get('wp:term_id')) terms.set(term.get('wp:term_id')!, term.get('wp:category_nicename') ?? '');
        term = null;
      } else if (name === 'wp:author') {
        if (term.get('wp:author_login')) authors.set(term.get('wp:author_login')!, term.get('wp:author_display_name') || term.get('wp:author_login')!);
        term = null;
      } else term.set(name, text.trim());
    } else if (depth === 2) channel.set(name, text.trim());
    text = '';
  });
  parser.write(xml).close();
  if (!channel.has('title') && items.length === 0) throw new WxrError('no <rss><channel> with items: this is not a WordPress export.', parser.line, parser.column);
  return toExport(channel, { terms, authors }, items);
}

function toExport(channel: Map<string, string>, { terms, authors }: { terms: Map<string, string>; authors: Map<string, string> }, items: WxrItem[]): WxrExport {
  const site = (channel.get('wp:base_blog_url') || channel.get('link') || 'https://wordpress.invalid').replace(/\/+$/, '');
  const attachments = items.filter((entry) => entry.fields.get('wp:post_type') === 'attachment');
  const posts: WordPressPostInput[] = [];
  const skipped: WxrExport['skipped'] = [];
  for (const entry of items) {
    const f = (name: string) => entry.fields.get(name) ?? '';
    const id = Number(f('wp:post_id'));
    const type = f('wp:post_type') || 'post';
    if (type === 'attachment') continue;
    if (type !== 'post' || !Number.isInteger(id) || id <= 0) {
      skipped.push({ id, type, title: f('title') });
      continue;
    }
    const status = f('wp:status');
    const categories = entry.categories.filter((c) => c.domain === 'category').map((c) => ({ slug: c.slug || c.name, name: c.name }));
    const meta = (key: string) => entry.meta.filter(([name]) => name === key).map(([, value]) => value.trim());
    const primaryId = meta('_yoast_wpseo_primary_category')[0];
    const login = f('dc:creator').trim();
    posts.push({
      site,
      id,
      status: (['publish', 'draft', 'pending', 'future', 'private', 'trash'].includes(status) ? status : 'draft') as WordPressPostInput['status'],
      title: f('title'),
      content: f('content:encoded'),
      excerpt: f('excerpt:encoded') || null,
      slug: f('wp:post_name') || null,
      link: /^https?:\/\//.test(f('link')) ? f('link') : null,
      date_gmt: gmtFromWordPress(f('wp:post_date_gmt')),
      modified_gmt: gmtFromWordPress(f('wp:post_modified_gmt')),
      author: login ? { slug: login, name: authors.get(login) ?? login } : null,
      categories,
      primary_category: primaryId ? (terms.get(primaryId) ?? null) : null,
      tags: entry.categories.filter((c) => c.domain === 'post_tag').map((c) => ({ slug: c.slug || c.name, name: c.name })),
      old_slugs: meta('_wp_old_slug').filter(Boolean),
      ...postAttachments(entry, attachments, id),
    });
  }
  return { version: channel.get('wp:wxr_version') ?? null, site, posts, skipped };
}
