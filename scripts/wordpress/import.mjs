// `npm run import:wordpress -- --file export.xml` or `-- --url https://site.example/wp-json`
// [--user NAME --application-password "xxxx xxxx …"] [--target https://… --token …] [--dry-run]
// Imports a WordPress site's posts into Byline: the local state by default (what `npm start`
// serves), or a deployed Byline through its admin API. Safe to repeat: a second run changes nothing.
// Exit codes: 0 all imported, 1 some posts failed (listed), 2 the source or target is unusable.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTs } from '../lib/load-ts.mjs';
import { FLAGS, credentialsFrom } from './args.mjs';
import { printSummary, runImport } from './run.mjs';
import { openTarget } from './target.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A source of post batches from a WXR file. */
async function wxrSource(file) {
  const { readWxr, WxrError } = await loadTs(join(ROOT, 'scripts/wordpress/wxr.ts'));
  try {
    const wxr = readWxr(await readFile(file, 'utf8'));
    return { label: `${file} (WXR ${wxr.version ?? '?'}, ${wxr.site})`, total: wxr.posts.length, skipped: wxr.skipped, posts: async function* () { yield wxr.posts; } };
  } catch (error) {
    if (error instanceof WxrError) throw new Error(`${file}: ${error.message}`);
    throw error;
  }
}

/** A source of post batches from the REST API, page by page. */
async function restSource(url, credentials) {
  const { fetchPostsPage } = await loadTs(join(ROOT, 'src/wordpress/rest.ts'));
  const first = await fetchPostsPage(url, { page: 1, credentials });
  const source = {
    label: `${url} (REST, ${first.total} posts${credentials ? ', every status' : ', published only: no application password'})`,
    total: first.total,
    skipped: [],
    posts: async function* () {
      yield first.posts.map(({ modified: _modified, ...post }) => post);
      for (let page = 2; page <= first.totalPages; page++) {
        const next = await fetchPostsPage(url, { page, credentials });
        yield next.posts.map(({ modified: _modified, ...post }) => post);
      }
    },
  };
  return source;
}

async function main() {
  const { values } = parseArgs({ options: FLAGS, allowPositionals: false });
  if (values.help || (!values.file && !values.url)) {
    console.log('Usage: npm run import:wordpress -- (--file export.xml | --url https://site.example/wp-json [--user NAME --application-password "…"]) [--target https://… --token …] [--dry-run]');
    return values.help ? 0 : 2;
  }
  if (values.target && !values.token) {
    console.error('--target needs --token (an admin key of that Byline).');
    return 2;
  }
  let source;
  try {
    source = values.file ? await wxrSource(values.file) : await restSource(values.url, credentialsFrom(values));
  } catch (error) {
    console.error(`Cannot read the WordPress posts: ${error.message}`);
    return 2;
  }
  console.log(`Importing ${source.total} posts from ${source.label}${values['dry-run'] ? ' (dry run)' : ''}.`);
  if (source.skipped.length > 0) console.log(`Passing over ${source.skipped.length} items that are not posts (pages, menus, attachments' own entries…).`);
  const target = await openTarget({ target: values.target, token: values.token, persistTo: values['persist-to'] ?? process.env.PERSIST_TO ?? '.wrangler/state' });
  try {
    console.log(`Writing to ${values.target ? target.origin : `the local state (${values['persist-to'] ?? process.env.PERSIST_TO ?? '.wrangler/state'})`}.`);
    const result = await runImport({ source, target, dryRun: values['dry-run'] });
    printSummary(result, { dryRun: values['dry-run'] });
    return result.exitCode;
  } finally {
    await target.close();
  }
}

process.exitCode = await main();
