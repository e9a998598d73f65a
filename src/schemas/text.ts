import { z } from '@hono/zod-openapi';

const MESSAGE = 'Has a control character (U+0000–U+001F other than tab, line feed and carriage return, U+007F, U+FFFE or U+FFFF).';

/**
 * Whether `text` holds a character no plain-text field may: C0 controls but tab, line feed and
 * carriage return, DEL, and the noncharacters U+FFFE/U+FFFF. XML 1.0 forbids most of them, so one
 * would break the RSS feed and sitemap; the rest are invisible in every reader.
 */
export function hasControlCharacter(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffe || code === 0xffff) return true;
  }
  return false;
}

/** A trimmed plain-text field of at most `max` characters (and at least `min`), refusing control characters. */
export function plainText(max: number, min = 0, error?: string) {
  const base = z.string(error ? { error } : undefined).trim();
  return (min > 0 ? base.min(min, error ? { error } : undefined) : base)
    .max(max)
    .refine((text) => !hasControlCharacter(text), { error: MESSAGE });
}
