/** The little XML the feeds and sitemaps need: escaping text and wrapping HTML in CDATA. */

// Characters XML 1.0 forbids anywhere, even escaped or in CDATA: controls (but tab, newline and
// carriage return; C1 controls are merely discouraged, and dropped too), U+FFFE/U+FFFF, lone
// surrogates.
const FORBIDDEN = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Text as CDATA sections: a `]]>` inside is split across two sections, so it cannot end one early. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(FORBIDDEN, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** ` key="value"` pairs, escaped; pairs whose value is null are left out. */
export function attributes(pairs: Record<string, string | number | null>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== null)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

/** An element with escaped text content (empty-element syntax when `text` is null). */
export function element(name: string, text: string | null, attrs: Record<string, string | number | null> = {}): string {
  return text === null ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
