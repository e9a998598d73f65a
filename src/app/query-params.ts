import type { RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { invalidInput } from './problem';
import type { FieldError } from './problem';
import type { AppEnv } from './types';

/**
 * The OpenAPI extension by which a route says it ignores query parameters instead of refusing
 * the unknown ones. Only `/embed.js` does: a static script whose answer no parameter changes,
 * loaded by script tags on pages we do not control, where `?v=3` and jQuery's `?_=…` are common.
 */
export const IGNORES_QUERY = 'x-ignores-query';

/**
 * Names people reach for, each with the parameter it means, asked only where the route has
 * that parameter. A `message` stands alone; otherwise the hint is "did you mean `param`?".
 */
const MISTAKES = new Map<string, { param: string; message?: string }>([
  ...['tags'].map((name) => [name, { param: 'tag', message: 'Did you mean `tag`? Repeat it or give a comma list; every one must match.' }] as const),
  ...['page', 'offset', 'skip', 'start', 'page_token', 'next_cursor', 'after'].map(
    (name) => [name, { param: 'cursor', message: 'Pages are keyset: pass `next_cursor` back as `cursor`.' }] as const,
  ),
  ...['per_page', 'perpage', 'page_size', 'pagesize', 'size', 'count', 'max', 'top', 'take', 'n'].map((name) => [name, { param: 'limit' }] as const),
  ...['sort', 'sort_by', 'sortby', 'order', 'order_by', 'orderby', 'direction', 'dir'].map(
    (name) => [name, { param: 'cursor', message: 'There is no sort: each list has one documented order (articles newest first, or by relevance with `q`).' }] as const,
  ),
  ...['category', 'categories', 'sections'].map((name) => [name, { param: 'section' }] as const),
  ...['authors', 'byline', 'writer'].map((name) => [name, { param: 'author' }] as const),
  ...['search', 'query', 'keyword', 'keywords', 'text', 's', 'term'].map((name) => [name, { param: 'q' }] as const),
  ...['from', 'since_date', 'start_date', 'after_date'].map((name) => [name, { param: 'since' }] as const),
  ...['to', 'before', 'until_date', 'end_date', 'before_date'].map((name) => [name, { param: 'until' }] as const),
  ...['field', 'select', 'include'].map((name) => [name, { param: 'fields' }] as const),
  ...['width'].map((name) => [name, { param: 'w' }] as const),
]);

/** Edit distance between two short names (parameter names; the caller bounds the work). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Why `name` is refused on a route that takes `known`, with the likeliest fix. */
export function unknownParameterMessage(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  const mistake = MISTAKES.get(lower);
  if (mistake && known.includes(mistake.param)) return `Unknown parameter. ${mistake.message ?? `Did you mean \`${mistake.param}\`?`}`;
  // A near spelling (`limt`, `Tag`, `maxWidth`), but not one short name for another (`page`
  // for `tag`, `h` for `w`): short names may be one edit off, longer ones two.
  const near = lower.length <= 40 ? known.filter((param) => { const d = distance(lower, param); return d <= (param.length <= 4 ? 1 : 2) && d < param.length; }) : [];
  near.sort((a, b) => distance(lower, a) - distance(lower, b));
  if (near[0]) return `Unknown parameter. Did you mean \`${near[0]}\`?`;
  return known.length > 0 ? `Unknown parameter. This route takes ${known.map((param) => `\`${param}\``).join(', ')}.` : 'Unknown parameter. This route takes no query parameters.';
}

/** The query parameter names a route declares (the keys of its `request.query` object). */
export function declaredQuery(route: RouteConfig): string[] {
  const query = route.request?.query as { shape?: Record<string, unknown> } | undefined;
  if (!query) return [];
  if (!query.shape) throw new Error(`${route.method.toUpperCase()} ${route.path}: request.query must be a z.object so unknown parameters can be refused.`);
  return Object.keys(query.shape);
}

const BAD_ESCAPE = 'Has a percent-escape that is not UTF-8 (such as `%zz` or `%ED%A0%80`); encode the value with encodeURIComponent.';

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text.replaceAll('+', ' '));
    return true;
  } catch {
    return false;
  }
}

/**
 * The parameters of `search` (the raw query, without `?`) whose name or value has a
 * percent-escape that does not decode. Hono keeps such an escape as literal text, which a filter
 * would then read as another value (`tag=%zz` as the tag `zz`).
 */
export function badlyEscaped(search: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const pair of search.split('&')) {
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    if (decodes(name) && decodes(value)) continue;
    const path = decodes(name) ? decodeURIComponent(name.replaceAll('+', ' ')) : name;
    if (!errors.some((error) => error.path === path)) errors.push({ path, message: BAD_ESCAPE });
  }
  return errors;
}

/**
 * Refuses query parameters the route does not declare, 400 naming each one, before any other
 * validation: a misspelt filter (`tags`, `page`, `sort`) must never answer the unfiltered list.
 * A parameter whose escapes do not decode is refused too, naming it, rather than read as text.
 */
export function refuseUnknownQuery(known: readonly string[]): MiddlewareHandler<AppEnv> {
  return async function refuseUnknownQueryMiddleware(c, next) {
    // From the raw URL, not c.req.queries(): an object there could swallow `__proto__`.
    const url = new URL(c.req.url);
    const names = new Set(url.searchParams.keys());
    const errors: FieldError[] = [...names].filter((name) => !known.includes(name)).map((name) => ({ path: name, message: unknownParameterMessage(name, known) }));
    if (errors.length === 0 && url.search.includes('%')) errors.push(...badlyEscaped(url.search.slice(1)));
    if (errors.length > 0) throw invalidInput(errors, 400);
    await next();
  };
}
