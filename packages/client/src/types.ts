import type { components } from './openapi.js';

type Schemas = components['schemas'];
/** A whole published article, as `GET /v1/articles/{slug}` answers it. */
export type Article = Schemas['Article'];
/** A list item: the article without `body_html` and `body_text` (and with a `snippet` in search results). */
export type ArticleSummary = Schemas['ArticleSummary'];
export type Section = Schemas['Section'];
export type Tag = Schemas['Tag'];
export type Author = Schemas['Author'];
/** One entry of the change feed. */
export type Change = Schemas['Change'];
export type ChangeList = Schemas['ChangeList'];

/** The filters of `GET /v1/articles`; `limit` is the page size (every page is fetched in turn). */
export interface ArticleFilters {
  section?: string;
  /** Every tag must match. */
  tag?: string | readonly string[];
  author?: string;
  /** Published at or after (RFC 3339 or a date). */
  since?: string;
  /** Published at or before (a date covers the whole day). */
  until?: string;
  /** Full-text search; results then come most relevant first, each with a `snippet`. */
  q?: string;
  /** Articles per request, 1–100 (20 by default): a page size, never a total. */
  limit?: number;
}
