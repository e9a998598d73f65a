/** Plain-text derivations of an article body: body_text, excerpt, word count, reading time. */

export const EXCERPT_MAX_LENGTH = 300;
export const WORDS_PER_MINUTE = 230;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** Decodes the character references that survive sanitizing: named basics and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? match;
  });
}

/** The text of an HTML body: one paragraph per block element, separated by blank lines. */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|figure|ul|ol)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(withBreaks)
    .split(/\n{2,}/)
    .map((block) => block.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}

/** Words are runs of non-space characters that hold at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes at 230 words a minute, never less than one. */
export function readingTimeMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

/** The text cut to at most 300 characters at a word boundary, with an ellipsis when cut. */
export function makeExcerpt(text: string, maxLength = EXCERPT_MAX_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const room = flat.slice(0, maxLength - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > maxLength / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** Everything derived from the body, as stored beside it. */
export function deriveBodyFields(bodyHtml: string, excerpt?: string | null) {
  const bodyText = htmlToText(bodyHtml);
  const wordCount = countWords(bodyText);
  return {
    body_text: bodyText,
    excerpt: excerpt && excerpt.trim() ? makeExcerpt(excerpt) : makeExcerpt(bodyText),
    word_count: wordCount,
    reading_time_minutes: readingTimeMinutes(wordCount),
  };
}

/**
 * The most bytes body_html and body_text may take together as stored: UTF-8 with JSON's escapes,
 * as in a revision's snapshot (a `"` there takes 2 bytes, a control character 6). D1 refuses rows
 * over 2 MB; the rest of a snapshot takes well under 0.2 MB.
 */
export const MAX_BODY_BYTES = 1_500_000;

/** Why a sanitized body is too large to store, or null when it fits MAX_BODY_BYTES. */
export function bodySizeProblem(bodyHtml: string): string | null {
  const html = storedBytes(bodyHtml);
  if (html > MAX_BODY_BYTES) return `body_html takes ${html.toLocaleString('en')} bytes once sanitized; at most ${MAX_BODY_BYTES.toLocaleString('en')} fit with its text.`;
  const text = storedBytes(htmlToText(bodyHtml));
  if (html + text <= MAX_BODY_BYTES) return null;
  return `body_html takes ${html.toLocaleString('en')} bytes once sanitized and its text ${text.toLocaleString('en')}; together at most ${MAX_BODY_BYTES.toLocaleString('en')} fit.`;
}

function storedBytes(value: string): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength;
}
