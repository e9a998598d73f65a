/**
 * The contract as the fuzzer reads it: the app's own /openapi.json, its operations, and one
 * check of any answer against what the document promises for it. Nothing here names a route:
 * whatever the document lists is fuzzed, and judged by what the document says of it.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { get } from '../helpers/articles';

const DOC_ID = 'https://byline.test/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export type Schema = Record<string, any>;

interface DeclaredResponse {
  $ref?: string;
  content?: Record<string, { schema?: Schema }>;
}

export interface Operation {
  method: string;
  template: string;
  parameters: Parameter[];
  /** The request body's media types and their schemas; empty when the operation takes none. */
  body: Record<string, Schema>;
  bodyRequired: boolean;
  /** Whether the operation requires a key (every security requirement names one). */
  needsKey: boolean;
  responses: Record<string, DeclaredResponse>;
}

export interface Contract {
  doc: any;
  operations: Operation[];
  /** Resolves a `$ref` (one level, then again while it is one). */
  resolve: <T extends { $ref?: string }>(node: T) => T;
  /** The operation whose template matches a concrete path (literal segments beat parameters). */
  match: (method: string, pathname: string) => Operation | 'no-method' | null;
  check: (operation: Operation | 'no-method' | null, res: Response, text: string) => string[];
}

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Fetches the app's document and readies a validator for every schema in it. */
export async function loadContract(): Promise<Contract> {
  const res = await get('/openapi.json');
  if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
  const doc = (await res.json()) as any;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });

  const resolve = <T extends { $ref?: string }>(node: T): T => {
    let current: any = node;
    while (current?.$ref) current = current.$ref.slice(2).split('/').reduce((at: any, part: string) => at?.[part.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
    return current as T;
  };

  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<any>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Parameter) => resolve(p as Parameter & { $ref?: string }));
      const requestBody = op.requestBody ? resolve(op.requestBody) : null;
      const body: Record<string, Schema> = {};
      for (const [type, media] of Object.entries<any>(requestBody?.content ?? {})) body[type] = media.schema ?? {};
      const security: Record<string, string[]>[] = op.security ?? doc.security ?? [];
      operations.push({
        method,
        template,
        parameters,
        body,
        bodyRequired: !!requestBody?.required,
        needsKey: security.length > 0 && security.every((req) => Object.keys(req).length > 0),
        responses: op.responses,
      });
    }
  }

  const validators = new Map<string, ValidateFunction | undefined>();
  const validatorAt = (path: string) => {
    if (!validators.has(path)) validators.set(path, ajv.getSchema(`${DOC_ID}#/${path}`));
    return validators.get(path);
  };

  const match = (method: string, pathname: string): Operation | 'no-method' | null => {
    const segments = pathname.split('/');
    let best: { template: string; literals: number } | null = null;
    for (const template of Object.keys(doc.paths)) {
      const parts = template.split('/');
      if (parts.length !== segments.length) continue;
      let literals = 0;
      const fits = parts.every((part, i) => {
        if (/^\{.+\}$/.test(part)) return segments[i] !== '';
        literals++;
        return part === segments[i];
      });
      if (fits && (!best || literals > best.literals)) best = { template, literals };
    }
    if (!best) return null;
    return operations.find((op) => op.template === best.template && op.method === method.toLowerCase()) ?? 'no-method';
  };

  /** Every way `res` breaks the document's promise for `operation` (none: an empty list). */
  const check = (operation: Operation | 'no-method' | null, res: Response, text: string): string[] => {
    const problems: string[] = [];
    const status = res.status;
    const type = (res.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (status >= 500 && !(status === 501 && operation && typeof operation === 'object' && operation.responses['501'])) problems.push(`answered ${status}`);
    if (status >= 400) {
      // Only where the document itself declares another type for this error (the embed card's notice for browsers).
      const declaredTypes = operation && typeof operation === 'object' ? Object.keys(resolve(operation.responses[String(status)] ?? {}).content ?? {}) : [];
      const documented = type !== '' && declaredTypes.includes(type);
      if (type !== 'application/problem+json' && !documented) problems.push(`error ${status} is ${type || 'without a Content-Type'}, not problem+json`);
      else if (type !== 'application/problem+json') return problems;
      else {
        let body: any;
        try {
          body = JSON.parse(text);
        } catch {
          problems.push(`error ${status} is not JSON`);
        }
        if (body && (typeof body.type !== 'string' || typeof body.title !== 'string' || body.status !== status)) problems.push(`error ${status} lacks type/title/status: ${text.slice(0, 200)}`);
      }
    }
    if (!operation || operation === 'no-method') {
      if (status < 400) problems.push(`${status} for a path or method the document does not list`);
      return problems;
    }
    const declared = operation.responses[String(status)] ?? operation.responses.default;
    if (!declared) {
      problems.push(`${status} is not a declared status of ${operation.method.toUpperCase()} ${operation.template}`);
      return problems;
    }
    const [base, response] = declared.$ref
      ? [declared.$ref.slice(2), resolve(declared)]
      : [pointer('paths', operation.template, operation.method, 'responses', String(status)), declared];
    if (status === 204 || status === 304 || (status >= 300 && status < 400 && !response.content)) return problems;
    const types = Object.keys(response.content ?? {});
    if (types.length === 0) return problems;
    const declaredType = types.find((t) => t === type || (t.endsWith('/*') && type.startsWith(t.slice(0, -1))));
    if (!declaredType) {
      problems.push(`${status} is ${type}, not one of the declared ${types.join(', ')}`);
      return problems;
    }
    if (status >= 200 && status < 300 && type.includes('json')) {
      const validate = validatorAt(`${base}/${pointer('content', declaredType, 'schema')}`);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`${status} ${type} is not JSON`);
        return problems;
      }
      if (validate && !validate(body)) problems.push(`${status} body does not match its schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
    return problems;
  };

  return { doc, operations, resolve, match, check };
}
