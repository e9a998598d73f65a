/**
 * WordPress core's shortcodes, turned into Byline markup: `[caption]` becomes a figure with its
 * figcaption, `[gallery]` a figure of the images it names, `[embed]`, `[audio]`, `[video]` a link to
 * their source, `[playlist]` goes. Brackets that name no shortcode WordPress knows stay as text,
 * as WordPress itself shows them.
 */
import { escapeHtml } from '../embed/html';

/** An image a gallery can show: a WordPress attachment. */
export interface WordPressAttachment {
  id: number;
  url: string;
  alt?: string | null;
  caption?: string | null;
}

/** The attachments a post's galleries may name: by id, and the post's own (for `[gallery]` with no ids). */
export interface GallerySource {
  byId?: ReadonlyMap<number, WordPressAttachment>;
  children?: readonly WordPressAttachment[];
}

const NAMES = 'caption|wp_caption|gallery|embed|audio|video|playlist';
// WordPress's get_shortcode_regex() for the names above: [[escaped]], [name attrs], [name attrs /]
// and [name attrs]content[/name].
const SHORTCODE = new RegExp(
  `\\[(\\[?)(${NAMES})(?![\\w-])([^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?)(?:(\\/)\\]|\\](?:([^\\[]*(?:\\[(?!\\/\\2\\])[^\\[]*)*)(\\[\\/\\2\\]))?)(\\]?)`,
  'g',
);
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)/g;

/** Replaces every core shortcode, and those nested in an enclosing one (a gallery in a caption). */
export function replaceShortcodes(content: string, gallery: GallerySource = {}): string {
  return content.replace(SHORTCODE, (match, open: string, name: string, rawAttributes: string, _selfClose, inner: string | undefined, _closing, close: string) => {
    // [[caption]] is how an author writes the shortcode itself as text.
    if (open === '[' && close === ']') return match.slice(1, -1);
    return open + render(name, parseAttributes(rawAttributes), replaceShortcodes(inner ?? '', gallery), gallery) + close;
  });
}

function parseAttributes(raw: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const m of raw.matchAll(ATTRIBUTE)) {
    if (m[1] !== undefined) named.set(m[1].toLowerCase(), m[2]!);
    else if (m[3] !== undefined) named.set(m[3].toLowerCase(), m[4]!);
    else if (m[5] !== undefined) named.set(m[5].toLowerCase(), m[6]!);
    else positional.push((m[7] ?? m[8] ?? m[9]!).replace(/\/$/, ''));
  }
  return { named, positional: positional.filter(Boolean) };
}

function render(name: string, attributes: ReturnType<typeof parseAttributes>, inner: string, gallery: GallerySource): string {
  const { named, positional } = attributes;
  if (name === 'caption' || name === 'wp_caption') return caption(inner, named.get('caption'));
  if (name === 'gallery') return galleryFigure(named.get('ids') ?? named.get('include'), gallery);
  if (name === 'playlist') return '';
  // [embed]URL[/embed], [audio src="…"], [video mp4="…"], [audio https://…]: a link to the source.
  const source =
    (name === 'embed' ? inner.trim() : '') ||
    named.get('src') ||
    ['mp4', 'm4v', 'webm', 'ogv', 'flv', 'mp3', 'ogg', 'wav', 'm4a', 'wma'].map((format) => named.get(format)).find(Boolean) ||
    positional.find((value) => /^https?:\/\//i.test(value));
  const link = source && /^https?:\/\//i.test(source) ? `<p><a href="${escapeHtml(source)}">${escapeHtml(source)}</a></p>` : '';
  return name === 'embed' ? link : `${link}${inner}`;
}

// The image markup a caption wraps: an <img>, maybe in a link.
const CAPTIONED_IMAGE = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i;

/** `[caption]<a><img></a> Text[/caption]` (or the older `caption="Text"`) as a figure. */
function caption(inner: string, attribute: string | undefined): string {
  const match = CAPTIONED_IMAGE.exec(inner);
  const image = match ? match[1]! : '';
  const text = (attribute ?? '') + (match ? match[2]! : inner);
  const figcaption = text.trim() ? `<figcaption>${text.trim()}</figcaption>` : '';
  return `<figure>${image}${figcaption}</figure>`;
}

/** `[gallery ids="1,2"]` (or the post's own attachments) as a figure of figures. */
function galleryFigure(ids: string | undefined, source: GallerySource): string {
  const images = ids
    ? ids
        .split(',')
        .map((id) => source.byId?.get(Number(id.trim())))
        .filter((image): image is WordPressAttachment => image !== undefined)
    : [...(source.children ?? [])];
  if (images.length === 0) return '';
  const items = images.map((image) => {
    const figcaption = image.caption?.trim() ? `<figcaption>${escapeHtml(image.caption.trim())}</figcaption>` : '';
    return `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt ?? '')}">${figcaption}</figure>`;
  });
  return `<figure>${items.join('')}</figure>`;
}
