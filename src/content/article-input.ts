/** A write's input checked against what exists and what D1 can store, before anything is written. */
import { invalidInput } from '../app/problem';
import type { ArticleLinks } from '../db/article-writes';
import type { UpdateArticleInput } from '../schemas/admin-article';
import { HtmlSanitizeError, sanitizeHtml } from './sanitize';
import { slugify } from './slug';
import { bodySizeProblem } from './text';
import type { Db } from '../storage/d1-session';

/**
 * Checks that the section, authors (by slug) and image an input names exist: 422 if not. A tag
 * or author that exists keeps its stored name (its link takes the row as it is), so the name
 * the write's revision records is the one the article is read with.
 */
export async function resolveLinks(db: Db, input: UpdateArticleInput, current: ArticleLinks | null): Promise<ArticleLinks> {
  const wanted = {
    section: input.section ?? null,
    image: input.image_id ?? null,
    authorSlugs: (input.authors ?? []).map((ref) => (typeof ref === 'string' ? ref : ref.slug)),
    tagSlugs: (input.tags ?? []).map((name) => slugify(name)),
  };
  const [section, image, authors, tags] = await db.batch<{ slug?: string; name?: string; id?: string }>([
    db.prepare('SELECT slug FROM sections WHERE slug = ?1').bind(wanted.section),
    db.prepare('SELECT id FROM media WHERE id = ?1').bind(wanted.image),
    db.prepare('SELECT slug, name FROM authors WHERE slug IN (SELECT value FROM json_each(?1))').bind(JSON.stringify(wanted.authorSlugs)),
    db.prepare('SELECT slug, name FROM tags WHERE slug IN (SELECT value FROM json_each(?1))').bind(JSON.stringify(wanted.tagSlugs)),
  ]);
  const errors: { path: string; message: string }[] = [];
  if (wanted.section && section!.results.length === 0) errors.push({ path: 'section', message: `No section has the slug "${wanted.section}".` });
  if (wanted.image !== null && image!.results.length === 0) errors.push({ path: 'image_id', message: `No media has the id "${wanted.image}".` });
  const knownAuthors = new Map(authors!.results.map((row) => [row.slug!, row.name!]));
  const resolvedAuthors = (input.authors ?? []).map((ref, index) => {
    if (typeof ref !== 'string') return { slug: ref.slug, name: knownAuthors.get(ref.slug) ?? ref.name };
    if (!knownAuthors.has(ref)) errors.push({ path: `authors.${index}`, message: `No author has the slug "${ref}"; send { "slug", "name" } to create one.` });
    return { slug: ref, name: knownAuthors.get(ref) ?? ref };
  });
  const knownTags = new Map(tags!.results.map((row) => [row.slug!, row.name!]));
  const resolvedTags = (input.tags ?? []).map((name, index) => {
    const slug = wanted.tagSlugs[index]!;
    if (!slug) errors.push({ path: `tags.${index}`, message: 'Has no letter or digit a slug can hold (a-z, 0-9; accents are folded, other scripts are not transliterated), so it makes no tag: give it in Latin letters.' });
    return { slug, name: knownTags.get(slug) ?? name };
  });
  if (errors.length > 0) throw invalidInput(errors, 422);
  const unique = <T extends { slug: string }>(terms: T[]) => [...new Map(terms.map((term) => [term.slug, term])).values()];
  return {
    authors: input.authors ? unique(resolvedAuthors) : (current?.authors ?? []),
    tags: input.tags ? unique(resolvedTags) : (current?.tags ?? []),
  };
}

/** The sanitized body; markup the parser cannot read safely, too much to store, or nothing left, answers 422 on body_html. */
export async function sanitizeBody(html: string): Promise<string> {
  let sanitized: string;
  try {
    sanitized = await sanitizeHtml(html);
  } catch (error) {
    if (error instanceof HtmlSanitizeError) throw invalidInput([{ path: 'body_html', message: error.message }], 422);
    throw error;
  }
  // `<script>…</script>` alone sanitizes to nothing: an article without a body is refused.
  if (sanitized.trim() === '') throw invalidInput([{ path: 'body_html', message: 'Nothing is left after sanitizing: scripts, styles and unknown markup are removed.' }], 422);
  // The limit on input length does not bound the output: `>` becomes `&gt;`, `<a>` gains a rel.
  const tooLarge = bodySizeProblem(sanitized);
  if (tooLarge) throw invalidInput([{ path: 'body_html', message: tooLarge }], 422);
  return sanitized;
}
