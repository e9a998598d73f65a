/**
 * Character references in WordPress text. Byline's sanitizer keeps references as written and its
 * body_text decodes only the basic ones, so the named references WordPress content carries
 * (`&eacute;`, `&copy;`, `&euro;`…) are decoded to their characters here, leaving the four that
 * keep markup markup (`&amp;`, `&lt;`, `&gt;`, `&quot;`) as they are.
 */

const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const OTHERS: Record<string, number> = {
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732, ensp: 8194, emsp: 8195,
  thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217,
  sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230,
  permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249, rsaquo: 8250, oline: 8254, frasl: 8260, euro: 8364,
  trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, apos: 39,
};
const GREEK = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega';

const NAMED = new Map<string, string>();
for (const [index, name] of LATIN_1.split(' ').entries()) NAMED.set(name, String.fromCodePoint(160 + index));
for (const [name, code] of Object.entries(OTHERS)) NAMED.set(name, String.fromCodePoint(code));
for (const [index, name] of GREEK.split(' ').entries()) {
  if (name === '_') continue;
  NAMED.set(name, String.fromCodePoint(913 + index));
  NAMED.set(name.toLowerCase(), String.fromCodePoint(945 + index));
}
NAMED.set('sigmaf', String.fromCodePoint(962));

/** Decodes named references to characters, except `&amp;`, `&lt;`, `&gt;` and `&quot;`. */
export function decodeWordPressEntities(html: string): string {
  return html.replace(/&([A-Za-z][A-Za-z0-9]*);/g, (match, name: string) => NAMED.get(name) ?? match);
}

const BASIC: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** A title or caption as plain text: tags removed, every reference decoded, spaces collapsed. */
export function plainText(html: string): string {
  return decodeWordPressEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot));/g, (match, hex?: string, dec?: string, basic?: string) => {
      if (basic) return BASIC[basic]!;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
    })
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
