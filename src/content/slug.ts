/** URL slugs: lower-case ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug a write gives an article, a section or an author (those made from text: 80). */
export const MAX_SLUG_LENGTH = 120;

/** `"Kenya, Haiti Set Up…"` → `kenya-haiti-set-up`; accents are folded, other marks dropped. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}
