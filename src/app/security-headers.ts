/** What every response says about the page it came from when a link on it is followed. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
/** Two years, subdomains too: sent only over https, so local http development is never pinned. */
export const HSTS = 'max-age=63072000; includeSubDomains';
/** For an HTML page that brings no policy of its own: nothing may load, frame it or submit from it. */
export const DEFAULT_HTML_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Sets the security headers on `headers` (HSTS when `https`); for headers built ahead, such as the front door's. */
export function applySecurityHeaders(headers: Headers, https: boolean): void {
  headers.set('X-Content-Type-Options', 'nosniff');
  // The card, /docs and the problem pages set their own policies: those are kept, never weakened.
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', REFERRER_POLICY);
  if (https) headers.set('Strict-Transport-Security', HSTS);
  const html = (headers.get('Content-Type') ?? '').toLowerCase().startsWith('text/html');
  if (html && !headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', DEFAULT_HTML_CSP);
}

/**
 * `res` with the headers every Byline response carries: nosniff, a Referrer-Policy, HSTS when
 * `request` came over https, and a default CSP on HTML that has none. Applied once, outside the
 * app and the front door alike, so cached hits, 304s and problems get them as well.
 */
export function withSecurityHeaders(res: Response, request: Request): Response {
  const https = request.url.startsWith('https:');
  try {
    applySecurityHeaders(res.headers, https);
    return res;
  } catch {
    // Headers of a response we did not build (a fetch, the Cache API) may be immutable.
    const copy = new Response(res.body, res);
    applySecurityHeaders(copy.headers, https);
    return copy;
  }
}
