/** The oEmbed 1.0 provider's pieces: which article a URL names, and the `rich` answer for it. */
import type { Article } from '../content/article';
import { cardHeight } from './card-layout';
import { escapeHtml } from './html';
import { MAX_EMBED_HEIGHT } from './loader';

export const OEMBED_MAX_WIDTH = 720;
export const OEMBED_DEFAULT_WIDTH = 600;
export const OEMBED_CACHE_AGE_SECONDS = 3600;

/** A URL names an article by its slug (Byline's own API or card URL) or by its canonical URL. */
export type ArticleRef = { slug: string } | { url: string };

/** Reads which article `url` names; null when it cannot name one. */
export function articleRef(url: string, origin: string): ArticleRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.origin === origin) {
    const match = /^\/(?:v1\/articles|embed)\/([^/]+)\/?$/.exec(parsed.pathname);
    const slug = match ? decodedSegment(match[1]!) : null;
    return slug === null ? null : { slug };
  }
  return { url: `${parsed.origin}${parsed.pathname}` };
}

/** A path segment decoded; null for a malformed escape (`%`, `%ZZ`, a cut UTF-8 sequence), which names no slug. */
function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The iframe (and loader) that oEmbed consumers paste. */
export function embedHtml(article: Article, origin: string, width: number, height: number, key?: string): string {
  const title = escapeHtml(`${article.headline}`);
  const src = `${origin}/embed/${encodeURIComponent(article.slug)}${key ? `?key=${encodeURIComponent(key)}` : ''}`;
  return (
    `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${title}"` +
    ` loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"` +
    ` data-byline-embed="${escapeHtml(article.slug)}"></iframe><script async src="${origin}/embed.js"></script>`
  );
}

/** The `rich` oEmbed answer: `height` is the card's at `width` (as embed.js would clamp it), never above maxheight. */
export function oembedResponse(
  article: Article,
  options: { origin: string; siteName: string; siteUrl: string; maxwidth?: number; maxheight?: number; key?: string; imageVariants?: boolean },
) {
  const width = Math.min(options.maxwidth ?? OEMBED_DEFAULT_WIDTH, OEMBED_MAX_WIDTH);
  const height = Math.min(options.maxheight ?? MAX_EMBED_HEIGHT, cardHeight(article, width), MAX_EMBED_HEIGHT);
  const firstAuthor = article.authors[0];
  const image = article.image;
  const thumbnail =
    image && image.width && image.height
      ? (() => {
          // The 640 px variant only where /media makes variants; elsewhere `?w=640` is the original.
          const thumbWidth = options.imageVariants ? Math.min(image.width, 640) : image.width;
          return {
            thumbnail_url: thumbWidth < image.width ? `${image.url}?w=640` : image.url,
            thumbnail_width: thumbWidth,
            thumbnail_height: Math.round((image.height * thumbWidth) / image.width),
          };
        })()
      : {};
  return {
    version: '1.0' as const,
    type: 'rich' as const,
    title: article.headline,
    ...(firstAuthor
      ? {
          author_name: article.authors.map((author) => author.name).join(', '),
          author_url: `${options.origin}/v1/articles?author=${encodeURIComponent(firstAuthor.slug)}`,
        }
      : {}),
    provider_name: options.siteName,
    provider_url: options.siteUrl,
    cache_age: OEMBED_CACHE_AGE_SECONDS,
    html: embedHtml(article, options.origin, width, height, options.key),
    width,
    height,
    ...thumbnail,
  };
}
