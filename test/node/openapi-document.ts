import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app } from '../../src/index';

/** The OpenAPI document as /openapi.json serves it, generated from the app in Node (no server). */
export async function openapiDocument(): Promise<OpenAPIDocument> {
  const res = await app.request('http://byline.test/openapi.json');
  if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
  return (await res.json()) as OpenAPIDocument;
}

/** Writes the document to a fresh temporary directory, for the CLIs that read files. */
export async function writeOpenapiDocument(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'byline-openapi-'));
  const file = join(dir, 'openapi.json');
  await writeFile(file, JSON.stringify(await openapiDocument(), null, 2));
  if (process.env.BYLINE_OPENAPI_OUT) await writeFile(process.env.BYLINE_OPENAPI_OUT, JSON.stringify(await openapiDocument(), null, 2));
  return { dir, file };
}

export interface OpenAPIOperation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: unknown; $ref?: string }[];
  responses: Record<string, { $ref?: string; headers?: Record<string, unknown>; content?: Record<string, { schema: unknown }> }>;
}

export interface OpenAPIDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenAPIOperation>>;
  components: Record<string, Record<string, unknown>>;
  tags?: { name: string }[];
}
