/**
 * The article body sanitizer: an allowlist applied with workerd's HTMLRewriter (lol-html).
 *
 * HTMLRewriter serves only as the HTML5 tokenizer here. Its own output is discarded and the result
 * is serialized from the tokens we accept, because lol-html copies everything it does not report
 * through unchanged: end tags with no matching start tag, attributes and all
 * (`</a href="javascript:…">`), and incomplete tags at end of input. Building the output ourselves
 * makes it canonical: lower-case allowed tags, double-quoted attributes we wrote, text with `<` and
 * `>` escaped. So no markup can be smuggled through, and a second run changes nothing.
 */

const ALLOWED = new Set(['p', 'h2', 'h3', 'h4', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'br']);
/** Allowed elements that never have an end tag: asking for one throws, and a throw costs ~45 µs. */
const VOID = new Set(['img', 'br']);

/**
 * The most `<` a body may have: each tag costs a call from the tokenizer into JavaScript of
 * 10–100 µs, and so does each `<` in text, which splits it in two. This bounds the CPU time of
 * one write (about 2 s at worst); real articles have a few hundred tags.
 */
export const MAX_TAGS = 40_000;

/** Old or out-of-range names mapped onto allowed ones; everything else unknown is unwrapped. */
const RENAMED = new Map([['b', 'strong'], ['i', 'em'], ['h1', 'h2'], ['h5', 'h4'], ['h6', 'h4']]);

/** Dropped with everything inside: active content, foreign content, forms, and every element
 * the tokenizer reads as raw text. (`head` is left to its children: its end tag is often implied,
 * and a drop that never sees an end tag runs to the end of the body.) */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'svg', 'math',
  'template', 'noscript', 'noembed', 'noframes', 'textarea', 'select', 'option', 'optgroup', 'datalist',
  'selectedcontent', 'button', 'input', 'keygen', 'isindex', 'form', 'title', 'xmp', 'plaintext', 'link',
  'meta', 'base', 'audio', 'video', 'source', 'track', 'canvas', 'dialog', 'portal', 'xml',
  'fencedframe', 'bgsound',
]);

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const LINK_REL = 'noopener noreferrer nofollow';
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const MEDIA_PREFIX = '/media/';
const PLACEHOLDER_ORIGIN = 'https://invalid.invalid';

/** Named references that matter to a URL's scheme, host or structure, plus the common basics. */
const NAMED_REFERENCES = new Map(Object.entries({
  Tab: '\t', NewLine: '\n', colon: ':', sol: '/', bsol: '\\', period: '.', semi: ';', comma: ',',
  lpar: '(', rpar: ')', excl: '!', quest: '?', num: '#', percnt: '%', equals: '=', plus: '+',
  commat: '@', lowbar: '_', grave: '`', Hat: '^', ast: '*', dollar: '$', verbar: '|', vert: '|',
  lsqb: '[', lbrack: '[', rsqb: ']', rbrack: ']', lcub: '{', lbrace: '{', rcub: '}', rbrace: '}',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
})); // a Map, so `&constructor;` finds nothing
/** The only ones here that browsers also decode without a trailing `;`. */
const LEGACY_REFERENCES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

interface Serializer {
  readonly out: string[];
  /** True inside an element dropped with its content, until that element's end tag. */
  skipping: boolean;
}

// lol-html keeps every open element on a stack within a fixed memory budget: thousands left
// unclosed (`<p>` × 40,000, `<em>x` × 20,000) exhaust it.
const TOO_DEEP = 'body_html nests too deeply or leaves too many elements open to parse; close your tags, or split the article.';
const AMBIGUOUS = 'body_html cannot be parsed safely: raw-text markup (such as <style> or <script>) inside <select> or after <frameset> reads differently in different browsers; remove it.';

/** Thrown for markup the tokenizer refuses to read, e.g. `<style>` inside `<select>`: reject the body. */
export class HtmlSanitizeError extends Error {
  override readonly name = 'HtmlSanitizeError';
}

/** Sanitizes an article body to the allowlisted subset of HTML; idempotent. Throws HtmlSanitizeError. */
export async function sanitizeHtml(html: string): Promise<string> {
  if (countTags(html) > MAX_TAGS) throw new HtmlSanitizeError(`body_html has more than ${MAX_TAGS.toLocaleString('en')} tags (counting every <); split the article.`);
  const state: Serializer = { out: [], skipping: false };
  const rewriter = new HTMLRewriter()
    .on('*', { element: (element) => acceptElement(element, state) })
    .onDocument({ text: (text) => acceptText(text, state) });
  try {
    // Comments, doctypes and stray end tags reach no handler, so they are never emitted.
    await rewriter.transform(new Response(html)).arrayBuffer();
  } catch (error) {
    // lol-html bails out where a streaming parser cannot know how a browser would read what
    // follows (raw-text tags inside <select> or <frameset>); guessing would be the XSS.
    // Our words, not the parser's: its messages name its internals ("Parser error: …").
    const message = error instanceof Error ? error.message : String(error);
    throw new HtmlSanitizeError(/memory limit/i.test(message) ? TOO_DEEP : AMBIGUOUS, { cause: error });
  }
  return state.out.join('');
}

