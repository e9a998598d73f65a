import { describe, expect, it } from 'vitest';
import { get } from '../helpers/articles';

interface OpenAPIDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string; in: string }[] }>>;
}

describe('OpenAPI and docs', () => {
  it('serves an OpenAPI 3.1 document describing every public route and its statuses', async () => {
    const res = await get('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenAPIDocument;
    expect(doc.openapi).toBe('3.1.0');
    const expected: Record<string, string[]> = {
      '/v1/articles': ['200', '304', '400', '401', '403', '406', '500', '503'],
      '/v1/articles/{slug}': ['200', '301', '304', '400', '401', '403', '404', '406', '410', '500', '503'],
      '/v1/sections': ['200', '304', '400', '401', '403', '500', '503'],
      '/v1/tags': ['200', '304', '400', '401', '403', '500', '503'],
      '/v1/authors': ['200', '304', '400', '401', '403', '500', '503'],
      '/health': ['200', '304', '400', '401', '403', '500', '503'],
      '/v1/changes': ['200', '304', '400', '401', '403', '500', '503'],
      '/oembed': ['200', '301', '304', '400', '401', '403', '404', '410', '500', '501', '503'],
      '/embed/{slug}': ['200', '301', '304', '400', '401', '403', '404', '410', '500', '503'],
      '/embed.js': ['200', '304', '401', '403', '500'],
      '/v1/articles/{slug}/related': ['200', '301', '304', '400', '401', '403', '404', '410', '500', '503'],
      '/v1/feed.json': ['200', '304', '400', '401', '403', '500', '503'],
      '/v1/feed.xml': ['200', '304', '400', '401', '403', '500', '503'],
      '/sitemap-news.xml': ['200', '304', '400', '401', '403', '500', '503'],
      '/sitemap.xml': ['200', '304', '400', '401', '403', '404', '500', '503'],
      '/media/{key}': ['200', '206', '304', '400', '401', '403', '404', '416', '500'],
      '/preview/{token}': ['200', '304', '400', '401', '403', '404', '500', '503'],
      '/preview/{token}/card': ['200', '304', '400', '401', '403', '404', '500', '503'],
    };
    for (const [path, statuses] of Object.entries(expected)) {
      // 405 everywhere: the path answers it for any other method (with Allow); 429 for any limited caller;
      // 503 in a storage outage; 400 for a malformed X-D1-Bookmark.
      expect(Object.keys(doc.paths[path]?.get?.responses ?? {}).sort(), path).toEqual([...new Set([...statuses, '400', '405', '429', '503'])].sort());
    }
    const admin: [string, string, string[]][] = [
      ['/v1/admin/articles', 'post', ['201', '400', '401', '403', '409', '413', '415', '422', '500', '503']],
      ['/v1/admin/articles', 'get', ['200', '304', '400', '401', '403', '500']],
      ['/v1/admin/articles/{id}', 'get', ['200', '304', '400', '401', '403', '404', '500']],
      ['/v1/admin/articles/{id}', 'patch', ['200', '400', '401', '403', '404', '409', '412', '413', '415', '422', '428', '500', '503']],
      ['/v1/admin/articles/{id}', 'delete', ['204', '400', '401', '403', '404', '412', '500', '503']],
      ['/v1/admin/articles/{id}/publish', 'post', ['200', '400', '401', '403', '404', '409', '412', '413', '415', '422', '500', '503']],
      ['/v1/admin/articles/{id}/withdraw', 'post', ['200', '400', '401', '403', '404', '409', '412', '413', '415', '422', '500', '503']],
      ['/v1/admin/articles/{id}/preview', 'post', ['200', '400', '401', '403', '404', '413', '415', '422', '500', '503']],
      ['/v1/admin/articles/{id}/revisions', 'get', ['200', '304', '400', '401', '403', '404', '500']],
      ['/v1/admin/keys', 'post', ['201', '400', '401', '403', '413', '415', '422', '500']],
      ['/v1/admin/keys', 'get', ['200', '304', '400', '401', '403', '500']],
      ['/v1/admin/keys/{id}', 'delete', ['200', '400', '401', '403', '404', '500']],
      ['/v1/admin/media', 'post', ['200', '201', '400', '401', '403', '413', '415', '422', '500']],
    ];
    for (const [path, method, statuses] of admin) {
      const operation = (doc.paths[path] as Record<string, { responses: Record<string, unknown>; security?: unknown[] }>)[method];
      expect(Object.keys(operation?.responses ?? {}).sort(), `${method} ${path}`).toEqual([...new Set([...statuses, '400', '405', '429', '503'])].sort());
      expect(operation?.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
    }
    expect((doc as unknown as { components: { securitySchemes: Record<string, unknown> } }).components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const params = doc.paths['/v1/articles']!.get!.parameters!.filter((p) => p.in === 'query').map((p) => p.name).sort();
    expect(params).toEqual(['author', 'cursor', 'fields', 'limit', 'q', 'section', 'since', 'tag', 'until']);
  });

  it('serves an interactive reference at /docs that loads nothing from another host', async () => {
    const res = await get('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    // Every source a directive allows is this origin, or inline styles (Scalar's run-time CSS).
    for (const directive of csp.split(';')) {
      const [, ...sources] = directive.trim().split(/\s+/);
      expect(sources.filter((source) => !["'self'", "'none'", "'unsafe-inline'"].includes(source)), directive).toEqual([]);
    }
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const html = await res.text();
    const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toContain('/docs/scalar/standalone.js');
    expect(sources.filter((source) => !source!.startsWith('/'))).toEqual([]);
    expect(html).not.toMatch(/<script>|<style/);
  });
});
