import type { Hono } from 'hono';
import { Problem } from './problem';

interface RouteEntry {
  method: string;
  path: string;
}

/** Turns a Hono route path (`/v1/articles/:slug`, `/media/*`) into an anchored RegExp. */
function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/** The methods the app answers for `pathname`; empty when no route matches the path at all. */
export function allowedMethods(app: Hono<any, any, any>, pathname: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes as RouteEntry[]) {
    if (route.method === 'ALL' || route.path === '/*') continue;
    if (pathPattern(route.path).test(pathname)) methods.add(route.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/** 405 with the `Allow` header, per RFC 9110. */
export function methodNotAllowed(method: string, allow: string[]): Problem {
  return new Problem({
    status: 405,
    type: 'method-not-allowed',
    title: 'Method not allowed',
    detail: `${method} is not allowed here; use ${allow.join(', ')}.`,
    headers: { Allow: allow.join(', ') },
  });
}
