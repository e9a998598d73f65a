/**
 * Bindings that fail on demand, for fault tests only: they wrap the real binding and either
 * throw or never answer, the way a D1 or KV outage looks from a Worker.
 */
export type FaultMode = 'error' | 'hang';

function fault(mode: FaultMode, what: string): Promise<never> {
  return mode === 'error' ? Promise.reject(new Error(`${what}: injected failure`)) : new Promise<never>(() => {});
}

/** A D1Database whose every query fails (or hangs). */
export function failingD1(mode: FaultMode): D1Database {
  const statement: D1PreparedStatement = new Proxy({} as D1PreparedStatement, {
    get: (_, prop) => (prop === 'bind' ? () => statement : () => fault(mode, `D1 ${String(prop)}`)),
  });
  return new Proxy({} as D1Database, {
    get: (_, prop) => (prop === 'prepare' ? () => statement : () => fault(mode, `D1 ${String(prop)}`)),
  });
}

/** A KVNamespace whose every call fails. */
export function failingKV(): KVNamespace {
  return new Proxy({} as KVNamespace, { get: (_, prop) => () => fault('error', `KV ${String(prop)}`) });
}
