/**
 * Content negotiation for the article routes: JSON (the default) or IPTC ninjs, chosen from
 * `Accept` as RFC 9110 §12.5.1 says — each offer takes the q of the most specific range that
 * matches it, the highest q above 0 wins, and a tie goes to JSON.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Problem, problemResponse } from '../app/problem';
import type { AppEnv } from '../app/types';

export const NINJS_MEDIA_TYPE = 'application/ninjs+json';

/** The representations an article route offers, in the order a tie picks them. */
const OFFERS = [
  ['json', 'application/json'],
  ['ninjs', NINJS_MEDIA_TYPE],
] as const;
export type ArticleRepresentation = (typeof OFFERS)[number][0];

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): Range[] {
  const ranges: Range[] = [];
  for (const entry of accept.split(',')) {
    const [mediaRange = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const [type, subtype] = mediaRange.split('/');
    if (!type || !subtype) continue;
    const qParam = params.find((param) => /^q\s*=/.test(param));
    const q = qParam === undefined ? 1 : Number(qParam.split('=')[1]);
    // A malformed q (`q=high`, `q=2`) makes the range mean nothing rather than everything.
    if (Number.isFinite(q) && q >= 0 && q <= 1) ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** How closely `range` names `mediaType`: 2 exactly, 1 as `type/*`, 0 as `*\/*`, -1 not at all. */
function specificity(range: Range, mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  if (range.type === '*' && range.subtype === '*') return 0;
  if (range.type !== type) return -1;
  if (range.subtype === '*') return 1;
  return range.subtype === subtype ? 2 : -1;
}

/** The representation `accept` prefers, or null when it accepts none of them. No header (or a blank one) is JSON. */
export function negotiateRepresentation(accept: string | undefined): ArticleRepresentation | null {
  if (!accept?.trim()) return 'json';
  const ranges = parseAccept(accept);
  let best: { name: ArticleRepresentation; q: number } | null = null;
  for (const [name, mediaType] of OFFERS) {
    let q = 0;
    let closest = -1;
    for (const range of ranges) {
      const level = specificity(range, mediaType);
      if (level > closest) [closest, q] = [level, range.q];
    }
    if (q > 0 && (!best || q > best.q)) best = { name, q };
  }
  return best?.name ?? null;
}

function notAcceptable(): Problem {
  return new Problem({
    status: 406,
    type: 'not-acceptable',
    title: 'Not acceptable',
    detail: `This resource is available as ${OFFERS.map(([, type]) => type).join(' or ')}; the Accept header names neither.`,
  });
}

/** The representation this request asked for; 406 problem+json when it accepts none of them. */
export function representationOf(c: Context<AppEnv>): ArticleRepresentation {
  const chosen = negotiateRepresentation(c.req.header('Accept'));
  if (!chosen) throw notAcceptable();
  return chosen;
}

const VARIES_ON_ACCEPT = /(^|,)\s*accept\s*(,|$)/i;

/**
 * Marks every answer of a negotiated route `Vary: Accept` — its 200s before the handler runs (so
 * the cached copy carries it too), its errors after — and answers an `Accept` that names no
 * representation 406 before anything else is done.
 *
 * @example
 * ```ts
 * createRoute({ path: '/v1/articles/{slug}', middleware: [negotiated()], … })
 * ```
 */
export function negotiated(): MiddlewareHandler<AppEnv> {
  return async function negotiatedMiddleware(c, next) {
    if (!negotiateRepresentation(c.req.header('Accept'))) {
      const refused = problemResponse(notAcceptable(), c.get('requestId'));
      refused.headers.set('Vary', 'Accept');
      return refused;
    }
    c.header('Vary', 'Accept', { append: true });
    await next();
    if (!VARIES_ON_ACCEPT.test(c.res.headers.get('Vary') ?? '')) c.res.headers.append('Vary', 'Accept');
  };
}
