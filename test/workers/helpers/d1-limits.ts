/**
 * The real D1 binding with a limit production D1 enforces and the local one does not: a LIKE or
 * GLOB pattern over 50 bytes fails with "LIKE or GLOB pattern too complex". A pattern that is not
 * a string literal (built from a parameter, say) may grow past it, so it is refused as well:
 * stricter than production, never laxer. Everything else goes to the real D1 untouched.
 */
const PATTERN_LIMIT_BYTES = 50;

function refusedPattern(sql: string): string | null {
  for (const match of sql.matchAll(/\b(?:LIKE|GLOB)\s+/gi)) {
    const rest = sql.slice(match.index + match[0].length);
    const literal = /^'(?:[^']|'')*'/.exec(rest);
    if (!literal) return rest.slice(0, 40);
    const pattern = literal[0].slice(1, -1).replaceAll("''", "'");
    if (new TextEncoder().encode(pattern).length > PATTERN_LIMIT_BYTES) return literal[0];
  }
  return null;
}

/** `db`, refusing (as production D1 would, or might) LIKE/GLOB patterns over 50 bytes. */
export function withPatternLimit(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          const pattern = refusedPattern(sql);
          if (pattern !== null) throw new Error(`D1_ERROR: LIKE or GLOB pattern too complex (${pattern}): SQLITE_ERROR`);
          return target.prepare(sql);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
