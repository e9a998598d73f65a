/**
 * The /docs page: a shell that loads Byline's own copy of the Scalar viewer (a static asset,
 * see wrangler.toml [assets]) and nothing from any other host. No inline script or style, so
 * the CSP below needs no nonce and no hash.
 */

/** Where the viewer and its start-up script are served from (public/docs/, Workers static assets). */
export const DOCS_VIEWER_SCRIPTS = ['/docs/scalar/standalone.js', '/docs/init.js'] as const;

/**
 * Scripts, styles, fonts, images and fetches only from this origin. Scalar builds its styles at
 * run time (it inserts <style> elements and sets style attributes, which no hash can cover):
 * hence style-src 'unsafe-inline', the one exception. It needs no eval and no data: URLs
 * (test/browser/docs.test.ts fails on any CSP violation).
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The HTML of /docs. */
export function docsPage(): string {
  const scripts = DOCS_VIEWER_SCRIPTS.map((src) => `<script src="${src}"></script>`).join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Byline API reference</title>
    <link rel="icon" href="/docs/icon.svg">
  </head>
  <body>
    <noscript>The reference needs JavaScript; the document itself is at <a href="/openapi.json">/openapi.json</a>.</noscript>
    <div id="app"></div>
    ${scripts}
  </body>
</html>
`;
}
