/** Binds a value and returns its placeholder (`?3`). */
export type Bind = (value: unknown) => string;

/**
 * A `Bind` that appends to `params`: each value's placeholder is its position there, after any
 * fixed parameters `params` already holds (`?1`, `?2`, …).
 */
export function binder(params: unknown[]): Bind {
  return (value) => {
    params.push(value);
    return `?${params.length}`;
  };
}
