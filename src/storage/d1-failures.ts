/**
 * Telling D1's own failures (it is down, overloaded, restarting, unreachable, too slow) from
 * ours (a query SQLite refuses, a value the binding cannot bind, a bug in a handler). Only the
 * first may be answered with a stale copy or a 503; the second is a 500 that a test must catch.
 *
 * An error's message alone cannot say where it was thrown: a TypeError from our code and a
 * network failure of the binding are both plain errors. So the binding is wrapped once per
 * request, and only what its own calls throw is considered; of that, what names our query
 * (an SQLite result code SQLite gives for the statement itself, a type the binding refuses)
 * stays ours, and everything else is D1 being unwell.
 */
import { shareSession } from './d1-session';

/** D1 itself failed or did not answer; the request was fine. */
export class D1Unavailable extends Error {
  readonly binding = 'D1';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'D1Unavailable';
  }
}

/**
 * What the binding says when the statement, not the database, is wrong: a syntax error, an
 * expression tree too deep, a LIKE pattern too complex, no such table, a constraint, a value
 * of the wrong type or size (D1 ends an SQLite failure with its result code).
 */
const QUERY_ERROR = /^D1_(TYPE_ERROR|COLUMN_NOTFOUND)\b|\bSQLITE_(ERROR|CONSTRAINT|MISMATCH|RANGE|TOOBIG|MISUSE|AUTH|SCHEMA)\b/;
/** Errors the JavaScript engine raises for code calling the binding wrongly. */
const PROGRAMMING_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError, URIError];

/** Whether an error thrown by a call into the D1 binding is about our call rather than D1. */
export function isOurD1Error(error: unknown): boolean {
  if (PROGRAMMING_ERRORS.some((type) => error instanceof type)) return true;
  return error instanceof Error && QUERY_ERROR.test(error.message);
}

function tag(error: unknown): unknown {
  if (error instanceof D1Unavailable || isOurD1Error(error)) return error;
  return new D1Unavailable(error instanceof Error ? error.message : String(error), { cause: error });
}

const isStatement = (value: unknown): value is D1PreparedStatement =>
  typeof value === 'object' && value !== null && typeof (value as D1PreparedStatement).bind === 'function' && typeof (value as D1PreparedStatement).all === 'function';
const isDatabase = (value: unknown): value is D1Database =>
  typeof value === 'object' && value !== null && typeof (value as D1Database).prepare === 'function' && !isStatement(value);

/** The real statement behind each wrapped one, so `batch` is given what the binding made. */
const unwrapped = new WeakMap<object, object>();

/** When the request stops waiting for D1 (ms since the epoch); none: it waits as long as D1 takes. */
type Deadline = number | undefined;

/** `work`, or D1Unavailable once `deadline` has passed without an answer; the timer ends with either. */
export function byDeadline<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  if (deadline === undefined) return work;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new D1Unavailable('D1 did not answer in time')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, late]).finally(() => timer !== null && clearTimeout(timer));
}

/** Calls `method` on the real object (its private state intact) and tags what it throws. */
function call(target: object, method: (...args: unknown[]) => unknown, args: unknown[], deadline: Deadline): unknown {
  let result: unknown;
  try {
    result = method.apply(target, args.map((arg) => (Array.isArray(arg) ? arg.map((item) => unwrapped.get(item) ?? item) : arg)));
  } catch (error) {
    throw tag(error);
  }
  if (result instanceof Promise) return byDeadline(result.catch((error) => Promise.reject(tag(error))), deadline);
  return wrap(result, deadline);
}

function wrap<T>(value: T, deadline: Deadline): T {
  if (!isStatement(value) && !isDatabase(value)) return value;
  const proxy = new Proxy(value as object, {
    get(target, prop) {
      const member: unknown = Reflect.get(target, prop, target);
      return typeof member === 'function' ? (...args: unknown[]) => call(target, member as (...args: unknown[]) => unknown, args, deadline) : member;
    },
  }) as T & object;
  unwrapped.set(proxy, value);
  return proxy;
}

/**
 * `db`, whose statements, batches and sessions reject with D1Unavailable when D1 itself
 * fails, or has not answered by `deadline` (ms since the epoch); errors of our own queries and
 * code pass through unchanged. A batch is one transaction: one cut short by the deadline has
 * either committed whole or not at all.
 *
 * @example
 * ```ts
 * const rows = await listPublishedArticles(tagD1Failures(env.DB), filter, options);
 * ```
 */
export function tagD1Failures<T extends Pick<D1Database, 'prepare' | 'batch'>>(db: T, deadline?: number): T {
  const wrapped = wrap(db, deadline);
  // The wrapper is the same session: the cache tags its reads note and its writes purge are the session's.
  shareSession(wrapped, db);
  return wrapped;
}
