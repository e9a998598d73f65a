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

/** A KVNamespace whose every call fails (or hangs). */
export function failingKV(mode: FaultMode = 'error'): KVNamespace {
  return new Proxy({} as KVNamespace, { get: (_, prop) => () => fault(mode, `KV ${String(prop)}`) });
}

/** Which calls of a real binding fail: by method, by SQL (D1), and only after the first `after` of them. */
export interface FaultPlan {
  mode: FaultMode;
  /** Methods that fail (default: every method that returns a promise). */
  methods?: string[];
  /** D1: only statements whose SQL matches (a batch fails when any of its statements does). */
  sql?: RegExp;
  /** How many matching calls reach the real binding before the fault starts (default 0). */
  after?: number;
}

/** Counts matching calls and decides, per call, whether this one fails. */
function planner(plan: FaultPlan) {
  let seen = 0;
  return (method: string, sql?: string[]) => {
    if (plan.methods && !plan.methods.includes(method)) return false;
    if (plan.sql && !(sql ?? []).some((text) => plan.sql!.test(text))) return false;
    return seen++ >= (plan.after ?? 0);
  };
}

/** Any real binding (KV, R2) whose calls fail or hang as `plan` says; the others reach it untouched. */
function faultyBinding<T extends object>(binding: T, what: string, plan: FaultPlan): T {
  const fails = planner(plan);
  return new Proxy(binding, {
    get(target, prop) {
      const member = Reflect.get(target, prop, target);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => (fails(String(prop)) ? fault(plan.mode, `${what} ${String(prop)}`) : member.apply(target, args));
    },
  });
}

/** The real KV namespace, its calls failing or hanging as `plan` says. */
export const faultyKV = (kv: KVNamespace, plan: FaultPlan): KVNamespace => faultyBinding(kv, 'KV', plan);

/** The real R2 bucket, its calls failing or hanging as `plan` says. */
export const faultyR2 = (bucket: R2Bucket, plan: FaultPlan): R2Bucket => faultyBinding(bucket, 'R2', plan);

/**
 * The real D1, its statements (`run`, `all`, `first`, `raw`) and batches failing or hanging as
 * `plan` says: e.g. `{ mode: 'error', sql: /^INSERT|^UPDATE/, after: 1 }` lets the first write
 * through and fails the next, the way an outage in the middle of a request looks.
 */
export function faultyD1(db: D1Database, plan: FaultPlan): D1Database {
  const fails = planner(plan);
  const real = new WeakMap<object, D1PreparedStatement>();
  const sqlOf = new WeakMap<object, string>();
  const statement = (stmt: D1PreparedStatement, sql: string): D1PreparedStatement => {
    const proxy = new Proxy(stmt, {
      get(target, prop) {
        const member = Reflect.get(target, prop, target);
        if (typeof member !== 'function') return member;
        if (prop === 'bind') return (...args: unknown[]) => statement(member.apply(target, args), sql);
        return (...args: unknown[]) => (fails(String(prop), [sql]) ? fault(plan.mode, `D1 ${String(prop)}`) : member.apply(target, args));
      },
    });
    real.set(proxy, stmt);
    sqlOf.set(proxy, sql);
    return proxy;
  };
  return new Proxy(db, {
    get(target, prop) {
      const member = Reflect.get(target, prop, target);
      if (prop === 'prepare') return (sql: string) => statement(target.prepare(sql), sql.trim());
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) =>
          fails('batch', statements.map((s) => sqlOf.get(s) ?? ''))
            ? fault(plan.mode, 'D1 batch')
            : target.batch(statements.map((s) => real.get(s) ?? s));
      }
      return typeof member === 'function' ? member.bind(target) : member;
    },
  });
}

/** The real webhook queue, its `send` and `sendBatch` failing or hanging as `plan` says. */
export const faultyQueue = (queue: Queue, plan: FaultPlan): Queue => faultyBinding(queue, 'Queue', plan);
