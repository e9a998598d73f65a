import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/index';

// The validator compiles JSON Schemas at run time, which workerd forbids, so this runs in Node
// against the same app the Worker serves.
describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const res = await app.request('http://byline.test/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Parameters<typeof validate>[0];
    const result = await validate(doc);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
