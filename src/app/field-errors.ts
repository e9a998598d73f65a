import type { z } from '@hono/zod-openapi';
import type { FieldError } from './problem';

/** Flattens zod issues into `{ path, message }` pairs, one per unknown key as well. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        message: 'Unknown field.',
      }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}
