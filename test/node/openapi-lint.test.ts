import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOpenapiDocument } from './openapi-document';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const bin = (path: string) => join(ROOT, 'node_modules', path);

/** Runs a CLI on this Node; lint CLIs exit non-zero on findings, so their output is read either way. */
async function cli(script: string, args: string[]): Promise<string> {
  try {
    return (await run(process.execPath, [bin(script), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    if (!stdout) throw new Error(`${script} failed: ${stderr}`);
    return stdout;
  }
}

// The real linters over the document the app serves, with the checked-in redocly.yaml and
// .spectral.yaml: a route added without an operationId, a description, a declared tag or a
// security requirement fails here.
describe('the OpenAPI document under lint', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    ({ dir, file } = await writeOpenapiDocument());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('has no redocly lint error or warning', async () => {
    const out = await cli('@redocly/cli/bin/cli.js', ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json']);
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] };
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('has no Spectral oas warning or error', async () => {
    const out = await cli('@stoplight/spectral-cli/dist/index.js', ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet']);
    const results = JSON.parse(out.slice(out.indexOf('['))) as { code: string; severity: number; message: string; path: string[] }[];
    // Severity 0 is an error, 1 a warning; 2 and 3 (information, hint) are not failures.
    const problems = results.filter((r) => r.severity <= 1).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(problems).toEqual([]);
  }, 60_000);
});
