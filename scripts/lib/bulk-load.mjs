// Bulk loading for the benchmark's large states (scripts/bench.mjs): the synthetic articles are
// written with the search trigger, the trigger that copies published_at into article_tags (0013)
// and the secondary indexes of the article tables dropped, then the very same indexes and
// triggers are recreated (their SQL read from sqlite_master before the drop), the links'
// published_at filled in one UPDATE … FROM and the search index in one INSERT … SELECT per
// table. Building an index once from sorted rows, and FTS5 from one stream of documents, is
// several times faster than keeping them up to date row by row; the file ends as the migrations
// and the inserts would have left it.

const TABLES = ['articles', 'article_tags', 'article_authors'];
const SEARCH_TRIGGER = 'article_search_after_insert';
const TRIGGERS = [SEARCH_TRIGGER, 'article_tags_time_after_insert'];

/**
 * Runs `load()` (which inserts articles and their links into `sqlite`, a node:sqlite database)
 * with the secondary indexes and the search-on-insert and link-time triggers deferred, then
 * rebuilds them, copies published_at into the links and indexes for search every article
 * `load()` added, as the triggers would have.
 */
export async function withDeferredIndexes(sqlite, load) {
  const deferred = sqlite
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN (SELECT value FROM json_each(?1))) OR (type = 'trigger' AND name IN (SELECT value FROM json_each(?2))))
       ORDER BY rowid`,
    )
    .all(JSON.stringify(TABLES), JSON.stringify(TRIGGERS));
  for (const name of TRIGGERS) if (!deferred.some((row) => row.name === name)) throw new Error(`bulk load: no ${name} trigger to defer`);
  const docsBefore = sqlite.prepare('SELECT coalesce(max(docid), 0) AS n FROM article_search_docs').get().n;
  const rowidBefore = sqlite.prepare('SELECT coalesce(max(rowid), 0) AS n FROM articles').get().n;
  sqlite.exec('PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY');
  for (const { type, name } of deferred) sqlite.exec(`DROP ${type.toUpperCase()} ${name}`);
  try {
    await load();
  } finally {
    sqlite.exec('BEGIN');
    // What the link trigger does per row, before its index is built.
    sqlite
      .prepare('UPDATE article_tags SET published_at = a.published_at FROM articles a WHERE a.id = article_tags.article_id AND a.rowid > ?1')
      .run(rowidBefore);
    for (const { sql } of deferred) sqlite.exec(sql);
    // What the trigger does per row: a docid per article in insert order (articles' rowid), and
    // the text of the public ones (published, not deleted, not under embargo) in the public FTS5
    // table, of the released ones under embargo in theirs (0014).
    sqlite.prepare('INSERT INTO article_search_docs (article_id) SELECT id FROM articles WHERE rowid > ?1 ORDER BY rowid').run(rowidBefore);
    for (const [index, embargo] of [['article_search', 'IS NULL'], ['article_search_embargoed', 'IS NOT NULL']]) {
      sqlite
        .prepare(
          `INSERT INTO ${index} (rowid, headline, standfirst, body)
           SELECT d.docid, a.headline, coalesce(a.standfirst, ''), a.body_text
           FROM article_search_docs d JOIN articles a ON a.id = d.article_id
           WHERE d.docid > ?1 AND a.status = 'published' AND a.deleted_at IS NULL AND a.embargoed_until ${embargo}
           ORDER BY d.docid`,
        )
        .run(docsBefore);
    }
    sqlite.exec('COMMIT');
  }
}
