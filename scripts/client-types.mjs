// Generates @byline/client's types (packages/client/src/openapi.ts) from the OpenAPI document the
// app serves at /openapi.json, with openapi-typescript. `npm run client:types` rewrites the file;
// test/node/client/types-drift.test.ts regenerates it in memory and fails when the committed copy
// differs, so a route change that is not carried into the client never lands unnoticed.
//
// openapi-typescript runs on the repository's own TypeScript, pinned to 5.x in package.json:
// TypeScript 7 (the Go port) has no JS API, and openapi-typescript's printer needs it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the generated types live, committed. */
export const CLIENT_TYPES = join(ROOT, 'packages/client/src/openapi.ts');

const HEADER = `// Generated from Byline's /openapi.json by openapi-typescript (npm run client:types). Do not edit:
// test/node/client/types-drift.test.ts fails when this file and the document disagree.
`;

/** The text of packages/client/src/openapi.ts for `document` (the parsed /openapi.json). */
export async function clientTypes(document) {
  return `${HEADER}${astToString(await openapiTS(document))}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Bundled for Node (scripts/lib/load-ts.mjs bundles platform-neutral, which some of the app's
  // dependencies do not resolve under), then asked for the document as a test would.
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'byline-client-types-'));
  const bundle = join(dir, 'app.mjs');
  await build({ entryPoints: [join(ROOT, 'src/index.ts')], bundle: true, format: 'esm', platform: 'node', target: 'es2022', outfile: bundle, logLevel: 'silent' });
  const { app } = await import(pathToFileURL(bundle).href);
  rmSync(dir, { recursive: true, force: true });
  const res = await app.request('http://byline.test/openapi.json');
  if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
  writeFileSync(CLIENT_TYPES, await clientTypes(await res.json()));
  console.log(`wrote ${CLIENT_TYPES}`);
}
