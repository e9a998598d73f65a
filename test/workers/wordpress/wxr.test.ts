import { describe, expect, it } from 'vitest';
import themeExport from '#wordpress-fixtures/themeunittestdata.wordpress.xml?raw';
import billionLaughs from '../../fixtures/wordpress/billion-laughs.xml?raw';
import malformed from '../../fixtures/wordpress/malformed.xml?raw';
import xxe from '../../fixtures/wordpress/xxe.xml?raw';
import { WxrError, readWxr } from '../../../scripts/wordpress/wxr';

describe('WXR reader', () => {
  it('reads posts with their status, dates, author, taxonomies, permalink and featured image', () => {
    const { posts, site, version, skipped } = readWxr(themeExport);
    expect(site).toBe('https://wpthemetestdata.wordpress.com');
    expect(version).toBe('1.2');
    expect(skipped.some((item) => item.type === 'page')).toBe(true);
    expect(new Set(posts.map((post) => post.status))).toEqual(new Set(['publish', 'draft', 'future']));
    const post = posts.find((p) => p.id === 1241)!;
    expect(post).toMatchObject({ slug: 'template-sticky', link: 'https://wpthemetestdata.wordpress.com/2012/01/07/template-sticky/', date_gmt: '2012-01-07T14:07:21Z' });
    expect(post.author).toEqual({ slug: 'themedemos', name: 'Theme Buster' });
    expect(posts.filter((p) => p.featured_image).length).toBeGreaterThan(0);
    expect(posts.some((p) => (p.old_slugs ?? []).length > 0)).toBe(true);
  });

  it('refuses an external entity (XXE) without reading it', () => {
    expect(() => readWxr(xxe)).toThrow(/DOCTYPE/);
  });

  it('refuses an entity-expansion bomb (billion laughs) at once', () => {
    const started = Date.now();
    expect(() => readWxr(billionLaughs)).toThrow(WxrError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reports a malformed file with its line number', () => {
    let error: unknown;
    try {
      readWxr(malformed);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).line).toBe(8);
    expect((error as Error).message).toMatch(/^line 8, column \d+: /);
  });
});
