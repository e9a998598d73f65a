/**
 * Which article an old address names: a WordPress permalink, `?p=123`, a WordPress slug (current
 * or old), an article's canonical URL (current or before a rename), a Byline slug (current or
 * old) or its API/card URL. Public articles only: a draft, scheduled or deleted one is not found.
 */
import { type ArticleRow, findArticleById } from '../db/articles';
import { resolveArticle, resolveFormerUrl } from '../db/slug-history';
import { findWordPressArticleIds, permalinkKey } from '../db/wordpress';
import type { Db } from '../storage/d1-session';

/** What an address resolved to: the public article (published or withdrawn), or nothing. */
export type Resolution = { row: ArticleRow } | null;

const PLACEHOLDER = 'http://relative.invalid';

/** Reads the parts of an address that can name an article. */
export function addressParts(address: string, origin: string) {
  const trimmed = address.trim();
  const absolute = URL.parse(trimmed);
  const url = absolute && /^https?:$/.test(absolute.protocol) ? absolute : URL.parse(trimmed.startsWith('/') || trimmed.startsWith('?') ? trimmed : `/${trimmed}`, PLACEHOLDER);
  if (!url) return null;
  const isAbsolute = url === absolute;
  const id = ['p', 'page_id', 'post'].map((name) => url.searchParams.get(name)).find((value) => value && /^\d{1,15}$/.test(value));
  const segments = url.pathname.split('/').filter(Boolean);
  let slug: string | null = null;
  try {
    slug = segments.length > 0 ? decodeURIComponent(segments.at(-1)!).toLowerCase() : null;
  } catch {}
  const own = isAbsolute && url.origin === origin ? /^\/(?:v1\/articles|embed)\/([^/]+)\/?$/.exec(url.pathname)?.[1] : undefined;
  return {
    absolute: isAbsolute ? `${url.origin}${url.pathname}` : null,
    host: isAbsolute ? url.host.replace(/^www\./, '').toLowerCase() : null,
    permalinkKey: isAbsolute ? permalinkKey(url.href) : null,
    sourceId: id ? Number(id) : null,
    slug: own ? decodeURIComponent(own) : slug,
  };
}

const isPublic = (row: ArticleRow | null) => row !== null && !row.deleted_at && (row.status === 'published' || row.status === 'withdrawn');

/** The public article `address` names, a published one before a withdrawn one; null when none. */
export async function resolveAddress(db: Db, address: string, origin: string): Promise<Resolution> {
  const parts = addressParts(address, origin);
  if (!parts) return null;
  const candidates: (ArticleRow | null)[] = [];
  for (const id of await findWordPressArticleIds(db, parts)) candidates.push(await findArticleById(db, id));
  if (parts.absolute) {
    const current = await db.prepare("SELECT id FROM articles WHERE url IN (?1, ?2) AND deleted_at IS NULL AND status IN ('published', 'withdrawn') LIMIT 1").bind(parts.absolute, address.trim()).first<{ id: string }>();
    if (current) candidates.push(await findArticleById(db, current.id));
    candidates.push((await resolveFormerUrl(db, parts.absolute))?.row ?? null);
  }
  if (parts.slug && parts.sourceId === null) candidates.push((await resolveArticle(db, parts.slug))?.row ?? null);
  const found = candidates.filter(isPublic) as ArticleRow[];
  const row = found.find((candidate) => candidate.status === 'published') ?? found[0];
  return row ? { row } : null;
}