/** Counts the `<` in `html`, stopping once past the limit. */
function countTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1 && count <= MAX_TAGS; at = html.indexOf('<', at + 1)) count++;
  return count;
}

function acceptText(text: Text, state: Serializer): void {
  if (!state.skipping) state.out.push(escapeText(text.text));
}

function acceptElement(element: Element, state: Serializer): void {
  if (state.skipping) return;
  const name = element.tagName;
  if (DROPPED.has(name)) {
    // A void or self-closed element has no content to skip.
    state.skipping = whenEnded(element, () => (state.skipping = false));
    return;
  }
  const tag = RENAMED.get(name) ?? name;
  if (!ALLOWED.has(tag) || element.namespaceURI !== HTML_NAMESPACE) return; // unwrapped: its text still flows
  const start = startTag(tag, element);
  if (start === null) return;
  state.out.push(start);
  if (!VOID.has(tag)) whenEnded(element, () => state.out.push(`</${tag}>`));
}

/** Runs `then` at the element's end tag; false when it has none (onEndTag throws for those). */
function whenEnded(element: Element, then: () => void): boolean {
  try {
    element.onEndTag(then);
    return true;
  } catch {
    return false;
  }
}

/** The start tag as we write it, or null when the element must go (an image with no safe src). */
function startTag(tag: string, element: Element): string | null {
  if (tag === 'a') {
    const href = safeLinkUrl(element.getAttribute('href'));
    return href === null ? `<a rel="${LINK_REL}">` : `<a href="${escapeAttribute(href)}" rel="${LINK_REL}">`;
  }
  if (tag === 'img') {
    const src = safeImageUrl(element.getAttribute('src'));
    // getAttribute gives the raw source text, references undecoded: keep them, escape delimiters.
    const alt = escapeText(element.getAttribute('alt') ?? '').replace(/"/g, '&quot;');
    return src === null ? null : `<img src="${escapeAttribute(src)}" alt="${alt}">`;
  }
  return `<${tag}>`;
}

/** An absolute http, https or mailto URL, normalized; null for anything else, relative ones too. */
function safeLinkUrl(raw: string | null): string | null {
  if (raw === null) return null;
  const url = URL.parse(cleanUrl(raw));
  return url !== null && LINK_PROTOCOLS.has(url.protocol) ? withoutCredentials(url) : null;
}

/** An absolute http(s) URL or a same-origin `/media/…` path, normalized; null otherwise. */
function safeImageUrl(raw: string | null): string | null {
  if (raw === null) return null;
  const value = cleanUrl(raw);
  if (value.startsWith(MEDIA_PREFIX)) {
    // Resolving folds `..`, `%2e%2e` and backslashes, so the path cannot climb out of /media/.
    const url = URL.parse(value, PLACEHOLDER_ORIGIN);
    const path = url === null ? '' : url.pathname + url.search + url.hash;
    return url?.origin === PLACEHOLDER_ORIGIN && path.startsWith(MEDIA_PREFIX) ? path : null;
  }
  const url = URL.parse(value);
  return url !== null && IMAGE_PROTOCOLS.has(url.protocol) ? withoutCredentials(url) : null;
}

/** What the browser would see: references decoded, control characters gone, ends trimmed. */
function cleanUrl(raw: string): string {
  return decodeReferences(raw)
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^ +| +$/g, '');
}

/** `https://bank.example@evil.example/` reads as the bank; userinfo has no place in an article. */
function withoutCredentials(url: URL): string {
  url.username = '';
  url.password = '';
  return url.href;
}

/** Decodes numeric references (with or without `;`) and the named ones above, in one pass. */
function decodeReferences(raw: string): string {
  return raw.replace(
    /&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|([A-Za-z][A-Za-z0-9]*))(;?)(=?)/g,
    (match, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string, equals: string) => {
      if (hex !== undefined || dec !== undefined) return fromCodePoint(hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10)) + equals;
      const decoded = NAMED_REFERENCES.get(name!);
      if (decoded === undefined) return match;
      // Like browsers in attributes: `&amp=` without `;` is left alone.
      if (semi === '' && (!LEGACY_REFERENCES.has(name!) || equals === '=')) return match;
      return decoded + equals;
    },
  );
}

function fromCodePoint(code: number): string {
  const invalid = !Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? '\ufffd' : String.fromCodePoint(code);
}

/** Escapes text that stays in its raw source form: references untouched, delimiters escaped. */
function escapeText(raw: string): string {
  return raw.replace(/\u0000/g, '').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a decoded value for a double-quoted attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
