import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { type OpenAPIOperation, openapiDocument } from './openapi-document';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the document, with its method and path. */
function operations(doc: Awaited<ReturnType<typeof openapiDocument>>): { method: string; path: string; operation: OpenAPIOperation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method]! })),
  );
}

/** Every JSON object inside `value`, at its JSON pointer. */
function* objects(value: unknown, pointer = ''): Generator<[string, Record<string, unknown>]> {
  if (!value || typeof value !== 'object') return;
  if (!Array.isArray(value)) yield [pointer, value as Record<string, unknown>];
  for (const [key, child] of Object.entries(value)) yield* objects(child, `${pointer}/${key}`);
}

const headerNames = (response: { headers?: Record<string, unknown> } | undefined) => Object.keys(response?.headers ?? {});
const nullable = (type: unknown) => Array.isArray(type) && type.includes('null');

// The validator compiles JSON Schemas at run time, which workerd forbids, so this runs in Node
// against the same app the Worker serves.
describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const doc = (await openapiDocument()) as unknown as Parameters<typeof validate>[0];
    const result = await validate(doc);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('declares nullable objects as anyOf with null, never as an allOf no value matches', async () => {
    const doc = await openapiDocument();
    const wrong = [...objects(doc)].filter(
      ([, schema]) =>
        (Array.isArray(schema.allOf) && schema.allOf.some((part) => nullable((part as { type?: unknown }).type))) ||
        (nullable(schema.type) && schema.properties !== undefined),
    );
    expect(wrong.map(([pointer]) => pointer)).toEqual([]);
    const section = (doc.components.schemas!.Article as { properties: Record<string, unknown> }).properties.section;
    expect(section).toEqual({ anyOf: [{ $ref: '#/components/schemas/Term' }, { type: 'null' }] });
  });

  it('gives every operation a unique camelCase operationId and a security requirement by audience', async () => {
    const all = operations(await openapiDocument());
    const ids = all.map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]+$/.test(id ?? ''))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { method, path, operation } of all) {
      const expected = path.startsWith('/v1/admin/') ? [{ bearerAuth: [] }] : [{}, { partnerKey: [] }];
      expect(operation.security, `${method} ${path}`).toEqual(expected);
    }
  });

  it('declares the conditional GET and the headers every answer carries', async () => {
    for (const { method, path, operation } of operations(await openapiDocument())) {
      const at = `${method} ${path}`;
      expect(operation.responses['405'], at).toEqual({ $ref: '#/components/responses/MethodNotAllowed' });
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response.$ref) continue;
        const names = headerNames(response).map((name) => name.toLowerCase());
        expect(names, `${at} ${status}`).toContain('x-request-id');
        if (method === 'get' && (status.startsWith('2') || status === '304')) expect(names, `${at} ${status}`).toEqual(expect.arrayContaining(['etag', 'cache-control']));
        if (status === '429' || status === '503') expect(names, `${at} ${status}`).toContain('retry-after');
        if (/^3/.test(status) && status !== '304') expect(names, `${at} ${status}`).toContain('location');
      }
      if (method !== 'get') continue;
      // A redirect-only GET (/v1/resolve) has no 200 to cache or revalidate; every other GET does.
      const redirectOnly = !Object.keys(operation.responses).some((status) => status.startsWith('2'));
      expect(Object.keys(operation.responses).includes('304'), at).toBe(!redirectOnly);
      expect(operation.parameters?.map((p) => p.name.toLowerCase()).includes('if-none-match'), at).toBe(!redirectOnly);
      if (!path.startsWith('/v1/admin/') && !redirectOnly) expect(headerNames(operation.responses['200']), at).toContain('Cache-Status');
    }
    const created = (await openapiDocument()).paths['/v1/admin/articles']!.post!.responses['201'];
    expect(headerNames(created)).toContain('Location');
  });

  it('declares the 410 of a withdrawn article with its slug and reason', async () => {
    const doc = await openapiDocument();
    const gone = doc.components.schemas!.GoneProblem as { allOf: { required?: string[]; properties?: object }[] };
    expect(gone.allOf.flatMap((part) => part.required ?? [])).toEqual(expect.arrayContaining(['slug', 'withdrawn_reason']));
    for (const path of ['/v1/articles/{slug}', '/v1/articles/{slug}/related', '/oembed']) {
      expect(doc.paths[path]!.get!.responses['410']!.content!['application/problem+json']!.schema, path).toEqual({ $ref: '#/components/schemas/GoneProblem' });
    }
  });

  it('takes since and until as a date or a date-time', async () => {
    const parameters = (await openapiDocument()).paths['/v1/articles']!.get!.parameters!;
    for (const name of ['since', 'until']) {
      expect(parameters.find((p) => p.name === name)?.schema, name).toMatchObject({ type: 'string', anyOf: [{ format: 'date-time' }, { format: 'date' }] });
    }
  });
});
