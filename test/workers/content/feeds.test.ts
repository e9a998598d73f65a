import { describe, expect, it } from 'vitest';
import { canonicalUrl, rfc822 } from '../../../src/content/feeds';
import { newsLanguage, newsSitemap, sitemapIndex, urlSitemap } from '../../../src/content/sitemaps';
import { attributes, cdata, escapeXml } from '../../../src/content/xml';

describe('XML helpers', () => {
  it('escapes the five XML delimiters and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    // Compared as JSON, so that a failure message never carries a lone surrogate.
    expect(JSON.stringify(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\ud800h\udc00i'))).toBe('"abcdefghi"');
    expect(escapeXml('tab\tnew\nline\r🙂')).toBe('tab\tnew\nline\r🙂');
  });

  it('splits ]]> across CDATA sections so it cannot end one early', () => {
    expect(cdata('<p>x</p>')).toBe('<![CDATA[<p>x</p>]]>');
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    const wrapped = cdata('1 ]]> 2 ]]]]> 3 ]]>');
    const sections = [...wrapped.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
    expect(sections.join('')).toBe('1 ]]> 2 ]]]]> 3 ]]>');
    expect(wrapped.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).toBe('');
  });

  it('writes attributes escaped, leaving out null ones', () => {
    expect(attributes({ a: 'x"<&', b: null, c: 3 })).toBe(' a="x&quot;&lt;&amp;" c="3"');
  });
});

describe('feed and sitemap helpers', () => {
  it('formats RFC 822 dates in GMT', () => {
    expect(rfc822('2023-09-20T14:05:00Z')).toBe('Wed, 20 Sep 2023 14:05:00 GMT');
  });

  it("uses the article's url, else SITE_URL/<section>/<slug>", () => {
    expect(canonicalUrl({ url: 'https://x.test/a', slug: 's', section: null }, 'https://site.test')).toBe('https://x.test/a');
    expect(canonicalUrl({ url: null, slug: 's', section: { slug: 'world', name: 'World' } }, 'https://site.test/')).toBe('https://site.test/world/s');
    expect(canonicalUrl({ url: null, slug: 's', section: null }, 'https://site.test')).toBe('https://site.test/s');
  });

  it('gives Google News ISO 639 languages, with its two Chinese exceptions', () => {
    expect(['en', 'en-GB', 'pt_BR', 'zh', 'zh-Hans', 'zh-CN', 'zh-Hant', 'zh-TW', 'zh-HK'].map(newsLanguage)).toEqual([
      'en', 'en', 'pt', 'zh-cn', 'zh-cn', 'zh-cn', 'zh-tw', 'zh-tw', 'zh-tw',
    ]);
  });

  it('escapes everything it writes into a sitemap', () => {
    const news = newsSitemap('A & B', [{ url: 'https://x.test/?a=1&b=2', title: '<T>', language: 'en', publishedAt: '2023-09-20T14:05:00Z' }]);
    expect(news).toContain('<loc>https://x.test/?a=1&amp;b=2</loc>');
    expect(news).toContain('<news:name>A &amp; B</news:name>');
    expect(news).toContain('<news:title>&lt;T&gt;</news:title>');
    expect(urlSitemap([{ url: 'https://x.test/?a&b', lastmod: '2023-09-20T14:05:00Z' }])).toContain(
      '<url><loc>https://x.test/?a&amp;b</loc><lastmod>2023-09-20T14:05:00Z</lastmod></url>',
    );
    expect(sitemapIndex([{ loc: 'https://x.test/sitemap.xml?page=1&x', lastmod: null }])).toContain(
      '<sitemap><loc>https://x.test/sitemap.xml?page=1&amp;x</loc></sitemap>',
    );
  });
});
