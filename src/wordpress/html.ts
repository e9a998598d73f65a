/**
 * A WordPress post's content as Byline body markup, before Byline's sanitizer (which then keeps
 * only its allowlist): block comments go, shortcodes become figures and links, embeds (iframes,
 * video, audio, a URL alone on its line) become links to their source, tables and definition lists
 * become paragraphs, and classic-editor text gets the paragraphs wpautop would give it. Nothing
 * here drops text: what the sanitizer would drop with its content (iframes, buttons…) is turned
 * into something it keeps first.
 */
import { escapeHtml } from '../embed/html';
import { wpautop } from './autop';
import { type GallerySource, replaceShortcodes } from './shortcodes';
import { decodeWordPressEntities } from './text';

export type { GallerySource, WordPressAttachment } from './shortcodes';

/** Converts WordPress post content (raw or rendered) to HTML for Byline's sanitizer. */
export function wordpressToHtml(content: string, gallery: GallerySource = {}): string {
  let html = content.replace(/\r\n?/g, '\n');
  // Block delimiters, <!--more-->, <!--nextpage--> and every other comment: no visible text.
  html = html.replace(/<!--[\s\S]*?-->/g, '');
  html = replaceShortcodes(html, gallery);
  html = embedsAsLinks(html);
  html = flattenTables(html);
  html = wpautop(html);
  html = preformatted(html);
  return decodeWordPressEntities(html);
}

const URL_ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attribute(tag: string, name: string): string | null {
  const match = URL_ATTRIBUTE(name).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

function linkTo(url: string | null): string {
  if (!url || !/^(?:https?:)?\/\//i.test(url.trim())) return '';
  const href = url.trim().startsWith('//') ? `https:${url.trim()}` : url.trim();
  const safe = escapeHtml(href.replace(/&amp;/g, '&'));
  return `<a href="${safe}">${safe}</a>`;
}

/** iframes, video, audio, object and embed keep no text: each becomes a link to what it showed. */
function embedsAsLinks(html: string): string {
  return (
    html
      // WordPress's autoembed: a URL alone on its line (classic editor, or an embed block's wrapper).
      .replace(/^([ \t]*)(https?:\/\/[^\s<>"]+)([ \t]*)$/gim, (_match, before: string, url: string, after: string) => `${before}${linkTo(url)}${after}`)
      .replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>|<iframe\b[^>]*\/?>/gi, (tag) => `<p>${linkTo(attribute(tag, 'src'))}</p>`)
      .replace(/<(video|audio)\b([^>]*)>([\s\S]*?)<\/\1>/gi, (_tag, _name, attributes: string, inner: string) => {
        const source = attribute(attributes, 'src') ?? attribute(/<source\b[^>]*>/i.exec(inner)?.[0] ?? '', 'src');
        // Fallback text between the tags ("Your browser does not support…") is shown by old browsers only.
        return `<p>${linkTo(source)}</p>`;
      })
      .replace(/<object\b([^>]*)>[\s\S]*?<\/object>/gi, (_tag, attributes: string) => `<p>${linkTo(attribute(attributes, 'data'))}</p>`)
      .replace(/<embed\b[^>]*>/gi, (tag) => `<p>${linkTo(attribute(tag, 'src'))}</p>`)
      // The sanitizer drops a button with its label; WordPress themes render block buttons as links already.
      .replace(/<\/?button\b[^>]*>/gi, ' ')
  );
}

/** Rows become paragraphs, cells words apart within them: the sanitizer keeps no tables. */
function flattenTables(html: string): string {
  return html
    .replace(/<tr\b[^>]*>/gi, '<p>')
    .replace(/<\/tr>/gi, '</p>')
    .replace(/<\/?t[dh]\b[^>]*>/gi, ' ')
    .replace(/<caption\b[^>]*>/gi, '<p>')
    .replace(/<\/caption>/gi, '</p>')
    .replace(/<\/?(?:table|thead|tbody|tfoot|colgroup)\b[^>]*>|<col\b[^>]*>/gi, '\n')
    .replace(/<dt\b[^>]*>/gi, '<p><strong>')
    .replace(/<\/dt>/gi, '</strong></p>')
    .replace(/<dd\b[^>]*>/gi, '<p>')
    .replace(/<\/dd>/gi, '</p>')
    .replace(/<\/?dl\b[^>]*>/gi, '\n');
}

/** `<pre>` keeps its line breaks as `<br>` inside a paragraph: the sanitizer keeps no `<pre>`. */
function preformatted(html: string): string {
  return html.replace(/<pre\b[^>]*>([\s\S]*?)<\/pre>/gi, (_match, inner: string) => `<p>${inner.replace(/^\n/, '').replace(/\n/g, '<br>')}</p>`);
}
