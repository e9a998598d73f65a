import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOpenapiDocument } from './openapi-document';

const PROBE = join(import.meta.dirname, '..', 'types', 'client.ts');

/** tsc's verdict on `files`: every diagnostic, one line each. */
function compile(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

// What a partner does with the document: generate types (openapi-typescript, on TypeScript 5)
// and compile a strict client against them (test/types/client.ts says what it reads).
describe('types generated from the OpenAPI document', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    ({ dir, file } = await writeOpenapiDocument());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('compile a strict client that reads a list, a null section, a fields= read and a 410', async () => {
    const types = astToString(await openapiTS(JSON.parse(await readFile(file, 'utf8'))));
    await writeFile(join(dir, 'openapi.d.ts'), types);
    await copyFile(PROBE, join(dir, 'client.ts'));
    expect(compile([join(dir, 'client.ts')])).toEqual([]);
  }, 60_000);
});
