// `node scripts/capacity.mjs [--articles 100000] [--words 800]`: bytes per article in D1, measured.
//
// Builds a SQLite file with the real migrations and synthetic articles (scripts/lib/synthetic-
// articles.mjs, written directly, as the bench's large states are), optionally gives every
// article a body of about --words words, and reports the file's pages by table and index
// (SQLite's dbstat): the article rows, their indexes, the tag and author links, the full-text
// index. D1's limit per database is 10 GB; the report says how many such articles fit.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteD1 } from './lib/sqlite-d1.mjs';
import { seedSynthetic } from './lib/synthetic-articles.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, words: { type: 'string', default: '0' } } });
const articles = Number(values.articles);
const words = Number(values.words);
const D1_LIMIT_BYTES = 10 * 1024 ** 3;

const dir = mkdtempSync(join(tmpdir(), 'byline-capacity-'));
const file = join(dir, 'd1.sqlite');
const db = openSqliteD1(file);
for (const migration of readdirSync(join(ROOT, 'migrations')).filter((f) => f.endsWith('.sql')).sort()) {
  db.sqlite.exec(readFileSync(join(ROOT, 'migrations', migration), 'utf8'));
}
const at = '2023-01-01T00:00:00Z';
for (const slug of ['world', 'politics', 'business', 'sport', 'culture']) {
  db.sqlite.prepare('INSERT INTO sections (slug, name, created_at) VALUES (?, ?, ?)').run(slug, slug, at);
}
const t0 = Date.now();
await seedSynthetic(db, { from: 1, count: articles, siteUrl: 'https://news.example.com', chunk: 10000 });
if (words > 0) {
  // A body of about `words` words (the synthetic one repeated), through the search triggers.
  db.sqlite.exec(`UPDATE articles SET body_text = substr(replace(hex(zeroblob(${Math.ceil(words / 80)})), '00', body_text || ' '), 1, ${words * 6}),
    body_html = '<p>' || substr(replace(hex(zeroblob(${Math.ceil(words / 80)})), '00', body_text || ' '), 1, ${words * 6}) || '</p>'`);
}
db.sqlite.exec('VACUUM');
const seconds = (Date.now() - t0) / 1000;

const rows = db.sqlite.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all();
const kind = (name) =>
  name === 'articles' || name.startsWith('sqlite_autoindex_articles') ? 'article rows (and their primary key)'
    : name.startsWith('articles_') ? 'article indexes'
    : name.startsWith('article_tags') || name.startsWith('article_authors') || name.startsWith('sqlite_autoindex_article_') ? 'tag and author links'
    : name.startsWith('article_search') ? 'full-text search (FTS5 and its docs table)'
    : 'everything else (terms, changes, schema)';
const groups = new Map();
for (const row of rows) groups.set(kind(row.name), (groups.get(kind(row.name)) ?? 0) + Number(row.bytes));
const total = statSync(file).size;
const avgBody = db.sqlite.prepare('SELECT AVG(length(body_text)) AS n, AVG(word_count) AS w FROM articles').get();
console.log(`${articles.toLocaleString('en')} articles, body ≈ ${Math.round(avgBody.n)} chars (${words || Math.round(avgBody.w)} words), built in ${seconds.toFixed(1)} s`);
console.log('| part | bytes per article |');
console.log('|---|---:|');
for (const [name, bytes] of groups) console.log(`| ${name} | ${Math.round(bytes / articles).toLocaleString('en')} |`);
console.log(`| **file total** | **${Math.round(total / articles).toLocaleString('en')}** |`);
console.log(`articles per 10 GB D1 database at this size: ${Math.floor(D1_LIMIT_BYTES / (total / articles)).toLocaleString('en')}`);
for (const row of rows.slice(0, 12)) console.error(`  ${row.name}: ${(Number(row.bytes) / 1024 ** 2).toFixed(1)} MiB`);
db.close();
rmSync(dir, { recursive: true, force: true });
