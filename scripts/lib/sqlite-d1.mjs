// A D1-shaped adapter over a SQLite file opened with node:sqlite: just what the seeding code
// uses (prepare → bind → run/all/first, and batch as one transaction). It writes the local D1's
// own file directly (.wrangler/state/v3/d1/…/<id>.sqlite), far faster than through Miniflare's
// proxy, for states of a million articles; what it wrote is then verified through the Worker.
import { DatabaseSync } from 'node:sqlite';

/** Opens `file` (created when missing) as a minimal D1 binding; `close()` when done. */
export function openSqliteD1(file) {
  const sqlite = new DatabaseSync(file);
  sqlite.exec('PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF');
  const statement = (sql, params = []) => ({
    sql,
    params,
    bind: (...values) => statement(sql, values),
    run: async () => ({ meta: { changes: Number(sqlite.prepare(sql).run(...params).changes) }, results: [] }),
    all: async () => ({ results: sqlite.prepare(sql).all(...params) }),
    first: async (column) => {
      const row = sqlite.prepare(sql).get(...params);
      return row === undefined ? null : column ? row[column] : row;
    },
  });
  return {
    sqlite,
    prepare: (sql) => statement(sql),
    async batch(statements) {
      sqlite.exec('BEGIN');
      try {
        const results = statements.map((s) => ({ results: sqlite.prepare(s.sql).all(...s.params) }));
        sqlite.exec('COMMIT');
        return results;
      } catch (error) {
        sqlite.exec('ROLLBACK');
        throw error;
      }
    },
    exec: async (sql) => sqlite.exec(sql),
    close: () => sqlite.close(),
  };
}
