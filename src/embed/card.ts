/**
 * The embeddable card: a small self-contained HTML page (inline CSS and script, allowed by
 * hash; images from Byline only) that tells its parent its height. The parent gives each
 * embed a secret in the URL fragment and accepts height messages only with that secret.
 */
import type { Article } from '../content/article';
import { cspHash, escapeHtml } from './html';

export type CardTheme = 'light' | 'dark' | 'auto';

const STYLE = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#4d4d4d;--accent:#0b57d0;--line:#d9d9d9}
@media (prefers-color-scheme:dark){:root:not(.light){--bg:#141414;--fg:#f2f2f2;--muted:#c2c2c2;--accent:#9cc0ff;--line:#3a3a3a}}
:root.dark{--bg:#141414;--fg:#f2f2f2;--muted:#c2c2c2;--accent:#9cc0ff;--line:#3a3a3a}
*{box-sizing:border-box}html,body{margin:0;background:var(--bg);color:var(--fg)}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
main{border:1px solid var(--line);border-radius:8px;overflow:hidden;max-width:720px}
img{display:block;width:100%;height:auto;background:var(--line)}figure{margin:0}figcaption{padding:8px 16px 0;font-size:13px;line-height:1.4;color:var(--muted)}
.body{padding:14px 16px 16px}.kicker{margin:0 0 4px;font-size:13px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--accent)}
h1{margin:0 0 8px;font-size:21px;line-height:1.25}h1 a{color:var(--fg);text-decoration:none}h1 a:hover,h1 a:focus{text-decoration:underline}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.excerpt{margin:0 0 10px}.meta,footer,.corrected{margin:0;font-size:13px;color:var(--muted)}.corrected{margin-top:8px}footer p{margin:0}
footer{padding:8px 16px;border-top:1px solid var(--line)}footer a{color:var(--muted)}
.notice{padding:16px}`;

const SCRIPT = `(function(){var m=/[#&]secret=([A-Za-z0-9]{8,64})/.exec(location.hash),s=m?m[1]:"",l=0;function t(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h&&h!==l){l=h;parent.postMessage({type:"byline:height",height:h,secret:s},"*")}}if(window.ResizeObserver)new ResizeObserver(t).observe(document.documentElement);addEventListener("load",t);t()})();`;

let hashes: Promise<{ style: string; script: string }> | undefined;

/** The CSP hashes of the card's inline style and script, computed once per isolate. */
export function cardHashes(): Promise<{ style: string; script: string }> {
  hashes ??= Promise.all([cspHash(STYLE), cspHash(SCRIPT)]).then(([style, script]) => ({ style, script }));
  return hashes;
}

/** The card's Content-Security-Policy: nothing but its own images, style and script, framed only by `ancestors`. */
export async function cardCsp(origin: string, ancestors: string[] | '*'): Promise<string> {
  const { style, script } = await cardHashes();
  const frameAncestors = ancestors === '*' ? '*' : ancestors.length > 0 ? ancestors.join(' ') : "'none'";
  return [
    "default-src 'none'",
    `img-src 'self' ${origin}`,
    `style-src ${style}`,
    `script-src ${script}`,
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

interface Page {
  title: string;
  theme: CardTheme;
  lang: string;
  head?: string;
  body: string;
  siteName: string;
  siteUrl: string;
  /** Extra footer lines (the rights), already escaped. */
  footer?: string;
}

function page({ title, theme, lang, head = '', body, siteName, siteUrl, footer = '' }: Page): string {
  const themeClass = theme === 'auto' ? '' : ` class="${theme}"`;
  return `<!doctype html><html lang="${escapeHtml(lang)}"${themeClass}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>${head}<style>${STYLE}</style></head><body><main>${body}<footer>${footer}<p>From <a href="${escapeHtml(siteUrl)}" target="_blank" rel="noopener">${escapeHtml(siteName)}</a></p></footer></main><script>${SCRIPT}</script></body></html>`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** The card's byline and date as plain text (card-layout.ts wraps the same words). */
export function cardMeta(article: Article): { authors: string; date: string } {
  return {
    authors: article.authors.map((author) => author.name).join(' and '),
    date: article.published_at ? DATE.format(new Date(article.published_at)) : '',
  };
}

/**
 * The image with its caption and credit, which syndication terms usually require wherever the
 * image appears; the credit is shown as the newsroom wrote it ("Photo: …", "© …").
 */
function figure(image: NonNullable<Article['image']>): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const img = `<img src="${escapeHtml(image.url)}" srcset="${escapeHtml(image.srcset)}" sizes="(max-width: 720px) 100vw, 720px"${size} alt="${escapeHtml(image.alt)}">`;
  const credit = image.credit ? `<span class="credit">${escapeHtml(image.credit)}</span>` : '';
  const text = [image.caption ? escapeHtml(image.caption) : '', credit].filter(Boolean).join(' ');
  return `<figure>${img}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

/** The rights a republisher must keep with the card, as plain lines: the notice (or holder) and the usage terms. */
export function rightsLines(rights: Article['rights']): string[] {
  const notice = rights.copyright_notice ?? (rights.copyright_holder ? `© ${rights.copyright_holder}` : '');
  return [notice, rights.usage_terms ?? ''].filter(Boolean);
}

/** A card's date as it reads: "2 May 2024". */
export const cardDate = (timestamp: string) => DATE.format(new Date(timestamp));

function rightsFooter(rights: Article['rights']): string {
  return rightsLines(rights).map((line) => `<p class="rights">${escapeHtml(line)}</p>`).join('');
}

/** "Corrected on 2 May 2024: …", one line per correction, oldest first. */
function correctionLines(corrections: Article['corrections']): string {
  return corrections
    .map((correction) => `<p class="corrected">Corrected on <time datetime="${correction.at}">${cardDate(correction.at)}</time>: ${escapeHtml(correction.text)}</p>`)
    .join('');
}

/** The card of a published article. */
export function renderCard(article: Article, options: { theme: CardTheme; oembedUrl: string; siteName: string; siteUrl: string }): string {
  const link = article.url ?? options.siteUrl;
  const img = article.image ? figure(article.image) : '';
  const { authors, date: dateText } = cardMeta(article);
  const date = dateText ? `<time datetime="${article.published_at}">${dateText}</time>` : '';
  const meta = [authors ? `By ${escapeHtml(authors)}` : '', date].filter(Boolean).join(' · ');
  const body = `<article aria-labelledby="headline">${img}<div class="body">${article.section ? `<p class="kicker">${escapeHtml(article.section.name)}</p>` : ''}<h1 id="headline"><a href="${escapeHtml(link)}" target="_blank" rel="noopener">${escapeHtml(article.headline)}</a></h1><p class="excerpt">${escapeHtml(article.excerpt)}</p><p class="meta">${meta}</p>${correctionLines(article.corrections)}</div></article>`;
  const head = `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(options.oembedUrl)}" title="${escapeHtml(article.headline)}"><link rel="canonical" href="${escapeHtml(link)}">`;
  return page({ title: article.headline, theme: options.theme, lang: article.language, head, body, siteName: options.siteName, siteUrl: options.siteUrl, footer: rightsFooter(article.rights) });
}

/** The card shown instead of an article that was withdrawn (410) or is not there (404). */
export function renderNotice(kind: 'withdrawn' | 'missing', options: { theme: CardTheme; siteName: string; siteUrl: string; reason?: string | null }): string {
  const text =
    kind === 'withdrawn'
      ? `This article has been withdrawn by ${escapeHtml(options.siteName)}.${options.reason ? ` ${escapeHtml(options.reason)}` : ''}`
      : 'This article is not available.';
  return page({ title: kind === 'withdrawn' ? 'Article withdrawn' : 'Article not available', theme: options.theme, lang: 'en', body: `<p class="notice" role="status">${text}</p>`, siteName: options.siteName, siteUrl: options.siteUrl });
}
