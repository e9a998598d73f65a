/** Pieces of a WXR item: WordPress's dates, and the attachments a post shows (featured, galleries). */
import type { WordPressPostInput } from '../../src/schemas/wordpress';
import type { WxrItem } from './wxr';

/** `2013-01-10 20:15:40` (GMT) as RFC 3339; null for WordPress's `0000-00-00 00:00:00` (a draft's unset date). */
export function gmtFromWordPress(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!match || match[1] === '0000') return null;
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`;
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** The featured image and the attachments a post's galleries may name, from the export's attachments. */
export function postAttachments(entry: WxrItem, attachments: WxrItem[], postId: number): Pick<WordPressPostInput, 'featured_image' | 'attachments'> {
  const field = (item: WxrItem, name: string) => item.fields.get(name)?.trim() ?? '';
  const alt = (item: WxrItem) => item.meta.find(([key]) => key === '_wp_attachment_image_alt')?.[1].trim() ?? '';
  const byId = new Map(attachments.map((item) => [Number(field(item, 'wp:post_id')), item]));
  const thumbnail = byId.get(Number(entry.meta.find(([key]) => key === '_thumbnail_id')?.[1]));
  const named = new Set<number>();
  for (const match of field(entry, 'content:encoded').matchAll(/\[gallery\b[^\]]*\bids\s*=\s*["']?([\d,\s]+)/g)) {
    for (const id of match[1]!.split(',')) named.add(Number(id.trim()));
  }
  const shown = attachments.filter((item) => {
    const id = Number(field(item, 'wp:post_id'));
    return (named.has(id) || Number(field(item, 'wp:post_parent')) === postId) && isHttp(field(item, 'wp:attachment_url'));
  });
  const thumbnailUrl = thumbnail ? field(thumbnail, 'wp:attachment_url') : '';
  return {
    featured_image:
      thumbnail && isHttp(thumbnailUrl)
        ? { url: thumbnailUrl, alt: alt(thumbnail) || field(thumbnail, 'title'), caption: field(thumbnail, 'excerpt:encoded') || null, credit: null }
        : null,
    attachments: shown.map((item) => ({
      id: Number(field(item, 'wp:post_id')),
      url: field(item, 'wp:attachment_url'),
      alt: alt(item) || null,
      caption: field(item, 'excerpt:encoded') || null,
      attached: Number(field(item, 'wp:post_parent')) === postId,
    })),
  };
}
