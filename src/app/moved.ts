/**
 * `301 Moved Permanently` for a resource that lives at another URL now (a renamed article's old
 * slug). Lookups throw it, like a `Problem`, so the route that found the old name needs no branch;
 * the app's `onError` answers it. Never stored by `cached`: a slug can later be taken over, so
 * every redirect is decided afresh from D1.
 */
import { CACHE_POLICIES } from './cache-policy';

/** Thrown to answer 301 with `Location: location`. */
export class MovedPermanently extends Error {
  readonly location: string;

  constructor(location: string) {
    super(`Moved permanently to ${location}`);
    this.name = 'MovedPermanently';
    this.location = location;
  }

  /** The 301 itself: no body, and a short Cache-Control like an article's, since a slug can be taken over. */
  toResponse(requestId?: string): Response {
    return new Response(null, {
      status: 301,
      headers: {
        Location: this.location,
        'Cache-Control': CACHE_POLICIES.article,
        ...(requestId ? { 'X-Request-Id': requestId } : {}),
      },
    });
  }
}

/** A 301 from the request URL to `path` on the same origin, keeping the query (`fields=`, `theme=`…). */
export function movedTo(requestUrl: string, path: string): MovedPermanently {
  const url = new URL(requestUrl);
  return new MovedPermanently(`${url.origin}${path}${url.search}`);
}
