import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { app } from '../../src/index';
import { type OpenAPIDocument, openapiDocument } from './openapi-document';

/**
 * Every JSON request body the routes validate against the schema the document declares for it,
 * field by field: each probe value the route's own zod schema takes for a field, the document
 * must take too (else a client or gateway validating against the document stops a request the
 * API would serve), and a field takes null in the document exactly when it does in the API
 * (else generated clients get the wrong type). The document may refuse more than zod does
 * elsewhere (a slug that exists, a time in the future are for the handler). Ajv, so in Node.
 */

const DOC_ID = 'https://byline.test/openapi.json';
/** Values tried on every field: none is meaningful everywhere, each is valid somewhere. */
const PROBES: unknown[] = [null, '', 'x', 'kenya', 'https://partner.example/hook', '2031-06-01', '2031-06-01T12:00:00Z', 0, 1, 60, 1.5, -1, true, false, [], ['kenya'], {}];

interface BodyRoute {
  method: string;
  path: string;
  fields: [string, ZodType][];
}

/** The routes that declare a JSON body whose zod schema is an object, with its fields. */
function bodyRoutes(): BodyRoute[] {
  const routes: BodyRoute[] = [];
  for (const definition of app.openAPIRegistry.definitions as { type: string; route?: any }[]) {
    const schema = definition.type === 'route' ? definition.route.request?.body?.content?.['application/json']?.schema : undefined;
    const shape = (schema as { shape?: Record<string, ZodType> } | undefined)?.shape;
    if (!shape) continue;
    routes.push({ method: definition.route.method, path: definition.route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}'), fields: Object.entries(shape) });
  }
  return routes;
}

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

let doc: OpenAPIDocument;
let ajv: Ajv2020;

beforeAll(async () => {
  doc = await openapiDocument();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
});

/** The JSON pointer (in the document) of the schema of `route`'s body, through a $ref to a component. */
function bodyPointer(route: BodyRoute): string {
  const body = (doc.paths[route.path] as Record<string, any> | undefined)?.[route.method]?.requestBody;
  expect(body, `${route.method} ${route.path} declares a request body`).toBeDefined();
  const schema = body.content['application/json'].schema as { $ref?: string };
  return schema.$ref ? schema.$ref.slice(2) : pointer('paths', route.path, route.method, 'requestBody', 'content', 'application/json', 'schema');
}

describe('JSON request bodies: the document takes what the API takes', () => {
  const routes = bodyRoutes();

  it('finds the routes with JSON bodies', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['post /v1/admin/articles', 'patch /v1/admin/articles/{id}', 'post /v1/admin/keys']));
  });

  it.each(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))('%s', (_, route) => {
    const base = bodyPointer(route);
    const wrong: string[] = [];
    for (const [name, field] of route.fields) {
      const documented = ajv.getSchema(`${DOC_ID}#/${base}/${pointer('properties', name)}`);
      if (!documented) {
        wrong.push(`${name}: not in the document`);
        continue;
      }
      for (const value of PROBES) {
        const api = field.safeParse(value).success;
        const document = documented(value) as boolean;
        if (api && !document) wrong.push(`${name} = ${JSON.stringify(value)}: the API takes it, the document refuses it`);
        if (value === null && document && !api) wrong.push(`${name} = null: the document takes it, the API refuses it`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
