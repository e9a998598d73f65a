/**
 * Readers' search text turned into FTS5 queries that cannot carry FTS5 syntax. Input is cut
 * into words and quoted phrases; each becomes an FTS5 string ("…", inner quotes doubled), so
 * `NEAR`, `OR`, `-`, `^`, `*`, parentheses and `column:` filters are only ever text to match.
 * A trailing `*` is the one operator kept: it marks a prefix. Terms are joined by spaces,
 * which FTS5 reads as AND.
 */

/** One term of a search: a word or a quoted phrase, possibly a prefix. */
export interface SearchTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
}

/** A parsed search: the FTS5 MATCH expression and the terms it was built from. */
export interface SearchQuery {
  match: string;
  terms: SearchTerm[];
}

/** The index's columns a contract without bodies is searched on: its words may not tell what a body says. */
export const EXCERPT_COLUMNS = ['headline', 'standfirst'] as const;

/** `match` (a parsed search's expression) matched only in `columns`: an FTS5 column filter around it. */
export function withinColumns(match: string, columns: readonly string[]): string {
  return `{${columns.join(' ')}} : (${match})`;
}

/** The longest `q` accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** The most terms one search may have. */
export const MAX_QUERY_TERMS = 16;

// What FTS5's unicode61 tokenizer keeps as token characters (categories L*, N*, Co): a term
// without any of them would be an empty FTS5 phrase, so it is dropped instead.
const SEARCHABLE = /[\p{L}\p{N}\p{Co}]/u;
// Control characters and lone surrogates never reach SQLite: NUL would end the query string.
const UNSAFE = /\p{Cc}|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** `text` as an FTS5 string literal. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Splits the input into words and quoted phrases; an unclosed quote runs to the end. */
function tokenize(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const text = input.replace(UNSAFE, ' ');
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
    } else if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      const close = end === -1 ? text.length : end;
      let body = text.slice(i + 1, close);
      i = close + 1;
      let prefix = false;
      while (text[i] === '*') {
        prefix = true;
        i++;
      }
      if (/\*\s*$/.test(body)) {
        prefix = true;
        body = body.replace(/[*\s]+$/, '');
      }
      terms.push({ text: body.trim().replace(/\s+/gu, ' '), phrase: true, prefix });
    } else {
      let end = i;
      while (end < text.length && text[end] !== '"' && !/\s/u.test(text[end]!)) end++;
      const word = text.slice(i, end);
      i = end;
      const bare = word.replace(/\*+$/, '');
      terms.push({ text: bare, phrase: false, prefix: bare.length < word.length });
    }
  }
  return terms;
}

export type ParseResult = { ok: true; query: SearchQuery } | { ok: false; message: string };

/** Parses a reader's `q`; fails when nothing searchable remains or it has too many terms. */
export function parseSearchQuery(input: string): ParseResult {
  const terms = tokenize(input).filter((term) => SEARCHABLE.test(term.text));
  if (terms.length === 0) {
    return { ok: false, message: 'Give at least one word to search for (letters or digits).' };
  }
  if (terms.length > MAX_QUERY_TERMS) {
    return { ok: false, message: `Use at most ${MAX_QUERY_TERMS} words or phrases.` };
  }
  const match = terms.map((term) => `${ftsString(term.text)}${term.prefix ? ' *' : ''}`).join(' ');
  return { ok: true, query: { match, terms } };
}

// Words too common to say what an article is about, left out of "related" searches.
const STOP_WORDS = new Set(
  `a about after against all also amid an and any are as at be been before being between both but by can could did do does
  during each for from had has have he her here his how if in into is it its more most new no not of on once only or other
  our out over says said she should so some than that the their them then there these they this those through to under
  until up very was we were what when where which while who whom why will with would you your`.split(/\s+/),
);

/** The significant words of a headline (lower-cased, no stop words, at most `max`). */
export function significantWords(headline: string, max = 8): string[] {
  const words = headline.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = words.filter((word) => (word.length >= 3 || /^\p{N}+$/u.test(word)) && !STOP_WORDS.has(word));
  return [...new Set(kept)].slice(0, max);
}

/** An FTS5 expression matching any of `words` (OR), or null when there are none. */
export function anyWordMatch(words: readonly string[]): string | null {
  return words.length > 0 ? words.map(ftsString).join(' OR ') : null;
}

/** Private-use characters that FTS5's snippet() puts around each match. */
export const SNIPPET_OPEN = '\uE000';
export const SNIPPET_CLOSE = '\uE001';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A snippet from FTS5 as safe HTML: everything escaped, then the markers made `<mark>` tags,
 * always balanced (a stray marker in the text itself is dropped).
 */
export function renderSnippet(raw: string | null): string {
  let html = '';
  let open = false;
  for (const ch of raw ?? '') {
    if (ch === SNIPPET_OPEN) {
      if (!open) html += '<mark>';
      open = true;
    } else if (ch === SNIPPET_CLOSE) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += HTML_ESCAPES[ch] ?? ch;
    }
  }
  return open ? `${html}</mark>` : html;
}
