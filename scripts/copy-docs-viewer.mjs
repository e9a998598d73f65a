// Copies the docs viewer, Scalar's self-contained browser build, from the pinned
// @scalar/api-reference in node_modules to public/docs/scalar/, which Workers static assets serve
// at /docs/scalar/standalone.js. wrangler.toml's [build] runs it before every `wrangler dev`,
// `wrangler deploy` (and --dry-run) and test harness start, so the viewer served is always the
// version package.json pins; the copy is not committed (.gitignore).
//
// Why static assets and not the Worker bundle: the viewer is ~4.9 MB raw (~1.4 MB gzipped), four
// times the bundle's whole budget (scripts/check-bundle.mjs), and every isolate would parse it.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The package's `exports` hide package.json and dist/browser, so the path is spelled out.
const pkg = join(ROOT, 'node_modules/@scalar/api-reference');
const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const source = join(pkg, 'dist/browser/standalone.js');
const target = join(ROOT, 'public/docs/scalar/standalone.js');

mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`docs viewer: @scalar/api-reference ${version} → public/docs/scalar/standalone.js`);
