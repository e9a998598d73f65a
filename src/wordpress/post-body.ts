/**
 * A WordPress post's body and image as Byline stores them: the content converted
 * (src/wordpress/html.ts), images already uploaded pointed at `/media/{key}`, then Byline's own
 * sanitizer, exactly as for a body written through the admin API.
 */
import { sanitizeBody } from '../content/article-input';
import { findMediaIdsByKey } from '../db/wordpress';
import type { WordPressPost } from '../schemas/wordpress';
import { wordpressToHtml } from './html';
import type { Db } from '../storage/d1-session';

/** The sanitized body, the featured image's media id, and what could not be carried over. */
export interface PostBody {
  bodyHtml: string;
  imageId: string | null;
  warnings: string[];
}

const IMG_SRC = /(<img\b[^>]*?\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;

/** Converts, points uploaded images at Byline's media, and sanitizes; throws a 422 Problem for a body Byline refuses. */
export async function postBody(db: Db, post: WordPressPost): Promise<PostBody> {
  const warnings: string[] = [];
  const stored = await findMediaIdsByKey(db, [...new Set(post.images.map((image) => image.key))]);
  const keyFor = new Map(post.images.filter((image) => stored.has(image.key)).map((image) => [image.url, image.key]));
  const attachments = post.attachments.map((attachment) => ({ ...attachment, url: attachment.url }));
  const html = wordpressToHtml(post.content, {
    byId: new Map(attachments.map((attachment) => [attachment.id, attachment])),
    children: attachments.filter((attachment) => attachment.attached),
  });
  const kept = new Set<string>();
  const rewritten = html.replace(IMG_SRC, (match, before: string, double: string | undefined, single: string | undefined) => {
    const src = (double ?? single ?? '').replace(/&amp;/g, '&');
    const key = keyFor.get(src);
    if (key) return `${before}"/media/${key}"`;
    if (/^https?:\/\//i.test(src)) kept.add(src);
    return match;
  });
  for (const src of kept) warnings.push(`image not imported, kept at its WordPress URL: ${src}`);
  let imageId: string | null = null;
  if (post.featured_image) {
    const key = keyFor.get(post.featured_image.url);
    imageId = key ? stored.get(key)! : null;
    if (!imageId) warnings.push(`featured image not imported (the article has no image): ${post.featured_image.url}`);
  }
  // An empty WordPress post (a title alone) is still a post: an empty paragraph, not a refusal.
  const bodyHtml = rewritten.trim() === '' ? '<p></p>' : await sanitizeBody(rewritten);
  if (rewritten.trim() === '') warnings.push('the post has no content');
  return { bodyHtml, imageId, warnings };
}
