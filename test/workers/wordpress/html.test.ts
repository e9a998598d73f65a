import { describe, expect, it } from 'vitest';
import blockExport from '#wordpress-fixtures/64-block-test-data.xml?raw';
import themeExport from '#wordpress-fixtures/themeunittestdata.wordpress.xml?raw';
import { readWxr } from '../../../scripts/wordpress/wxr';
import { sanitizeHtml } from '../../../src/content/sanitize';
import { htmlToText } from '../../../src/content/text';
import { WordPressPostSchema } from '../../../src/schemas/wordpress';
import { wordpressToHtml } from '../../../src/wordpress/html';
import { plainText } from '../../../src/wordpress/text';

async function convert(content: string, gallery = {}): Promise<string> {
  return sanitizeHtml(wordpressToHtml(content, gallery));
}

const BLOCK_TAGS = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|figure|figcaption|pre|section|article|aside|header|footer|nav|hr|br|details|summary|address)\b[^>]*>/gi;

/** The words a reader of the WordPress page sees in the post's content (not alt text, not scripts). */
function visibleWords(content: string): string[] {
  const text = content
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    // Core shortcodes' own tags are markup, not text; a caption="…" attribute is shown as the caption.
    .replace(/\[(?:caption|wp_caption)\b[^\]]*?caption="([^"]*)"[^\]]*\]/gi, ' $1 ')
    .replace(/\[\/?(?:caption|wp_caption|gallery|embed|audio|video|playlist)\b[^\]]*\]/gi, ' ')
    .replace(BLOCK_TAGS, ' ')
    .replace(/<[^>]*>/g, '');
  return words(plainText(text));
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('WordPress HTML → Byline body', () => {
  it('removes block comments and keeps the blocks\' markup', async () => {
    const html = await convert('<!-- wp:paragraph -->\n<p>One <strong>two</strong></p>\n<!-- /wp:paragraph -->\n<!-- wp:heading -->\n<h2 class="wp-block-heading">Three</h2>\n<!-- /wp:heading -->');
    expect(html).toBe('<p>One <strong>two</strong></p>\n<h2>Three</h2>\n');
  });

  it('gives classic-editor text its paragraphs and line breaks, as wpautop does', async () => {
    expect(await convert('First line\nsecond line\n\nNew paragraph')).toBe('<p>First line<br>\nsecond line</p>\n<p>New paragraph</p>\n');
  });

  it('turns [caption] into a figure with its figcaption, in both caption styles', async () => {
    const html = (await convert('[caption id="attachment_1" align="alignleft" width="300"]<a href="https://x.example/big.jpg"><img src="https://x.example/a.jpg" alt="A" width="300" /></a> The caption[/caption]')).replace(/\n/g, '');
    expect(html).toBe('<figure><a href="https://x.example/big.jpg" rel="noopener noreferrer nofollow"><img src="https://x.example/a.jpg" alt="A"></a><figcaption>The caption</figcaption></figure>');
    expect(await convert('[caption id="a" caption="Old style"]<img src="https://x.example/a.jpg" alt="" />[/caption]')).toContain('<figcaption>Old style</figcaption>');
  });

  it('turns a gallery into a figure of its images, by ids or the post\'s own attachments', async () => {
    const byId = new Map([[7, { id: 7, url: 'https://x.example/7.jpg', alt: 'Seven', caption: 'Cap 7' }]]);
    expect((await convert('[gallery ids="7,99"]', { byId })).replace(/\n/g, '')).toBe('<figure><figure><img src="https://x.example/7.jpg" alt="Seven"><figcaption>Cap 7</figcaption></figure></figure>');
    expect(await convert('[gallery columns="2"]', { children: [{ id: 8, url: 'https://x.example/8.jpg' }] })).toContain('<img src="https://x.example/8.jpg" alt="">');
  });

  it('turns embeds into links to their source', async () => {
    const url = 'https://www.youtube.com/watch?v=ex8fMxXJDJw';
    const block = `<!-- wp:embed {"url":"${url}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
    expect(await convert(block)).toContain(`<a href="${url}" rel="noopener noreferrer nofollow">${url}</a>`);
    expect(await convert('<iframe src="https://player.example/v/1"></iframe>')).toContain('<a href="https://player.example/v/1"');
    expect(await convert('[embed]https://vimeo.com/1[/embed]')).toContain('<a href="https://vimeo.com/1"');
    expect(await convert('[audio src="https://x.example/a.mp3"]')).toContain('<a href="https://x.example/a.mp3"');
    expect(await convert('<video controls src="https://x.example/v.mp4"></video>')).toContain('<a href="https://x.example/v.mp4"');
  });

  it('leaves brackets that name no shortcode as text, and [[caption]] as the shortcode written out', async () => {
    expect(await convert('See [sic] and [[caption]]')).toBe('<p>See [sic] and [caption]</p>\n');
  });

  it('keeps table cells and definition lists as separate words', async () => {
    const text = htmlToText(await convert('<table><tr><td>Alpha</td><td>Beta</td></tr><tr><th>Gamma</th></tr></table><dl><dt>Term</dt><dd>Meaning</dd></dl>'));
    expect(words(text)).toEqual(['Alpha', 'Beta', 'Gamma', 'Term', 'Meaning']);
  });

  it('decodes named references the sanitizer would keep as written', async () => {
    expect(htmlToText(await convert('<p>Caf&eacute; &copy; 2024 &amp; more</p>'))).toBe('Café © 2024 & more');
  });

  for (const [name, xml] of [['themeunittestdata.wordpress.xml', themeExport], ['64-block-test-data.xml', blockExport]] as const) {
    it(`keeps every word of every post's visible text in body_text (${name})`, async () => {
      const { posts } = readWxr(xml);
      expect(posts.length).toBeGreaterThan(15);
      const lost: string[] = [];
      for (const input of posts) {
        const post = WordPressPostSchema.parse(input);
        const gallery = { byId: new Map(post.attachments.map((a) => [a.id, a])), children: post.attachments.filter((a) => a.attached) };
        const kept = new Set(words(htmlToText(await convert(post.content, gallery))));
        const missing = [...new Set(visibleWords(post.content))].filter((word) => !kept.has(word));
        if (missing.length > 0) lost.push(`post ${post.id} (${post.title}): ${missing.slice(0, 12).join(' ')}`);
      }
      expect(lost).toEqual([]);
    });
  }
});
