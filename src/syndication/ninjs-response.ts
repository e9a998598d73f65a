/** Answers in ninjs: the media type on one item, the list envelope's profile on a page of them. */
import type { Context } from 'hono';
import type { AppEnv } from '../app/types';
import type { NinjsItem } from '../schemas/ninjs';
import { NINJS_MEDIA_TYPE } from './negotiation';

/**
 * A page of ninjs items is JSON with a profile, not `application/ninjs+json`: ninjs has no list
 * type, so calling the envelope ninjs would tell a validator something untrue. The profile
 * names the schema of the envelope in Byline's OpenAPI document.
 */
export function ninjsListContentType(origin: string): string {
  return `application/json; profile="${origin}/openapi.json#/components/schemas/NinjsList"`;
}

/** One ninjs item as `application/ninjs+json`, with `status` (200, or 410 for a withdrawn article's canceled item). */
export function ninjsItemResponse<S extends 200 | 410>(c: Context<AppEnv>, item: NinjsItem, status: S) {
  return c.body(JSON.stringify(item), status, { 'Content-Type': NINJS_MEDIA_TYPE });
}

/** A page of ninjs items in the usual `{ data, next_cursor }` envelope. */
export function ninjsListResponse(c: Context<AppEnv>, data: NinjsItem[], nextCursor: string | null) {
  return c.body(JSON.stringify({ data, next_cursor: nextCursor }), 200, { 'Content-Type': ninjsListContentType(new URL(c.req.url).origin) });
}
