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
      '/v1/articles': ['200', '304', '400', '500'],
      '/v1/articles/{slug}': ['200', '304', '400', '404', '410', '500'],
      '/v1/sections': ['200', '304', '400', '500'],
      '/v1/tags': ['200', '304', '400', '500'],
      '/v1/authors': ['200', '304', '400', '500'],
      '/health': ['200', '304', '500', '503'],
    };
    for (const [path, statuses] of Object.entries(expected)) {
      expect(Object.keys(doc.paths[path]?.get?.responses ?? {}).sort(), path).toEqual(statuses.sort());
    }
    const params = doc.paths['/v1/articles']!.get!.parameters!.map((p) => p.name).sort();
    expect(params).toEqual(['author', 'cursor', 'fields', 'limit', 'section', 'since', 'tag', 'until']);
  });

  it('serves an interactive reference at /docs', async () => {
    const res = await get('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(await res.text()).toContain('/openapi.json');
  });
});
