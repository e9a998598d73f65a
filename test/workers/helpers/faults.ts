/**
 * Bindings that fail on demand, for fault tests only: they wrap the real binding and either
 * throw or never answer, the way a D1 or KV outage looks from a Worker.
 */
export type FaultMode = 'error' | 'hang';

/** What a failing binding throws: by default the plain Error of an outage. */
export type FaultError = (what: string) => unknown;

const outage: FaultError = (what) => new Error(`${what}: injected failure`);

function fault(mode: FaultMode, what: string, error: FaultError = outage): Promise<never> {
  return mode === 'error' ? Promise.reject(error(what)) : new Promise<never>(() => {});
}

/** A D1Database (and its sessions) whose every query fails (or hangs), throwing `error` when given. */
export function failingD1(mode: FaultMode, error?: FaultError): D1Database {
  const statement: D1PreparedStatement = new Proxy({} as D1PreparedStatement, {
    get: (_, prop) => (prop === 'bind' ? () => statement : () => fault(mode, `D1 ${String(prop)}`, error)),
  });
  const db: D1Database = new Proxy({} as D1Database, {
    get: (_, prop) => {
      if (prop === 'prepare') return () => statement;
      // The Worker reads through a session (src/storage/d1-session.ts): it fails the same way.
      if (prop === 'withSession') return () => db;
      if (prop === 'getBookmark') return () => null;
      return () => fault(mode, `D1 ${String(prop)}`, error);
    },
  });
  return db;
}

/**
 * The real D1, except that statements whose SQL matches `pattern` are nested under an
 * expression tree deeper than SQLite allows: real D1 refuses them with its own SQLITE_ERROR,
 * as it did the 89-tag article list.
 */
export function tooDeepD1(db: D1Database, pattern: RegExp): D1Database {
  const deep = Array.from({ length: 120 }, (_, i) => `${i} = ${i}`).join(' AND ');
  return new Proxy(db, {
    get: (target, prop) => {
      const member = Reflect.get(target, prop, target);
      // The Worker reads through a session (src/storage/d1-session.ts): its statements nest the same way.
      if (prop === 'withSession') return (constraint?: string) => tooDeepD1(target.withSession(constraint) as unknown as D1Database, pattern);
      if (prop !== 'prepare') return typeof member === 'function' ? member.bind(target) : member;
      return (sql: string) => target.prepare(pattern.test(sql) ? `SELECT * FROM (${sql}) WHERE ${deep}` : sql);
    },
  });
}

/** A KVNamespace whose every call fails. */
export function failingKV(): KVNamespace {
  return new Proxy({} as KVNamespace, { get: (_, prop) => () => fault('error', `KV ${String(prop)}`) });
}
