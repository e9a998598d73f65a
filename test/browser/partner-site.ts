import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A partner's web site: a plain node:http server on 127.0.0.1 and its own port (so its own origin). */
export interface PartnerSite {
  origin: string;
  /** Serves `html` at `path` from now on. */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startPartnerSite(): Promise<PartnerSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://partner.test').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, html) => pages.set(path, html),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A partner page: its own heading and text around the embeds, and a listener that records every
 * message the page receives other than the cards' height messages (a smuggled script posting to
 * `window.top` would land there).
 */
export function partnerPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:24px auto;padding:0 16px;background:#f7f5ef}h2{font:600 14px system-ui;text-transform:uppercase;color:#666;margin:32px 0 8px}</style>
<script>window.__foreignMessages=[];addEventListener('message',function(e){var d=e.data;if(!(d&&d.type==='byline:height'))window.__foreignMessages.push({origin:e.origin,data:typeof d==='string'?d:JSON.stringify(d)})});</script>
</head><body>
<h1>${title}</h1>
<p>A partner's own article text, around embedded Byline cards.</p>
${content}
</body></html>`;
}
